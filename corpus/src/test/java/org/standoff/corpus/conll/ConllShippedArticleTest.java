package org.standoff.corpus.conll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.model.Segment;
import org.standoff.core.model.SegmentType;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.Corpus;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;

/**
 * The shipped article in CoNLL: one row per TOKEN segment of the article, in order, with its exact
 * text; every label column is well-formed IOB2; and every mention, quote, cue or claim is either a
 * chunk of its column or reported as not written.
 */
class ConllShippedArticleTest {
    private final Document article = Corpus.shipped().document(Corpus.SHIPPED_DOCUMENT_ID).orElseThrow();
    private final ExportResult exported = new ConllFormat().write(List.of(article), ExportOptions.DEFAULTS);
    private final IobReader rows = new IobReader(exported.files().get(0).content());

    @Test
    void theRowsAreTheArticlesTokenSegments() {
        List<String> tokens = article.segments().stream().filter(s -> s.segmentType() == SegmentType.TOKEN)
                .map(s -> s.coveredText(article.text())).toList();
        List<String> written = rows.sentences.stream().flatMap(List::stream).map(row -> row[0]).toList();

        assertThat(tokens).hasSize(917);
        assertThat(written).isEqualTo(tokens);
        assertThat(exported.diagnostics().get(0).message())
                .isEqualTo("IOB2 tags; TAB-separated columns TOKEN MENTION QUOTE CUE CLAIM");
    }

    @Test
    void sentencesAreTheArticlesSentenceSegments() {
        assertThat(rows.sentences).hasSize((int) article.segments().stream()
                .filter(s -> s.segmentType() == SegmentType.SENTENCE).count());
    }

    @Test
    void everyColumnIsWellFormedIob2AndEveryAnnotationIsAChunkOrAReportedLoss() {
        String[] columns = {"MENTION", "QUOTE", "CUE", "CLAIM"};
        for (int c = 0; c < columns.length; c++) {
            String kind = columns[c];
            List<SpanAnnotation> annotations = article.spanAnnotations().stream()
                    .filter(a -> a.kind().toUpperCase(java.util.Locale.ROOT).equals(kind)).toList();
            Set<String> ids = annotations.stream().map(a -> a.id().value()).collect(Collectors.toSet());
            long notWritten = exported.diagnostics().stream()
                    .filter(d -> d.code().equals("export.loss") && ids.contains(d.subject()) && d.message().contains("not written"))
                    .count();

            List<String> chunks = rows.chunks(c + 1, null);

            assertThat(chunks.size() + notWritten).as(kind).isEqualTo(annotations.size());
        }
    }

    @Test
    void nothingInTheExportIsAnError() {
        assertThat(exported.diagnostics()).noneMatch(Diagnostic::isError);
        assertThat(article.segments()).filteredOn(s -> s.segmentType() == SegmentType.TOKEN)
                .allSatisfy((Segment s) -> assertThat(s.coveredText(article.text())).doesNotContainPattern("\\s"));
    }
}
