package org.standoff.corpus.doccano;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Claim;
import org.standoff.core.model.ClaimType;
import org.standoff.core.model.ContentLink;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.Projection;
import org.standoff.corpus.exchange.SourceFile;

/** Import turns the labels and {@code Source}/{@code Cue} relations export writes back into domain annotations. */
class DoccanoDomainTest {
    //                                     0         1         2         3         4         5         6
    //                                     0123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT = "Putin said \"we agree\". \"It holds.\" Jiang noted \"fine\". Done.";
    private final DoccanoFormat doccano = new DoccanoFormat();

    private static String entity(int id, String label, int start, int end) {
        return "{\"id\": " + id + ", \"label\": \"" + label + "\", \"start_offset\": " + start + ", \"end_offset\": " + end + "}";
    }

    private static String relation(int id, int from, int to, String type) {
        return "{\"id\": " + id + ", \"from_id\": " + from + ", \"to_id\": " + to + ", \"type\": \"" + type + "\"}";
    }

    private Document read(List<String> entities, List<String> relations) {
        String line = "{\"id\": \"d\", \"text\": \"" + TEXT.replace("\"", "\\\"") + "\", \"entities\": [" + String.join(", ", entities)
                + "], \"relations\": [" + String.join(", ", relations) + "]}";
        ImportResult result = doccano.read(List.of(SourceFile.of("d.jsonl", line)), ImportOptions.DEFAULTS);
        assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(result.documents()).hasSize(1);
        return result.documents().get(0);
    }

    @Test
    void domainLabelsAreRestored() {
        Document doc = read(List.of(entity(1, "Mention-NAME", 0, 5), entity(2, "Cue", 6, 10), entity(3, "Quote-DIRECT", 11, 21),
                entity(4, "Claim-EVENT", 12, 20), entity(5, "Segment-SENTENCE", 0, 22)), List.of());
        assertThat(doc.genericSpans()).isEmpty();
        assertThat(doc.mentions()).containsExactly(Mention.of("span-1", 0, 5, MentionType.NAME, null));
        assertThat(doc.cues()).containsExactly(Cue.of("span-2", 6, 10, null));
        assertThat(doc.quotes()).containsExactly(Quote.of("span-3", 11, 21, QuoteType.DIRECT));
        assertThat(doc.claims()).singleElement().satisfies(c -> {
            assertThat(c.id().value()).isEqualTo("span-4");
            assertThat(c.claimType()).isEqualTo(ClaimType.EVENT);
            assertThat(c.checkworthy()).isFalse();
            assertThat(c.claimant()).isNull();
            assertThat(c.claimText()).isNull();
        });
        assertThat(doc.segments()).containsExactly(Segment.of("span-5", 0, 22, SegmentType.SENTENCE));
    }

    @Test
    void nonMatchingLabelsStayGeneric() {
        Document doc = read(List.of(entity(1, "mention-NAME", 0, 5), entity(2, "Mention-Name", 0, 5), entity(3, "Mention-", 0, 5),
                entity(4, "Cue-X", 6, 10), entity(5, "Quote-direct", 11, 21), entity(6, "Claim", 12, 20), entity(7, "PER", 0, 5),
                entity(8, "Segment-SENTENCES", 0, 22)), List.of(relation(1, 5, 1, "Source")));
        assertThat(doc.mentions()).isEmpty();
        assertThat(doc.quotes()).isEmpty();
        assertThat(doc.cues()).isEmpty();
        assertThat(doc.claims()).isEmpty();
        assertThat(doc.segments()).isEmpty();
        assertThat(doc.attributions()).isEmpty();
        assertThat(doc.genericSpans()).extracting(s -> s.label()).containsExactlyInAnyOrder("mention-NAME", "Mention-Name", "Mention-",
                "Cue-X", "Quote-direct", "Claim", "PER", "Segment-SENTENCES");
        assertThat(doc.genericRelations()).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("Source"));
    }

    @Test
    void onlyExactSourceAndCueRelationsBetweenDomainSpansRebuildAttributions() {
        Document doc = read(List.of(entity(1, "Mention-NAME", 0, 5), entity(2, "Cue", 6, 10), entity(3, "Quote-DIRECT", 11, 21),
                        entity(4, "PER", 35, 40)),
                List.of(relation(1, 3, 1, "source"), relation(2, 3, 2, "Cue "), relation(3, 3, 4, "Source"),
                        relation(4, 1, 2, "Cue"), relation(5, 3, 1, "said")));
        assertThat(doc.attributions()).isEmpty();
        assertThat(doc.genericRelations()).extracting(r -> r.id().value() + ":" + r.label())
                .containsExactly("rel-1:source", "rel-2:Cue ", "rel-3:Source", "rel-4:Cue", "rel-5:said");
    }

    @Test
    void attributionsAreRebuiltBySourceAndCue() {
        // Putin said "we agree". "It holds." Jiang noted "fine".  (relations deliberately out of document order)
        Document doc = read(List.of(entity(10, "Mention-NAME", 0, 5), entity(11, "Cue", 6, 10), entity(12, "Quote-DIRECT", 11, 21),
                        entity(13, "Quote-DIRECT", 23, 34), entity(14, "Mention-NAME", 35, 40), entity(15, "Cue", 41, 46),
                        entity(16, "Quote-DIRECT", 47, 53), entity(17, "Quote-INDIRECT", 55, 60)),
                List.of(relation(1, 13, 10, "Source"), relation(2, 13, 11, "Cue"), relation(3, 12, 10, "Source"),
                        relation(4, 12, 11, "Cue"), relation(5, 16, 15, "Cue"), relation(6, 17, 14, "Source"),
                        relation(7, 12, 14, "met")));
        assertThat(doc.attributions()).containsExactly(
                Attribution.of("attribution-1", "span-10", "span-11", "span-12", "span-13"),
                Attribution.of("attribution-2", null, "span-15", "span-16"),
                Attribution.of("attribution-3", "span-14", null, "span-17"));
        assertThat(doc.attributions().get(0).contents()).extracting(Attribution.Content::link)
                .containsExactly(ContentLink.EXPLICIT, ContentLink.CONTINUATION);
        assertThat(doc.genericRelations()).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("met"));
        assertThat(doc.schema().layer(DoccanoFormat.RELATION_LAYER)).isPresent();
    }

    @Test
    void aQuoteWithTwoSourcesIsAmbiguousAndItsRelationsStayGeneric() {
        Document doc = read(List.of(entity(1, "Mention-NAME", 0, 5), entity(2, "Mention-NAME", 35, 40),
                        entity(3, "Quote-DIRECT", 11, 21), entity(4, "Cue", 6, 10)),
                List.of(relation(1, 3, 1, "Source"), relation(2, 3, 2, "Source"), relation(3, 3, 4, "Cue")));
        assertThat(doc.attributions()).isEmpty();
        assertThat(doc.genericRelations()).extracting(r -> r.label()).containsExactly("Source", "Source", "Cue");
    }

    @Test
    void exportedAttributionsComeBack() {
        Document original = Document.builder("d", TEXT)
                .add(Mention.of("m1", 0, 5, MentionType.NAME, null)).add(Cue.of("c1", 6, 10, null))
                .add(Quote.of("q1", 11, 21, QuoteType.DIRECT)).add(Quote.of("q2", 23, 34, QuoteType.DIRECT))
                .add(Mention.of("m2", 35, 40, MentionType.NAME, null)).add(Cue.of("c2", 41, 46, null))
                .add(Quote.of("q3", 47, 53, QuoteType.INDIRECT))
                .add(Attribution.of("a1", "m1", "c1", "q1", "q2")).add(Attribution.of("a2", "m2", "c2", "q3"))
                .build();
        ExportResult exported = doccano.write(List.of(original), ExportOptions.DEFAULTS);
        Document back = doccano.read(List.of(SourceFile.of("d.jsonl", exported.files().get(0).content())), ImportOptions.DEFAULTS)
                .documents().get(0);
        assertThat(Projection.of(back)).isEqualTo(Projection.of(original));
    }
}
