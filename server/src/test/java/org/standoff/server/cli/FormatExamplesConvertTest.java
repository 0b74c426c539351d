package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffDirectory;

/**
 * Every third-party example file in a format we import, through
 * {@code standoff convert} to standoff JSON: the documents and their annotation counts, or the
 * precise diagnostic when the file itself is inconsistent.
 */
class FormatExamplesConvertTest {
    /** The third-party examples, copied into the corpus module's test resources (see the README there). */
    static final Path EXAMPLES = Path.of("..", "corpus", "src", "test", "resources", "examples");

    /** A text in which W3C anno26's quote and anno27's positions (412..795) can be anchored. */
    static final String W3C_TEXT = "Note: this is an anotation that has some typos." + "x".repeat(800);

    @TempDir
    Path directory;

    private CommandRun convert(String format, String folder, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("convert", "--from", format, "--to", "standoff"));
        args.addAll(List.of(options));
        args.add(EXAMPLES.resolve(folder).toString());
        args.add(directory.resolve("out").toString());
        return CommandRun.of(args.toArray(new String[0]));
    }

    /** Each converted document's id and number of annotations, in file order. */
    private Map<String, Integer> converted() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReadResult result : StandoffDirectory.readAll(directory.resolve("out"))) {
            assertThat(result.hasErrors()).as(result.diagnostics().toString()).isFalse();
            counts.put(result.document().id(), result.document().annotations().size());
        }
        return counts;
    }

    private Path text(String content) throws IOException {
        Path file = directory.resolve("text.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyBratDocumentIsPairedAndConverted() {
        CommandRun run = convert("brat", "brat");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).endsWith("converted 5 document(s) from brat (5 input(s)) to standoff: 5 file(s) in "
                + directory.resolve("out") + "\n0 warning(s), 0 error(s)\n");
        assertThat(converted()).containsExactly(Map.entry("brat_corpora_BioNLP-ST_2011_EPI_PMID-16379001", 8),
                Map.entry("brat_corpora_BioNLP-ST_2011_GE_PMID-10438843", 42),
                Map.entry("brat_tutorials_news_000-introduction", 12),
                Map.entry("dkpro-core_brat_document0d", 8),
                Map.entry("tools-brat-relations", 212));
    }

    @Test
    void theDoccanoFilesHoldFourDocumentsTheRelationExampleWithItsThreeRelations() {
        CommandRun run = convert("doccano", "doccano");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).endsWith("0 warning(s), 0 error(s)\n");
        assertThat(converted()).containsExactly(Map.entry("doccano_relation-extraction_example-1", 7),
                Map.entry("tools-doccano-sequence-labeling-1", 2), Map.entry("tools-doccano-sequence-labeling-2", 1),
                Map.entry("tools-doccano-sequence-labeling-3", 1));
    }

    @Test
    void theCasJsonFileIsOneDocument() {
        CommandRun run = convert("uima-json", "uima");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("converted 1 document(s) from uima-json (1 input(s))");
        assertThat(converted()).containsExactly(Map.entry("doc", 10));
    }

    @Test
    void theW3cExamplesAnchorWhatAPlainTextCanAndReportTheRest() throws IOException {
        CommandRun run = convert("w3c", "w3c", "--text", text(W3C_TEXT).toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("converted 8 document(s) from w3c (8 input(s))")
                .contains("44 warning(s), 0 error(s)\n  w3c.unanchored  44\n");
        assertThat(converted()).containsExactly(Map.entry("web-annotation_2016_examples_anno26", 1),
                Map.entry("web-annotation_2016_examples_anno27", 1), Map.entry("web-annotation_2016_examples_anno31", 0),
                Map.entry("web-annotation_2016_examples_anno32", 0), Map.entry("web-annotation_2016_examples_anno34", 0),
                Map.entry("web-annotation_2016_examples_anno36", 0), Map.entry("web-annotation_2016_examples_anno41", 0),
                Map.entry("web-annotation_2016_examples_collection1", 2));
    }

    @Test
    void theHypothesisRecordAnchorsInItsPagesText() throws IOException {
        CommandRun run = convert("hypothesis", "hypothesis/hypothesis-client_html-baselines_minimal.json", "--text",
                text("One Two Three\n").toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).endsWith("0 warning(s), 0 error(s)\n");
        assertThat(converted()).containsExactly(Map.entry("hypothesis-client_html-baselines_minimal", 1));
    }

    @Test
    void theLabelStudioFixtureIsInconsistentAndSaysWhere() throws IOException {
        CommandRun withoutText = convert("labelstudio", "labelstudio");
        assertThat(withoutText.exitCode()).isEqualTo(1);
        assertThat(withoutText.out()).contains("converted 0 document(s)")
                .contains("ERROR labelstudio.no-text tools-labelstudio-annotation-with-relation.json /data/text:")
                .contains("ERROR labelstudio.text-length tools-labelstudio-annotation-with-relation.json"
                        + " /annotations/0/result/1/value (yzPsD2eglo): value.text \"trust\" is 5 code points (5 UTF-16 units)"
                        + " long, but its offsets [10, 25) span 15");

        CommandRun withText = convert("labelstudio", "labelstudio", "--text", text("We have always trusted Lisbon.").toString());
        assertThat(withText.exitCode()).isEqualTo(1);
        assertThat(withText.out()).contains("converted 1 document(s)").contains("0 warning(s), 1 error(s)\n  text.mismatch  1\n")
                .contains("(yzPsD2eglo): expected \"trust\", found \"ways trusted Li\" at [10, 25) (codepoint)");
    }
}
