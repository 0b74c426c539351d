package org.standoff.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.gold.GoldGenerator;
import org.standoff.corpus.gold.GoldRules;
import org.standoff.corpus.gold.GoldSource;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * The shipped corpus is up to date with its annotation source, loads cleanly, validates with zero
 * errors and warnings, and round-trips byte for byte; docs/CORPUS.md is up to date with it.
 *
 * <p>With {@code -Dstandoff.regenerate=true} the two up-to-date tests write the shipped JSON and
 * docs/CORPUS.md instead of failing: {@link CorpusReport#REGENERATE} is the command.
 */
class ShippedCorpusTest {
    /** Paths relative to the corpus module, surefire's working directory. */
    static final Path SOURCE = Path.of("src/main/gold/putin-jiang-2001.yaml");
    static final Path SHIPPED = Path.of("src/main/resources").resolve(Corpus.SHIPPED_RESOURCE);
    static final Path CORPUS_MD = Path.of("../docs/CORPUS.md");

    private static final boolean REGENERATE = Boolean.getBoolean("standoff.regenerate");

    private static Document generated() {
        return GoldGenerator.generate(GoldSource.read(SOURCE)).orThrow();
    }

    private static void checkOrWrite(Path file, String expected, String what) throws IOException {
        if (REGENERATE) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
            return;
        }
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!actual.equals(expected)) {
            fail(file + " is out of date with " + what + "; regenerate it with\n  " + CorpusReport.REGENERATE + "\n"
                    + LineDiff.unified(file + " (committed)", actual, file + " (regenerated)", expected));
        }
    }

    @Test
    void shippedJsonIsUpToDateWithItsSource() throws IOException {
        checkOrWrite(SHIPPED, StandoffJson.toJson(generated()), SOURCE.toString());
    }

    @Test
    void corpusMdIsUpToDateWithTheShippedJson() throws IOException {
        Document document = REGENERATE ? generated() : Corpus.shipped().documents().get(0);
        checkOrWrite(CORPUS_MD, CorpusReport.markdown(document), "the shipped JSON");
    }

    @Test
    void loadsInOneCallAndValidatesWithZeroErrorsAndWarnings() {
        assumeFalse(REGENERATE, "the shipped file is being regenerated");
        Document document = Corpus.shipped().document(Corpus.SHIPPED_DOCUMENT_ID).orElseThrow();
        assertThat(Validator.validate(document)).isEmpty();
        assertThat(GoldRules.check(document)).isEmpty();
        assertThat(Corpus.shipped().documents()).containsExactly(document);
    }

    @Test
    void roundTripsByteIdenticallyThroughStandoffJson() throws IOException {
        assumeFalse(REGENERATE, "the shipped file is being regenerated");
        byte[] bytes = Files.readAllBytes(SHIPPED);
        ReadResult result = StandoffJson.read(new java.io.ByteArrayInputStream(bytes), SHIPPED.toString());
        assertThat(result.diagnostics()).isEmpty();
        String written = StandoffJson.toJson(result.document());
        assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }

    @Test
    void theLoadedDocumentEqualsTheGeneratedOne() {
        assumeFalse(REGENERATE, "the shipped file is being regenerated");
        assertThat(Corpus.shipped().documents().get(0)).isEqualTo(generated());
    }

    @Test
    void holdsTheSeedTextExactly() throws IOException {
        assumeFalse(REGENERATE, "the shipped file is being regenerated");
        String seed = Files.readString(Path.of("src/main/gold/putin-jiang-2001.txt"), StandardCharsets.UTF_8);
        assertThat(Corpus.shipped().documents().get(0).text()).isEqualTo(seed);
    }
}
