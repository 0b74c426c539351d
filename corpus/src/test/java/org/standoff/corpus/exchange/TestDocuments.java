package org.standoff.corpus.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.AttributeValue;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimId;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.text.Span;

/**
 * Small random documents for round-trip properties, until a shared generator lands in core's test
 * jar. The text is words separated by spaces and CRLF or LF line breaks, with emoji (a ZWJ sequence,
 * an astral smiley), combining marks and guillemets; every annotation lies on whole words, never
 * across a line break.
 */
public final class TestDocuments {
    private static final List<String> WORDS = List.of("Putin", "said", "Jiang", "caf\u00e9", "e\u0301t\u00e9",
            "\uD83D\uDC68\uD83C\uDFFB\u200D\uD83D\uDE92", "\uD83D\uDE00", "\u00abda\u00bb", "told", "x");
    private static final List<String> BREAKS = List.of(" ", " ", " ", "\r\n", "\n");

    private TestDocuments() {
    }

    /** The text and word spans of a document, before annotations are chosen. */
    public record Words(String text, List<Span> words) {
    }

    /** Texts of 3 to 30 words. */
    public static Arbitrary<Words> words() {
        Arbitrary<String> word = Arbitraries.of(WORDS);
        Arbitrary<String> separator = Arbitraries.of(BREAKS);
        return Combinators.combine(word.list().ofMinSize(3).ofMaxSize(30), separator.list().ofSize(30))
                .as((ws, seps) -> {
                    StringBuilder text = new StringBuilder();
                    List<Span> spans = new ArrayList<>();
                    for (int i = 0; i < ws.size(); i++) {
                        spans.add(Span.of(text.length(), text.length() + ws.get(i).length()));
                        text.append(ws.get(i)).append(seps.get(i));
                    }
                    return new Words(text.toString(), spans);
                });
    }

    /** Documents with generic spans only (layer {@code layer}, labels PER, ORG, LOC), at most one per word. */
    public static Arbitrary<Document> genericSpans(String layer) {
        return words().flatMap(w -> Arbitraries.of("PER", "ORG", "LOC", "-").list().ofSize(w.words().size()).map(labels -> {
            DocumentBuilder builder = Document.builder("doc", w.text());
            for (int i = 0; i < labels.size(); i++) {
                if (!labels.get(i).equals("-")) {
                    Span s = w.words().get(i);
                    builder.add(new GenericSpan(GenericSpanId.of("s" + i), layer, labels.get(i), Extent.of(s.start(), s.end()),
                            Map.of(), null));
                }
            }
            return builder.build();
        }));
    }

    /**
     * Documents with the domain types: per word at most one of a mention (of one of two entities),
     * quote, cue or claim; one attribution per cue (source: the nearest mention before it, content:
     * the nearest quote after it); claims checkworthy or not, with a claim text and claimant; a sentence
     * segment over each line's words and a generic span per "x".
     */
    public static Arbitrary<Document> domain() {
        return words().flatMap(w -> Arbitraries.integers().between(0, 6).list().ofSize(w.words().size())
                .map(kinds -> domain(w, kinds)));
    }

    private static Document domain(Words w, List<Integer> kinds) {
        DocumentBuilder b = Document.builder("doc", w.text());
        boolean e1 = false;
        boolean e2 = false;
        List<Claim> claims = new ArrayList<>();
        String lastMention = null;
        List<String[]> cues = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Span s = w.words().get(i);
            int k = kinds.get(i);
            String id = "a" + i;
            if (k == 1 || k == 2) {
                b.add(Mention.of(id, s.start(), s.end(), k == 1 ? MentionType.NAME : MentionType.PRONOUN, k == 1 ? "e1" : "e2"));
                lastMention = id;
                e1 |= k == 1;
                e2 |= k == 2;
            } else if (k == 3) {
                b.add(new Quote(org.standoff.core.model.QuoteId.of(id), Extent.of(s.start(), s.end()),
                        i % 2 == 0 ? QuoteType.DIRECT : QuoteType.MIXED, i % 2 == 0 ? List.of() : List.of(s), null, null));
                quotes.add(id);
                cues.stream().filter(c -> c[2] == null).forEach(c -> c[2] = id);
            } else if (k == 4) {
                b.add(Cue.of(id, s.start(), s.end(), i % 2 == 0 ? "say" : "according to"));
                cues.add(new String[] {id, lastMention, null});
            } else if (k == 5) {
                claims.add(new Claim(ClaimId.of(id), Extent.of(s.start(), s.end()), ClaimType.values()[i % ClaimType.values().length],
                        i % 2 == 0, i % 3 == 0 ? "Putin claims \u00e9 \uD83D\uDE00" : null, EntityId.of("e1"), null, null, null));
            } else if (k == 6 && w.text().substring(s.start(), s.end()).equals("x")) {
                b.add(new GenericSpan(GenericSpanId.of(id), "brat.entity", "X", Extent.of(s.start(), s.end()),
                        Map.of("Flag", AttributeValue.of(true), "Kind", AttributeValue.of("k1")), null));
            }
        }
        if (e1) {
            b.entity(new Entity(EntityId.of("e1"), "Vladimir Putin", EntityType.PERSON, Map.of("wikidata", "Q7747"), false, null));
        }
        if (e2) {
            b.entity(new Entity(EntityId.of("e2"), "the Kremlin", EntityType.ORGANIZATION, Map.of(), true, null));
        }
        for (Claim c : claims) {
            b.add(new Claim(c.id(), c.extent(), c.claimType(), c.checkworthy(), c.claimText(), e1 ? c.claimant() : null,
                    null, null, null));
        }
        int n = 0;
        for (String[] cue : cues) {
            if (cue[2] != null) {
                b.add(Attribution.of("attr" + n++, cue[1], cue[0], cue[2]));
            }
        }
        b.add(Segment.of("sent", w.words().get(0).start(), w.words().get(0).end(), SegmentType.SENTENCE));
        return b.build();
    }
}
