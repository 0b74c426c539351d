package org.standoff.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.core.model.QuoteType;
import org.standoff.core.text.Span;
import org.standoff.core.text.Tokenizer;

/**
 * Token-wise alpha and attribution-wise agreement on two small articles whose figures are worked out by
 * hand below.
 *
 * <pre>
 * article 1 "Ana said we are broke."   tokens: Ana said we are broke .
 *   a: source Ana, cue said, content "we are broke"   S C K K K N
 *   b: the same, content "we are broke."              S C K K K K
 * article 2 "Bo: no. Cy thinks so."    tokens: Bo : no . Cy thinks so .
 *   a: Bo : "no"; Cy thinks "so"                      S C K N S C K N
 *   b: Bo : "no" only                                 S C K N N N N N
 *   c: Bo : "no."; Cy thinks "so"                     S C K K S C K N
 * </pre>
 *
 * Token-wise: 14 units, 36 values (source 7, cue 7, content 13, none 9). Disagreeing coincidences:
 * article 1's last token 2 (1/(2−1) for each ordered pair), article 2's tokens 4–7 2 each (a unit of
 * three coders with values x, x, y has 2·1·1/2 + 1·2·1/2 = 2): 10. Do = 10/36, De = (36² − 348)/(36·35)
 * = 948/1260, alpha = 1 − (10·1260)/(36·948) = 299/474 = 0.6308.
 *
 * <p>Attribution-wise: pairs a–b (article 1) 1 + 1 attributions, 1 paired; a–b (2) 2 + 1, 1; a–c 2 + 2,
 * 2; b–c 1 + 2, 1: 5 paired of 12, agr = 10/12. The same source, cue and content exactly: 0 + 1 + 1 + 0
 * = 2, 4/12; by overlap all 5, 10/12.
 */
class CorpusAgreementTest {
    private static final String FIRST = "Ana said we are broke.";
    private static final String SECOND = "Bo: no. Cy thinks so.";

    private static void attribution(DocumentBuilder b, String id, int[] source, int[] cue, int[] content) {
        b.add(Mention.of(id + "-s", source[0], source[1], MentionType.NAME, null));
        b.add(Cue.of(id + "-c", cue[0], cue[1], null));
        b.add(Quote.of(id + "-q", content[0], content[1], QuoteType.INDIRECT));
        b.add(Attribution.of(id, id + "-s", id + "-c", id + "-q"));
    }

    private static Document first(int contentEnd) {
        DocumentBuilder b = Document.builder("first", FIRST);
        attribution(b, "a1", new int[] {0, 3}, new int[] {4, 8}, new int[] {9, contentEnd});
        return b.build();
    }

    private static Document second(int firstContentEnd, boolean withCy) {
        DocumentBuilder b = Document.builder("second", SECOND);
        attribution(b, "a1", new int[] {0, 2}, new int[] {2, 3}, new int[] {4, firstContentEnd});
        if (withCy) {
            attribution(b, "a2", new int[] {8, 10}, new int[] {11, 17}, new int[] {18, 20});
        }
        return b.build();
    }

    static List<List<AnnotatorCopy>> articles() {
        return List.of(
                List.of(new AnnotatorCopy("a", first(21)), new AnnotatorCopy("b", first(22))),
                List.of(new AnnotatorCopy("a", second(6, true)), new AnnotatorCopy("b", second(6, false)),
                        new AnnotatorCopy("c", second(7, true))));
    }

    @Test
    void theTokensAreTheTokenizers() {
        assertThat(Tokenizer.tokenize(FIRST)).containsExactly(Span.of(0, 3), Span.of(4, 8), Span.of(9, 11), Span.of(12, 15),
                Span.of(16, 21), Span.of(21, 22));
        assertThat(Tokenizer.tokenize(SECOND)).hasSize(8);
        assertThat(Tokenizer.tokenize("Clinton’s “no,”")).hasSize(5);
    }

    @Test
    void tokenWiseAlphaIsTwoHundredNinetyNineOverFourHundredSeventyFour() {
        CorpusAgreementReport report = CorpusAgreement.measure(articles());

        assertThat(report.articles()).isEqualTo(2);
        assertThat(report.copies()).isEqualTo(5);
        assertThat(report.tokens()).isEqualTo(14);
        assertThat(report.labels()).isEqualTo(Map.of("source", 7L, "cue", 7L, "content", 13L, "none", 9L));
        assertThat(report.tokenAlpha().observed()).isEqualTo(10.0 / 36, within(1e-15));
        assertThat(report.tokenAlpha().expected()).isEqualTo(948.0 / 1260, within(1e-15));
        assertThat(report.tokenAlpha().value()).isEqualTo(299.0 / 474, within(1e-15));
    }

    @Test
    void attributionWiseAgreementIsTenTwelfths() {
        CorpusAgreementReport report = CorpusAgreement.measure(articles());

        assertThat(report.attributions()).isEqualTo(7);
        assertThat(report.compared()).isEqualTo(12);
        assertThat(report.paired()).isEqualTo(5);
        assertThat(report.attributionWise()).isEqualTo(10.0 / 12, within(1e-15));
        assertThat(report.tripleExact()).isEqualTo(2);
        assertThat(report.tripleExactF1()).isEqualTo(4.0 / 12, within(1e-15));
        assertThat(report.tripleOverlapF1()).isEqualTo(10.0 / 12, within(1e-15));
    }

    @Test
    void aSourceInsideAnotherAttributionsContentKeepsItsLabel() {
        // "Al said Bo thinks so." : Al said [Bo thinks so] with Bo thinks so nested in the content
        DocumentBuilder b = Document.builder("nested", "Al said Bo thinks so.");
        attribution(b, "outer", new int[] {0, 2}, new int[] {3, 7}, new int[] {8, 20});
        attribution(b, "inner", new int[] {8, 10}, new int[] {11, 17}, new int[] {18, 20});
        Document nested = b.build();
        List<AttributionTriple> triples = AttributionTriple.of(nested);

        int[] labels = CorpusAgreement.labels(nested.text().length(), Tokenizer.tokenize(nested.text()), triples);

        // Al said Bo thinks so . → source cue source cue content none
        assertThat(labels).containsExactly(0, 1, 0, 1, 2, 3);
    }

    @Test
    void aTokenTakesTheLabelCoveringMostOfItsCharacters() {
        // the content starts inside "broke": 3 of its 5 characters are content
        List<AttributionTriple> triples = AttributionTriple.of(first(21));
        List<AttributionTriple> partial = new ArrayList<>();
        for (AttributionTriple t : triples) {
            partial.add(new AttributionTriple(t.id(), t.source(), t.cue(), new org.standoff.core.model.Extent(List.of(Span.of(18, 21)))));
        }

        int[] labels = CorpusAgreement.labels(FIRST.length(), Tokenizer.tokenize(FIRST), partial);

        assertThat(labels).containsExactly(0, 1, 3, 3, 2, 3);
    }

    @Test
    void copiesOfDifferentTextsAreRefused() {
        List<List<AnnotatorCopy>> mixed = List.of(List.of(new AnnotatorCopy("a", first(21)), new AnnotatorCopy("b", second(6, true))));

        assertThatThrownBy(() -> CorpusAgreement.measure(mixed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agreement compares copies of one text");
    }
}
