package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.Formats;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/** {@code standoff import} and {@code standoff export} against a real server on a free port. */
class RemoteCommandsTest {
    @TempDir
    Path directory;

    private TestServer server;
    private String url;

    @BeforeEach
    void start() {
        server = TestServer.of(Fixtures.jiang());
        url = server.server().url("");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void importSendsBratFilesAsOneDocument() throws IOException {
        ExportResult brat = Formats.byName("brat").orElseThrow().write(List.of(Fixtures.emoji()), ExportOptions.DEFAULTS);
        for (ExportResult.OutputFile file : brat.files()) {
            write(file.name(), file.content());
        }

        CommandRun run = CommandRun.of("import", "--server", url, "--format", "brat",
                directory.resolve("emoji.txt").toString(), directory.resolve("emoji.ann").toString(),
                directory.resolve("annotation.conf").toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("imported 1 document(s) into " + url + "/graphql\n  emoji  version 1\n"
                + "0 warning(s), 0 error(s)\n");
        Document stored = server.store().get("emoji").orElseThrow().document();
        assertThat(stored.text()).isEqualTo(Fixtures.EMOJI);
        assertThat(stored.attributions()).hasSize(1);
    }

    @Test
    void importReportsTheServersDiagnosticsAndRefusal() throws IOException {
        Path txt = write("a.txt", "Ana said so.");
        Path ann = write("a.ann", "T1\tPerson 0 3\tAnx\n");

        CommandRun run = CommandRun.of("import", "--server", url, "--format", "brat", txt.toString(), ann.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("imported 0 document(s) into " + url + "/graphql\n"
                + "0 warning(s), 1 error(s)\n  text.mismatch  1\nall 1:\n"
                + "  ERROR text.mismatch a.ann:1:1 (T1): expected \"Anx\", found \"Ana\" at [0, 3) (codepoint over the LF view)\n");
        assertThat(run.err()).isEqualTo("standoff import: INVALID_ANNOTATION: the import has 1 error(s): expected \"Anx\","
                + " found \"Ana\" at [0, 3) (codepoint over the LF view)\n");
        assertThat(server.store().get("a")).isEmpty();
    }

    @Test
    void importReplacesADocumentAtItsExpectedVersion() throws IOException {
        Path json = write("jiang.standoff.json", StandoffJson.toJson(Fixtures.jiang()));

        CommandRun conflict = CommandRun.of("import", "--server", url, "--format", "standoff", json.toString());
        CommandRun replaced = CommandRun.of("import", "--server", url, "--format", "standoff", "--expected-version", "1",
                json.toString());

        assertThat(conflict.exitCode()).isEqualTo(1);
        assertThat(conflict.err()).isEqualTo("standoff import: CONFLICT: document \"jiang\" is at version 1, not the expected 0\n");
        assertThat(replaced.exitCode()).isEqualTo(0);
        assertThat(replaced.out()).contains("  jiang  version 2\n");
    }

    @Test
    void exportWritesTheFilesAndSummarizesTheLosses() throws IOException {
        Path out = directory.resolve("out");

        CommandRun run = CommandRun.of("export", "--server", url, "--format", "brat", "--document", "jiang", out.toString(),
                "--messages", "1");

        ExportResult expected = Formats.byName("brat").orElseThrow().write(List.of(Fixtures.jiang()), ExportOptions.DEFAULTS);
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("exported jiang as brat: 3 file(s) in " + out + "\n"
                + expected.diagnostics().size() + " warning(s), 0 error(s)\n")
                .endsWith("first 1 of " + expected.diagnostics().size() + ":\n  WARNING export.loss (cl3): claimant author has no"
                        + " written mention (e.g. the AUTHOR); the claimant is lost\n");
        for (ExportResult.OutputFile file : expected.files()) {
            assertThat(Files.readString(out.resolve(file.name()))).isEqualTo(file.content());
        }
    }

    @Test
    void exportFailuresAreReportedWithTheServersCode() {
        CommandRun unknown = CommandRun.of("export", "--server", url, "--format", "tei", "--document", "jiang",
                directory.resolve("x").toString());
        CommandRun missing = CommandRun.of("export", "--server", url, "--format", "brat", "--document", "nope",
                directory.resolve("y").toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("standoff export: BAD_REQUEST: unknown format \"tei\"; formats that export: brat,"
                + " conll, doccano, jsonl, labelstudio, standoff, uima-json, w3c\n");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("standoff export: NOT_FOUND: ");
        assertThat(Files.exists(directory.resolve("x"))).isFalse();
    }

    @Test
    void anUnreachableServerIsAUsageFailure() {
        String closed = url;
        server.close();

        CommandRun run = CommandRun.of("export", "--server", closed, "--format", "brat", "--document", "jiang",
                directory.resolve("z").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("standoff export: cannot reach " + closed + "/graphql: ");
    }
}
