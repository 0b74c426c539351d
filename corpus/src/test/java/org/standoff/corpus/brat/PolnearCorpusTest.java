package org.standoff.corpus.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standoff.core.model.Attribution;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.mapping.LabelMapping;

/**
 * The {@code parc} mapping on a PolNeAR checkout (github.com/networkdynamics/PolNeAR), when
 * {@code POLNEAR_DIR} names one: {@code POLNEAR_DIR=~/PolNeAR mvn -pl corpus -am test -Dtest=PolnearCorpusTest}.
 * Skipped, saying why, without it (the corpus is not in the repository: it states no licence and its
 * texts are news articles). Per compartment: one document per {@code .ann} file, one attribution per
 * {@code E} line, every {@code T} line's text verified (no {@code text.*} or {@code span.*} diagnostic),
 * and the only attributions without content those whose event has no {@code Content} argument, or one
 * pointing at a span of another label (three such annotator slips in {@code train}, each a {@code mapping.role} warning).
 */
class PolnearCorpusTest {
    @ParameterizedTest
    @ValueSource(strings = {"train", "dev", "test"})
    void everyEventBecomesAnAttributionAndEverySpanTextIsVerified(String compartment) throws IOException {
        String dir = System.getenv("POLNEAR_DIR");
        assumeTrue(dir != null && !dir.isBlank(), "POLNEAR_DIR is not set: no PolNeAR checkout to read (see docs/FORMATS.md)");
        Path root = Path.of(dir, "data", compartment);
        List<SourceFile> files = new ArrayList<>();
        long events = 0;
        long withoutContent = 0;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".ann")).sorted().collect(Collectors.toList());
        }
        int anns = 0;
        for (Path path : paths) {
            byte[] bytes = Files.readAllBytes(path);
            files.add(new SourceFile(root.relativize(path).toString().replace('\\', '/'), bytes));
            if (path.toString().endsWith(".ann")) {
                anns++;
                for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("E")) {
                        events++;
                        withoutContent += line.contains(" Content") ? 0 : 1;
                    }
                }
            }
        }
        ImportResult result = new BratFormat().read(files, ImportOptions.DEFAULTS.withMapping(LabelMapping.builtIn("parc").orElseThrow()));
        assertEquals(anns, result.documents().size());
        long attributions = result.documents().stream().mapToLong(d -> d.attributions().size()).sum();
        assertEquals(events, attributions);
        List<Diagnostic> spanProblems = result.diagnostics().stream()
                .filter(d -> d.code().startsWith("text.") || d.code().startsWith("span.") || d.code().startsWith("brat."))
                .collect(Collectors.toList());
        assertEquals(List.of(), spanProblems);
        long empty = result.documents().stream().flatMap(d -> d.attributions().stream())
                .filter(a -> a.contents().isEmpty()).count();
        long contentNotAContent = result.diagnostics().stream()
                .filter(d -> d.code().equals("mapping.role") && d.message().contains("cannot be its content")).count();
        assertEquals(withoutContent + contentNotAContent, empty, "events without a Content, or whose Content is another label");
        for (Document d : result.documents()) {
            assertEquals(d.id().substring(d.id().lastIndexOf('_') + 1), d.metadata().get("annotator"));
            for (Attribution a : d.attributions()) {
                a.contents().forEach(c -> d.quote(c.quote()).orElseThrow());
            }
        }
    }
}
