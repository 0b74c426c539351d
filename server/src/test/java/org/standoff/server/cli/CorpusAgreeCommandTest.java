package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code standoff agree --corpus} on a compartment laid out as PolNeAR's, converted with {@code --mapping
 * parc}: the figures of core's {@code CorpusAgreementTest} article 1, worked out there by hand (token-wise
 * alpha 32/43: six tokens, the two annotators differ on the last one; one attribution each, paired, with
 * contents one character apart). An article's copies share its text and its name: another article with
 * the same text is not one of them.
 */
class CorpusAgreeCommandTest {
    private static final String TEXT = "Ana said we are broke.\n";
    private static final String ANN = "T1\tSource 0 3\tAna\nT2\tCue 4 8\tsaid\nT3\tContent 9 21\twe are broke\n"
            + "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";

    @TempDir
    Path directory;

    private void write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void theCopiesOfEachArticleArePooledAcrossTheCompartment() throws IOException {
        write("train/text/ana.txt", TEXT);
        write("train/attributions/ana_4e07.ann", ANN);
        write("train/attributions/ana_d473.ann", ANN.replace("Content 9 21\twe are broke", "Content 9 22\twe are broke."));
        write("train/text/bo.txt", "Bo left.\n");
        write("train/attributions/bo_4e07.ann", "");
        // another article with the same text (PolNeAR has one such pair): not a copy of ana
        write("train/text/cy.txt", TEXT);
        write("train/attributions/cy_5fec.ann", ANN);
        Path out = directory.resolve("out");
        CommandRun convert = CommandRun.of("convert", "--from", "brat", "--to", "standoff", "--mapping", "parc",
                directory.resolve("train").toString(), out.toString());
        assertThat(convert.exitCode()).as(convert.out()).isZero();

        CommandRun run = CommandRun.of("agree", "--corpus", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                documents: 4 (0 with validation errors, compared as they are); articles with several copies: 1 (2 copies,\
                 annotators 4e07, d473); annotated once: 2
                token-wise alpha           0.744   (6 tokens; Do 0.1667, De 0.6515)
                token labels               source 2, cue 2, content 7, none 1
                attribution-wise (agr)     1.000   (2 attributions; 1 paired of 2 compared in pairs)
                same source, cue, content  0.000 exact, 1.000 overlap
                """);
    }

    @Test
    void aCorpusWithoutSeveralCopiesOfAnArticleIsAUsageFailure() throws IOException {
        write("train/text/bo.txt", "Bo left.\n");
        write("train/attributions/bo_4e07.ann", "");
        Path out = directory.resolve("out");
        CommandRun.of("convert", "--from", "brat", "--to", "standoff", directory.resolve("train").toString(), out.toString());

        CommandRun run = CommandRun.of("agree", "--corpus", out.toString());
        CommandRun one = CommandRun.of("agree", out.resolve("bo_4e07.standoff.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("standoff agree: no article among the 1 document(s) has two or more copies\n");
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).isEqualTo("standoff agree: give two or more copies of one document, or --corpus and folders\n");
    }
}
