package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.core.model.QuoteType;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffDirectory;

/** {@code standoff convert --from brat --mapping …} on a folder laid out as a PolNeAR compartment. */
class ConvertMappingTest {
    private static final String TEXT = "Ana Ruiz said “we are broke.”\n";
    private static final String ANN = "T1\tSource 0 8\tAna Ruiz\nT2\tCue 9 13\tsaid\nT3\tContent 14 29\t“we are broke.”\n"
            + "T4\tAttribution 9 13\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";

    @TempDir
    Path directory;

    private void write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void parcConvertsEachAnnotatorsFileOfACompartmentToItsOwnDocument() throws IOException {
        write("train/text/ruiz.txt", TEXT);
        write("train/attributions/ruiz_4e07.ann", ANN);
        write("train/attributions/ruiz_d473.ann", ANN.replace("Source:T1", ""));
        Path out = directory.resolve("out");

        CommandRun run = CommandRun.of("convert", "--from", "brat", "--to", "standoff", "--mapping", "parc",
                directory.resolve("train").toString(), out.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("converted 2 document(s) from brat (2 input(s)) to standoff")
                .contains("1 warning(s), 0 error(s)").contains("mapping.no-source");
        List<ReadResult> read = StandoffDirectory.readAll(out);
        assertThat(read).extracting(r -> r.document().id()).containsExactly("ruiz_4e07", "ruiz_d473");
        Document first = read.get(0).document();
        assertThat(first.metadata()).containsEntry("annotator", "4e07");
        assertThat(first.attributions()).singleElement().satisfies(a -> {
            assertThat(a.source()).isNotNull();
            assertThat(a.cue()).isNotNull();
            assertThat(a.contents()).hasSize(1);
        });
        assertThat(first.quotes()).singleElement().satisfies(q -> assertThat(q.quoteType()).isEqualTo(QuoteType.DIRECT));
        assertThat(read.get(1).document().attributions().get(0).source()).isNull();
    }

    @Test
    void aMappingFileIsReadAndAnUnknownMappingIsAUsageFailure() throws IOException {
        write("in/a.txt", TEXT);
        write("in/a.ann", "T1\tSpeaker 0 8\tAna Ruiz\n");
        write("newsroom.json", "{\"format\": \"standoff-mapping/1\", \"labels\": {\"Speaker\": {\"kind\": \"mention\"}}}");

        CommandRun file = CommandRun.of("convert", "--from", "brat", "--to", "standoff", "--mapping",
                directory.resolve("newsroom.json").toString(), directory.resolve("in").toString(), directory.resolve("out").toString());
        CommandRun unknown = CommandRun.of("convert", "--from", "brat", "--to", "standoff", "--mapping", "parcc",
                directory.resolve("in").toString(), directory.resolve("out2").toString());

        assertThat(file.exitCode()).isEqualTo(0);
        assertThat(StandoffDirectory.readAll(directory.resolve("out")).get(0).document().mentions()).hasSize(1);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("standoff convert: cannot use mapping parcc: give parc or a mapping file\n");
    }
}
