package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.corpus.standoff.StandoffDirectory;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.store.CorpusDirectory;
import org.standoff.server.store.Change;
import org.standoff.server.store.DirectoryStore;
import org.standoff.server.store.StoredDocument;

/**
 * {@code standoff serve --corpus DIR}, {@code standoff validate DIR} and {@link StandoffDirectory}
 * agree on which files under DIR are documents: every {@code *.standoff.json} in DIR or a subfolder,
 * hidden names skipped.
 */
class DocumentFilesRuleTest {
    @TempDir
    Path directory;

    private void write(String path, Document document) throws IOException {
        Path file = directory.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, StandoffJson.toJson(document));
    }

    @Test
    void serveValidateAndTheDirectoryReadTheSameFiles() throws IOException {
        write("jiang.standoff.json", Fixtures.jiang());
        write("2001/07/emoji.standoff.json", Fixtures.emoji());
        write(".trash/old.standoff.json", Fixtures.jiang().toBuilder().id("old").build());
        write(".hidden.standoff.json", Fixtures.jiang().toBuilder().id("hidden").build());
        Files.writeString(directory.resolve("2001/notes.json"), "{}");
        Files.writeString(directory.resolve("2001/.emoji.standoff.json.1234.tmp"), "{");

        List<Path> files = StandoffDirectory.files(directory);
        CommandRun validate = CommandRun.of("validate", directory.toString());
        DirectoryStore served = CorpusDirectory.open(directory, false);

        assertThat(files).containsExactly(directory.resolve("2001/07/emoji.standoff.json"),
                directory.resolve("jiang.standoff.json"));
        assertThat(validate.exitCode()).isEqualTo(0);
        assertThat(validate.out()).endsWith("2 file(s), 0 error(s), 0 warning(s)\n");
        assertThat(served.list()).extracting(StoredDocument::id).containsExactly("emoji", "jiang");
        assertThat(directory.resolve("2001/.emoji.standoff.json.1234.tmp")).doesNotExist();
    }

    @Test
    void anEditOfADocumentInASubfolderIsWrittenBackThere() throws IOException {
        write("2001/07/emoji.standoff.json", Fixtures.emoji());
        DirectoryStore served = CorpusDirectory.open(directory, false);

        served.update("emoji", 1, document -> document.toBuilder().metadata("note", "edited").build(), Change.of("test"));

        assertThat(StandoffJson.read(directory.resolve("2001/07/emoji.standoff.json")).document().metadata())
                .containsEntry("note", "edited");
        assertThat(StandoffDirectory.files(directory)).containsExactly(directory.resolve("2001/07/emoji.standoff.json"));
    }
}
