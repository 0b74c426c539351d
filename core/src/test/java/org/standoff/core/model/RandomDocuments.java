package org.standoff.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.AttributeType;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.RoleSchema;
import org.standoff.core.schema.Schema;
import org.standoff.core.text.Span;

/**
 * jqwik generators of random texts and random <em>valid</em> documents, for property tests of
 * anything that reads, writes, indexes or validates documents.
 *
 * <p>Texts are rich in what breaks offset code: astral characters (emoji, CJK Extension B), ZWJ
 * sequences, flags, combining marks, CRLF, tabs and non-Latin scripts. Documents have every kind
 * of annotation: segments, entities, mentions (some discontinuous), quotes (mixed ones with a
 * verbatim part inside the quote), cues, attributions (with supplements and {@code nestedIn} an
 * earlier attribution, so no cycle), claims (whose quote is a content of their attribution),
 * generic spans and relations of the two layers of {@link #SCHEMA} with well-typed attributes,
 * provenance records and metadata.
 *
 * <p>Guarantees, so the validator finds no <em>error</em>: ids are unique across the document,
 * every reference names an existing annotation of the right kind, every span lies on code-point
 * boundaries within the text. Spans may cut grapheme clusters (an emoji ZWJ sequence, a letter and
 * its combining mark, CR LF), which the validator reports as warnings ({@code span.grapheme}).
 * Document values are drawn with {@link Arbitraries#randomValue}, so only the text shrinks.
 */
public final class RandomDocuments {
    /** The generic layers every random document declares. */
    public static final Schema SCHEMA = new Schema(List.of(
            LayerSchema.spans("ner", List.of("PER", "LOC", "ORG")).withAttributes(List.of(
                    AttributeSchema.optional("score", AttributeType.NUMBER),
                    AttributeSchema.optional("rank", AttributeType.INTEGER),
                    AttributeSchema.optional("checked", AttributeType.BOOLEAN),
                    AttributeSchema.optional("note", AttributeType.STRING),
                    AttributeSchema.oneOf("kind", List.of("proper", "common")))),
            LayerSchema.relations("rel", List.of("LINK"),
                    List.of(RoleSchema.exactlyOne("from"), new RoleSchema("to", 0, RoleSchema.UNBOUNDED, List.of())))));

    private static final List<String> PIECES = List.of(
            "a", "Ann", "said", " ", " ", " ", ".", ",", "\"", "\u201Chi\u201D", "\r\n", "\n", "\t",
            "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDE9\uD83C\uDDEA",
            "e\u0301", "n\u0303\u0323", "\uD840\uDC00", "\uD841\uDF0E", "\u4E2D\u6587", "\u0645\u0631\u062D\u0628\u0627",
            "\u00E9t\u00E9", "\u2014", "\uFEFF", "\u200B");

    private RandomDocuments() {
    }

    /** Random texts of 0 to 40 pieces: words, spaces, CRLF, emoji, ZWJ sequences, combining marks, CJK Ext-B. */
    public static Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    /** Random valid documents over {@link #texts()}, declaring {@link #SCHEMA}. */
    public static Arbitrary<Document> documents() {
        return texts().flatMap(text -> Arbitraries.randomValue(random -> document(text, random)));
    }

    /** A random valid document over {@code text}, drawn from {@code random}. */
    public static Document document(String text, Random random) {
        return new Draw(text, random).document();
    }

    /** One drawing of a document. */
    private static final class Draw {
        private final String text;
        private final Random random;
        private final int[] positions;
        private final DocumentBuilder builder;
        private final List<String> entities = new ArrayList<>();
        private final List<String> provenance = new ArrayList<>();
        private final List<Mention> mentions = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<Cue> cues = new ArrayList<>();
        private final List<Attribution> attributions = new ArrayList<>();
        private int next;

        Draw(String text, Random random) {
            this.text = text;
            this.random = random;
            this.positions = codePointBoundaries(text);
            this.builder = Document.builder("doc-" + random.nextInt(1000), text).schema(SCHEMA);
        }

        Document document() {
            if (random.nextBoolean()) {
                builder.metadata("title", "A random document").metadata("language", "und");
            }
            repeat(2, this::provenanceRecord);
            repeat(3, this::entity);
            repeat(2, () -> builder.add(new Segment(SegmentId.of(id("s")), extent(), SegmentType.SENTENCE, prov())));
            repeat(5, this::mention);
            repeat(3, this::quote);
            repeat(2, () -> cues.add(add(new Cue(CueId.of(id("c")), extent(), random.nextBoolean() ? "say" : null, prov()))));
            if (!quotes.isEmpty()) {
                repeat(2, this::attribution);
            }
            repeat(2, this::claim);
            List<AnnotationId> spans = new ArrayList<>();
            repeat(3, () -> spans.add(genericSpan()));
            if (!spans.isEmpty()) {
                repeat(2, () -> relation(spans));
            }
            return builder.build();
        }

        /** Every UTF-16 offset that is a code-point boundary of {@code text}, from 0 to its length. */
        private static int[] codePointBoundaries(String text) {
            int[] points = new int[text.codePointCount(0, text.length()) + 1];
            int n = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                points[n++] = i;
            }
            points[n] = text.length();
            return points;
        }

        private void repeat(int max, Runnable step) {
            int n = random.nextInt(max + 1);
            for (int i = 0; i < n; i++) {
                step.run();
            }
        }

        private String id(String prefix) {
            return prefix + next++;
        }

        private <A extends Annotation> A add(A annotation) {
            builder.add(annotation);
            return annotation;
        }

        private int position() {
            return positions[random.nextInt(positions.length)];
        }

        private Span span() {
            int a = position();
            int b = position();
            return Span.of(Math.min(a, b), Math.max(a, b));
        }

        private Extent extent() {
            if (random.nextInt(5) > 0 || positions.length < 2) {
                Span span = span();
                return Extent.of(span.start(), span.end());
            }
            int[] four = {position(), position(), position(), position()};
            java.util.Arrays.sort(four);
            return Extent.of(Span.of(four[0], four[1]), Span.of(four[2], four[3]));
        }

        private ProvenanceId prov() {
            return provenance.isEmpty() || random.nextBoolean() ? null : ProvenanceId.of(pick(provenance));
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private void provenanceRecord() {
            String id = id("p");
            Instant time = random.nextBoolean() ? null : Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000),
                    random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
            Double confidence = random.nextBoolean() ? null : random.nextDouble();
            builder.provenance(new Provenance(ProvenanceId.of(id), "agent-" + id, pick(List.of(AgentType.values())), time,
                    confidence));
            provenance.add(id);
        }

        private void entity() {
            String id = id("e");
            Map<String, String> kbIds = random.nextBoolean() ? Map.of() : Map.of("wikidata", "Q" + random.nextInt(100_000));
            EntityType type = pick(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GPE, EntityType.LOCATION));
            builder.entity(new Entity(EntityId.of(id), "Entity \u00E9 \uD83D\uDE00 " + id, type, kbIds, random.nextBoolean(), prov()));
            entities.add(id);
        }

        private EntityId entityOrNull() {
            return entities.isEmpty() || random.nextInt(4) == 0 ? null : EntityId.of(pick(entities));
        }

        private void mention() {
            mentions.add(add(new Mention(MentionId.of(id("m")), extent(), pick(List.of(MentionType.values())),
                    entityOrNull(), prov())));
        }

        private void quote() {
            Span span = span();
            QuoteType type = pick(List.of(QuoteType.values()));
            List<Span> verbatim = new ArrayList<>();
            if (type == QuoteType.MIXED) {
                int a = inside(span);
                int b = inside(span);
                verbatim.add(Span.of(Math.min(a, b), Math.max(a, b)));
            }
            QuoteId embeddedIn = quotes.isEmpty() || random.nextInt(3) > 0 ? null : pick(quotes).id();
            quotes.add(add(new Quote(QuoteId.of(id("q")), Extent.of(span.start(), span.end()), type, verbatim, embeddedIn,
                    prov())));
        }

        private int inside(Span span) {
            List<Integer> candidates = new ArrayList<>();
            for (int p : positions) {
                if (p >= span.start() && p <= span.end()) {
                    candidates.add(p);
                }
            }
            return pick(candidates);
        }

        private void attribution() {
            List<Attribution.Content> contents = new ArrayList<>();
            for (Quote quote : quotes) {
                if (contents.isEmpty() || random.nextInt(3) == 0) {
                    ContentLink link = contents.isEmpty() ? ContentLink.EXPLICIT : pick(List.of(ContentLink.CONTINUATION, ContentLink.SPLIT));
                    contents.add(new Attribution.Content(quote.id(), link));
                }
            }
            List<Supplement> supplements = new ArrayList<>();
            if (random.nextBoolean()) {
                supplements.add(new Supplement(pick(List.of(SupplementRole.values())), span()));
            }
            MentionId source = mentions.isEmpty() || random.nextInt(4) == 0 ? null : pick(mentions).id();
            CueId cue = cues.isEmpty() || random.nextInt(4) == 0 ? null : pick(cues).id();
            AttributionId nestedIn = attributions.isEmpty() || random.nextBoolean() ? null : pick(attributions).id();
            attributions.add(add(new Attribution(AttributionId.of(id("a")), source, cue, contents, supplements, nestedIn, prov())));
        }

        private void claim() {
            Attribution attribution = attributions.isEmpty() || random.nextBoolean() ? null : pick(attributions);
            QuoteId quote = attribution == null ? null : pick(attribution.contents()).quote();
            add(new Claim(ClaimId.of(id("cl")), extent(), pick(List.of(ClaimType.values())), random.nextBoolean(),
                    random.nextBoolean() ? null : "A claim, decontextualized: \u201C\uD83D\uDE00\u201D.", entityOrNull(),
                    attribution == null ? null : attribution.id(), quote, prov()));
        }

        private AnnotationId genericSpan() {
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            if (random.nextBoolean()) {
                attributes.put("score", new AttributeValue.Decimal(random.nextDouble() * 100));
            }
            if (random.nextBoolean()) {
                attributes.put("rank", AttributeValue.of((long) random.nextInt(1000) - 500));
            }
            if (random.nextBoolean()) {
                attributes.put("checked", AttributeValue.of(random.nextBoolean()));
            }
            if (random.nextBoolean()) {
                attributes.put("note", AttributeValue.of("n\u00F6te \uD840\uDC00\r\n"));
            }
            if (random.nextBoolean()) {
                attributes.put("kind", AttributeValue.of(random.nextBoolean() ? "proper" : "common"));
            }
            GenericSpan span = add(new GenericSpan(GenericSpanId.of(id("g")), "ner", pick(List.of("PER", "LOC", "ORG")),
                    extent(), attributes, prov()));
            return span.id();
        }

        private void relation(List<AnnotationId> spans) {
            List<GenericRelation.Argument> arguments = new ArrayList<>();
            arguments.add(new GenericRelation.Argument("from", AnyId.of(pick(spans).value())));
            repeat(2, () -> arguments.add(new GenericRelation.Argument("to", AnyId.of(pick(spans).value()))));
            add(new GenericRelation(GenericRelationId.of(id("r")), "rel", "LINK", arguments, Map.of(), prov()));
        }
    }
}
