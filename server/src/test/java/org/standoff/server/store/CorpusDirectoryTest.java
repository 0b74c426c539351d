package org.standoff.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.server.Fixtures;
import org.standoff.server.cli.StandoffCommand;

/** A corpus directory with two files of one document id is refused at start, naming both files. */
class CorpusDirectoryTest {
    @TempDir
    Path directory;

    @Test
    void twoFilesWithOneIdAreRefusedNamingBoth() throws Exception {
        byte[] jiang = DocumentFiles.encode(new StoredDocument(Fixtures.jiang(), 1));
        Files.write(directory.resolve("a.standoff.json"), jiang);
        Files.write(directory.resolve("b.standoff.json"), jiang);
        assertThatThrownBy(() -> CorpusDirectory.open(directory, false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("two files hold document id \"jiang\"")
                .hasMessageContaining("a.standoff.json").hasMessageContaining("b.standoff.json");

        StringWriter err = new StringWriter();
        int code = StandoffCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "serve", "--corpus", directory.toString(), "--port", "0");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("standoff serve: cannot open the corpus: two files hold document id")
                .contains("a.standoff.json", "b.standoff.json").doesNotContain("\n");
    }

    @Test
    void aVersionOfTenDigitsReadsBackAsItself() throws Exception {
        Files.write(directory.resolve("jiang.standoff.json"), DocumentFiles.encode(new StoredDocument(Fixtures.jiang(), 1_000_000_000L)));
        assertThat(CorpusDirectory.open(directory, false).get("jiang").orElseThrow().version()).isEqualTo(1_000_000_000L);
    }
}
