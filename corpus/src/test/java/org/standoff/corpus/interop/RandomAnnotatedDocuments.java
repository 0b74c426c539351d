package org.standoff.corpus.interop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributionId;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.CueId;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionId;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteId;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentId;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.Supplement;
import org.standoff.core.model.SupplementRole;
import org.standoff.core.text.Span;

/**
 * Random annotated documents for round trips: texts of words, emoji (ZWJ sequences, skin tones),
 * combining marks and CRLF; every domain annotation kind with all its fields, entities, generic
 * spans and a binary generic relation, one provenance record for everything. Spans never cut a
 * code point and are never empty. Seeded by jqwik, so failures shrink to a seed and replay.
 */
public final class RandomAnnotatedDocuments {
    private static final List<String> PIECES = List.of("Putin", "said", " ", " ", "\u201cYes,\u201d", "👨🏻‍🚒",
            "😀", "Cafe\u0301", "é", "\r\n", "Jiang", "told", "\u00fcber", "\u0928\u092e\u0938\u094d\u0924\u0947",
            "𝔘", "a", ".");

    private RandomAnnotatedDocuments() {
    }

    /** Random documents as described above. */
    public static Arbitrary<Document> documents() {
        return Arbitraries.longs().map(RandomAnnotatedDocuments::document);
    }

    /** The document for one seed. */
    public static Document document(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        List<Integer> cuts = new ArrayList<>(List.of(0));
        int pieces = 6 + random.nextInt(25);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
            cuts.add(text.length());
        }
        return new Builder(random, text.toString(), cuts).build();
    }

    private static final class Builder {
        private final Random random;
        private final List<Integer> cuts;
        private final DocumentBuilder doc;
        private final ProvenanceId provenance;
        private final List<String> mentions = new ArrayList<>();
        private final List<String> quotes = new ArrayList<>();
        private final List<String> cues = new ArrayList<>();
        private final List<String> generic = new ArrayList<>();
        private final List<String> entities = new ArrayList<>();
        private final List<String> attributions = new ArrayList<>();

        Builder(Random random, String text, List<Integer> cuts) {
            this.random = random;
            this.cuts = cuts;
            this.doc = Document.builder("doc-" + Integer.toHexString(random.nextInt()), text);
            int p = random.nextInt(3);
            provenance = p == 0 ? null : ProvenanceId.of("p" + p);
            if (p == 1) {
                doc.provenance(new Provenance(provenance, "annotator-1", AgentType.HUMAN,
                        Instant.parse("2024-05-01T10:00:00Z"), null));
            } else if (p == 2) {
                doc.provenance(new Provenance(provenance, "tagger-2", AgentType.SOFTWARE, null, 0.75));
            }
        }

        Document build() {
            for (int i = random.nextInt(3); i > 0; i--) {
                String id = "e" + entities.size();
                entities.add(id);
                doc.entity(new Entity(EntityId.of(id), "Name " + id, pick(EntityType.values()),
                        random.nextBoolean() ? Map.of("wikidata", "Q" + random.nextInt(999)) : Map.of(),
                        random.nextBoolean(), null));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                doc.add(new Segment(SegmentId.of("s" + i), extent(), pick(SegmentType.values()), provenance));
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                String id = "m" + i;
                mentions.add(id);
                String entity = entities.isEmpty() ? null : entities.get(random.nextInt(entities.size()));
                doc.add(new Mention(MentionId.of(id), extent(), pick(MentionType.values()),
                        entity == null ? null : EntityId.of(entity), provenance));
            }
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                String id = "q" + i;
                QuoteId embedded = quotes.isEmpty() || random.nextBoolean() ? null : QuoteId.of(quotes.get(0));
                quotes.add(id);
                doc.add(new Quote(QuoteId.of(id), extent(), pick(QuoteType.values()), List.of(), embedded, provenance));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                cues.add("c" + i);
                doc.add(new Cue(CueId.of("c" + i), extent(), random.nextBoolean() ? "say" : null, provenance));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                attribution("a" + i);
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                String entity = entities.isEmpty() ? null : entities.get(0);
                String attribution = attributions.isEmpty() ? null : attributions.get(0);
                doc.add(new Claim(ClaimId.of("k" + i), extent(), pick(ClaimType.values()), random.nextBoolean(),
                        random.nextBoolean() ? "It is so, \"really\"." : null, entity == null ? null : EntityId.of(entity),
                        attribution == null ? null : AttributionId.of(attribution), QuoteId.of(quotes.get(0)), provenance));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                generic.add("g" + i);
                doc.add(new GenericSpan(GenericSpanId.of("g" + i), "ner", pick(List.of("PER", "ORG", "LOC")), extent(),
                        Map.of("note", AttributeValue.of("n" + i)), provenance));
            }
            if (generic.size() == 2) {
                doc.add(new GenericRelation(GenericRelationId.of("r1"), "relation", "knows", List.of(
                        new GenericRelation.Argument("from", AnyId.of("g1")), new GenericRelation.Argument("to", AnyId.of("g2"))),
                        Map.of("direction", AttributeValue.of("right")), provenance));
            }
            return doc.build();
        }

        private void attribution(String id) {
            MentionId source = mentions.isEmpty() ? null : MentionId.of(mentions.get(random.nextInt(mentions.size())));
            CueId cue = cues.isEmpty() ? null : CueId.of(cues.get(random.nextInt(cues.size())));
            if (source == null && cue == null) {
                return;
            }
            List<Attribution.Content> contents = new ArrayList<>();
            contents.add(new Attribution.Content(QuoteId.of(quotes.get(0)), ContentLink.EXPLICIT));
            if (quotes.size() > 1) {
                contents.add(new Attribution.Content(QuoteId.of(quotes.get(1)), pick(ContentLink.values())));
            }
            List<Supplement> supplements = random.nextBoolean() ? List.of()
                    : List.of(new Supplement(pick(SupplementRole.values()), extent().bounds()));
            attributions.add(id);
            doc.add(new Attribution(AttributionId.of(id), source, cue, contents, supplements, null, provenance));
        }

        private Extent extent() {
            int a = random.nextInt(cuts.size() - 1);
            int b = a + 1 + random.nextInt(Math.min(4, cuts.size() - 1 - a));
            return Extent.of(Span.of(cuts.get(a), cuts.get(b)));
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
