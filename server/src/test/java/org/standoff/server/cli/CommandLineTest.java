package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.Fixtures;

/** The standoff command line: validate's exit codes and messages, stats' table, usage. */
class CommandLineTest {
    @TempDir
    Path directory;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StandoffCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String json) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    @Test
    void serveRefusesACorsOriginWithAPath() {
        Run serve = run("serve", "--port", "0", "--cors-origin", "https://annotator.example/app", "--data",
                directory.resolve("data").toString());
        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err()).startsWith("standoff serve: --cors-origin: a CORS origin is a scheme, a host and an"
                + " optional port, without a path, e.g. https://annotator.example: https://annotator.example/app");
    }

    @Test
    void serveOnEveryInterfaceSaysSoAndPrintsUsableUrls() {
        try (org.standoff.server.ServerProcess serve = org.standoff.server.ServerProcess.start("--host", "0.0.0.0",
                "--allow-anonymous-read", "--data", directory.resolve("data").toString())) {
            List<String> lines = serve.lines();
            assertThat(serve.graphqlUrl()).startsWith("http://127.0.0.1:").endsWith("/graphql");
            assertThat(lines).noneMatch(line -> line.contains("0.0.0.0:"));
            assertThat(lines).anyMatch(line -> line.startsWith("Listening on every interface (0.0.0.0): other machines"
                    + " can reach this server on port "));
            assertThat(lines).filteredOn(line -> line.trim().startsWith("Also at"))
                    .allMatch(line -> line.matches("  Also at   http://\\d+\\.\\d+\\.\\d+\\.\\d+:\\d+/"));
        }
    }

    @Test
    void serveOnAPortInUseSaysSoInOneLineWithoutAStackTrace() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Run serve = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data", directory.resolve("data").toString());
            assertThat(serve.exitCode()).isEqualTo(2);
            assertThat(serve.err()).startsWith("standoff serve: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": the address is in use").doesNotContain("at org.").hasLineCount(1);
        }
    }

    @Test
    void validateAcceptsAValidFileAndDirectory() throws IOException {
        Path file = write("jiang.standoff.json", StandoffJson.toJson(Fixtures.jiang()));
        Run single = run("validate", file.toString());
        assertThat(single.exitCode()).isEqualTo(0);
        assertThat(single.out()).isEqualTo("1 file(s), 0 error(s), 0 warning(s)\n");
        write("emoji.standoff.json", StandoffJson.toJson(Fixtures.emoji()));
        write("notes.txt", "not a corpus file");
        Run all = run("validate", directory.toString());
        assertThat(all.exitCode()).isEqualTo(0);
        assertThat(all.out()).isEqualTo("2 file(s), 0 error(s), 0 warning(s)\n");
    }

    @Test
    void validateReportsEveryErrorAndFails() throws IOException {
        String broken = StandoffJson.toJson(Fixtures.jiang())
                .replace("\"entity\": \"e4\"", "\"entity\": \"e99\"")
                .replace("\"text\": \"said\"", "\"text\": \"says\"");
        Path file = write("broken.standoff.json", broken);
        Run run = run("validate", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + ": ERROR ref.dangling").contains("(m6)").contains("e99")
                .contains(file + ": ERROR text.mismatch").contains("(c1)")
                .endsWith("1 file(s), 2 error(s), 0 warning(s)\n");
    }

    @Test
    void validateOfAMissingPathIsAUsageFailure() {
        Run run = run("validate", directory.resolve("nope").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read").contains("nope");
    }

    @Test
    void statsCountsACorpusDirectory() throws IOException {
        write("jiang.standoff.json", StandoffJson.toJson(Fixtures.jiang()));
        write("emoji.standoff.json", StandoffJson.toJson(Fixtures.emoji()));
        Run run = run("stats", "--corpus", directory.toString());
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("corpus: corpus directory " + directory.toAbsolutePath() + "\n" + """
                documents             2
                annotations per kind
                  Entity              7
                  Segment             3
                  Mention             7
                  Quote               3
                  Cue                 2
                  Attribution         2
                  Claim               3
                segments per type
                  PARAGRAPH           1
                  SENTENCE            2
                mentions per type
                  NAME                4
                  NOMINAL             2
                  PRONOUN             1
                quotes per type
                  DIRECT              3
                quotes per speaker
                  Jiang Zemin         2
                  Ana                 1
                claims per claimant
                  Jiang Zemin         2
                  article author      1
                claims per type
                  EVENT               1
                  PREDICTION          1
                  OPINION             1
                check-worthy claims   1
                """);
    }

    @Test
    void aMissingCorpusDirectoryIsAUsageFailure() {
        Run stats = run("stats", "--corpus", directory.resolve("nope").toString());
        assertThat(stats.exitCode()).isEqualTo(2);
        assertThat(stats.err()).startsWith("standoff stats: cannot open the corpus: not a directory");
        Run serve = run("serve", "--port", "0", "--corpus", directory.resolve("nope").toString());
        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err()).startsWith("standoff serve: cannot open the corpus: not a directory");
    }

    @Test
    void usageListsTheCommands() {
        Run run = run("--help");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("serve").contains("validate").contains("stats");
        assertThat(run("serve", "--help").out()).contains("--corpus=DIR", "--port=N", "--host=ADDR", "--read-only", "--data=DIR");
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
    }
}
