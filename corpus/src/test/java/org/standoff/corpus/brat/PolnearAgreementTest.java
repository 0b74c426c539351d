package org.standoff.corpus.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standoff.core.agreement.AnnotatorCopy;
import org.standoff.core.agreement.CorpusAgreement;
import org.standoff.core.agreement.CorpusAgreementReport;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.mapping.LabelMapping;

/**
 * Inter-annotator agreement on the PolNeAR articles several annotators annotated, when
 * {@code POLNEAR_DIR} names a checkout (skipped otherwise, as {@link PolnearCorpusTest}):
 * {@code POLNEAR_DIR=~/PolNeAR mvn -pl corpus -am test -Dtest=PolnearAgreementTest}. Each
 * {@code ARTICLE_ANNOTATOR.ann} of a compartment is read with the {@code parc} mapping; the files of one
 * article are its copies. The figures are those docs/FORMATS.md reports (PolNeAR's last commit,
 * {@code c3eee83}); {@code standoff agree --corpus} prints the same from the converted folders.
 */
class PolnearAgreementTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "annotator-training, 4, 24, 3074, 0.809, 0.841",
        "train, 16, 95, 17961, 0.766, 0.854",
        "dev, 2, 12, 1252, 0.912, 0.929",
        "test, 2, 12, 1445, 0.749, 0.776",
        "train+dev+test, 20, 119, 20658, 0.776, 0.852",
        "annotator-training+train+dev+test, 24, 143, 23732, 0.783, 0.851"})
    void tokenWiseAlphaAndAttributionWiseAgreement(String compartment, int articles, int copies, int tokens,
                                                   double alpha, double agr) throws IOException {
        String dir = System.getenv("POLNEAR_DIR");
        assumeTrue(dir != null && !dir.isBlank(), "POLNEAR_DIR is not set: no PolNeAR checkout to read (see docs/FORMATS.md)");
        List<List<AnnotatorCopy>> shared = new ArrayList<>();
        for (String each : compartment.split("\\+")) {
            shared.addAll(sharedArticles(Path.of(dir, "data", each)));
        }

        CorpusAgreementReport report = CorpusAgreement.measure(shared);

        System.out.printf("%s: %d articles, %d copies, %d tokens, alpha %.4f (Do %.4f De %.4f), labels %s, agr %.4f"
                        + " (%d attributions, %d paired of %d), triple exact %.4f overlap %.4f%n", compartment, report.articles(),
                report.copies(), report.tokens(), report.tokenAlpha().value(), report.tokenAlpha().observed(),
                report.tokenAlpha().expected(), report.labels(), report.attributionWise(), report.attributions(),
                report.paired(), report.compared(), report.tripleExactF1(), report.tripleOverlapF1());
        assertThat(report.articles()).isEqualTo(articles);
        assertThat(report.copies()).isEqualTo(copies);
        assertThat(report.tokens()).isEqualTo(tokens);
        assertThat(report.tokenAlpha().value()).isEqualTo(alpha, within(0.0005));
        assertThat(report.attributionWise()).isEqualTo(agr, within(0.0005));
    }

    /** The articles of a compartment that several annotators annotated, each as its copies. */
    private static List<List<AnnotatorCopy>> sharedArticles(Path root) throws IOException {
        Map<String, List<Path>> byArticle = new TreeMap<>();
        try (Stream<Path> anns = Files.list(root.resolve("attributions"))) {
            anns.filter(p -> p.getFileName().toString().matches(".*_[0-9a-f]{4}\\.ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                byArticle.computeIfAbsent(name.substring(0, name.length() - "_xxxx.ann".length()), a -> new ArrayList<>()).add(p);
            });
        }
        LabelMapping parc = LabelMapping.builtIn("parc").orElseThrow();
        List<List<AnnotatorCopy>> shared = new ArrayList<>();
        for (Map.Entry<String, List<Path>> article : byArticle.entrySet()) {
            if (article.getValue().size() < 2) {
                continue;
            }
            List<SourceFile> files = new ArrayList<>();
            Path text = root.resolve("text").resolve(article.getKey() + ".txt");
            files.add(new SourceFile("text/" + text.getFileName(), Files.readAllBytes(text)));
            for (Path ann : article.getValue()) {
                files.add(new SourceFile("attributions/" + ann.getFileName(), Files.readAllBytes(ann)));
            }
            ImportResult result = new BratFormat().read(files, ImportOptions.DEFAULTS.withMapping(parc));
            List<AnnotatorCopy> copies = new ArrayList<>();
            for (Document document : result.documents()) {
                copies.add(new AnnotatorCopy(document.metadata().get("annotator"), document));
            }
            shared.add(copies);
        }
        return shared;
    }
}
