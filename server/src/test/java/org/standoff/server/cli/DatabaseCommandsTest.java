package org.standoff.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.corpus.exchange.DocumentFileName;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.corpus.Corpus;
import org.standoff.server.Fixtures;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.StoredDocument;
import org.standoff.server.store.postgres.TestDatabase;

/** {@code standoff db migrate/import/export} and {@code serve --db} on a real PostgreSQL. */
class DatabaseCommandsTest {
    @TempDir
    Path directory;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StandoffCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path corpus() throws Exception {
        Path in = Files.createDirectories(directory.resolve("in"));
        write(in, new StoredDocument(Fixtures.jiang(), 1));
        write(in, new StoredDocument(Fixtures.emoji(), 3));
        write(in, new StoredDocument(Corpus.shipped().documents().get(0), 1_000_000_000L));
        Files.writeString(in.resolve("broken.standoff.json"), "{\"format\": \"standoff/1\", \"id\": ");
        Document invalid = Fixtures.jiang().toBuilder().id("invalid")
                .add(Mention.of("m9", 0, 5, MentionType.NAME, "no-such-entity")).build();
        write(in, new StoredDocument(invalid, 1));
        return in;
    }

    private static void write(Path directory, StoredDocument stored) throws Exception {
        Files.write(directory.resolve(DocumentFileName.of(stored.id(), DocumentFiles.SUFFIX)), DocumentFiles.encode(stored));
    }

    @Test
    void importSkipsBadDocumentsAndExportIsByteIdentical() throws Exception {
        Path in = corpus();
        String db = TestDatabase.create();
        Run imported = run("db", "import", "--db", db, "--no-progress", in.toString());
        assertThat(imported.code()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.out()).contains("imported 3 document(s)", "skipped 2", "broken.standoff.json",
                "(\"invalid\")", "no-such-entity");
        Run again = run("db", "import", "--db", db, "--no-progress", in.resolve("jiang.standoff.json").getParent().toString());
        assertThat(again.out()).contains("imported 0 document(s)", "already holds");

        Path out = directory.resolve("out");
        Run exported = run("db", "export", "--db", db, out.toString());
        assertThat(exported.code()).as(exported.toString()).isZero();
        assertThat(exported.out()).contains("wrote 3 document(s)");
        for (String name : new String[] {"jiang.standoff.json", "emoji.standoff.json",
                "putin-jiang-friendship-treaty-2001.standoff.json"}) {
            assertThat(out.resolve(name)).as(name).hasSameBinaryContentAs(in.resolve(name));
        }

        Path jsonl = directory.resolve("corpus.jsonl.gz");
        assertThat(run("db", "export", "--db", db, jsonl.toString()).code()).isZero();
        String copy = TestDatabase.create();
        Run fromJsonl = run("db", "import", "--db", copy, "--no-progress", jsonl.toString());
        assertThat(fromJsonl.code()).as(fromJsonl.toString()).isZero();
        assertThat(fromJsonl.out()).contains("imported 3 document(s)");
        Path roundTrip = directory.resolve("round-trip");
        assertThat(run("db", "export", "--db", copy, roundTrip.toString()).code()).isZero();
        assertThat(roundTrip.resolve("putin-jiang-friendship-treaty-2001.standoff.json"))
                .hasSameBinaryContentAs(in.resolve("putin-jiang-friendship-treaty-2001.standoff.json"));
    }

    @Test
    void statsCountsADatabaseLikeTheDirectoryItWasImportedFrom() throws Exception {
        Path in = corpus();
        Files.delete(in.resolve("broken.standoff.json"));
        Files.delete(in.resolve("invalid.standoff.json"));
        String db = TestDatabase.create();
        assertThat(run("db", "import", "--db", db, "--no-progress", in.toString()).code()).isZero();
        Run fromDirectory = run("stats", "--corpus", in.toString());
        Run fromDatabase = run("stats", "--db", db);
        assertThat(fromDatabase.code()).as(fromDatabase.toString()).isZero();
        assertThat(fromDatabase.out()).startsWith("corpus: the database jdbc:postgresql://").containsPattern("\ndocuments +3\n");
        assertThat(body(fromDatabase.out())).isEqualTo(body(fromDirectory.out())).contains("Segment");
        Run both = run("stats", "--db", db, "--corpus", in.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give --corpus DIR or --db URL, not both");
    }

    @Test
    void theProgressBarIsDrawnForALargeInputUnlessNoProgress() throws Exception {
        Path in = Files.createDirectories(directory.resolve("large"));
        for (int i = 0; i < 8; i++) {
            write(in, new StoredDocument(Fixtures.article().toBuilder().id("article-" + i).build(), 1));
        }
        assertThat(Files.list(in).mapToLong(file -> file.toFile().length()).sum()).isGreaterThan(Progress.LARGE_BYTES);
        Run quiet = run("db", "import", "--db", TestDatabase.create(), "--no-progress", in.toString());
        assertThat(quiet.code()).as(quiet.toString()).isZero();
        assertThat(quiet.err()).doesNotContain("Importing");
        Run drawn = run("db", "import", "--db", TestDatabase.create(), in.toString());
        assertThat(drawn.code()).as(drawn.toString()).isZero();
        assertThat(drawn.err()).contains("Importing", "8 document(s)");
    }

    /** A stats table without its first line, which names the corpus. */
    private static String body(String stats) {
        return stats.substring(stats.indexOf('\n') + 1);
    }

    @Test
    void aDatabaseThatIsDownIsOneLineAndExitCode2() {
        Run serve = run("serve", "--db", "postgresql://standoff:secret@127.0.0.1:1/standoff", "--port", "0");
        assertThat(serve.code()).isEqualTo(2);
        assertThat(serve.err().strip()).startsWith("standoff serve: cannot connect to the database jdbc:postgresql://127.0.0.1:1/standoff")
                .doesNotContain("secret").doesNotContain("\n").doesNotContain("\tat ");
        Run migrate = run("db", "migrate", "--db", "jdbc:postgresql://127.0.0.1:1/standoff");
        assertThat(migrate.code()).isEqualTo(2);
        Run bad = run("serve", "--db", "mysql://127.0.0.1/standoff");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("postgresql://");
    }

    @Test
    void aSchemaNewerThanTheProgramIsRefused() throws Exception {
        String db = TestDatabase.create();
        Run migrate = run("db", "migrate", "--db", db);
        assertThat(migrate.code()).as(migrate.toString()).isZero();
        assertThat(migrate.out()).contains("applied 6 migration(s); the schema is at version 6");
        assertThat(run("db", "migrate", "--db", db).out()).contains("up to date");
        try (Connection connection = DriverManager.getConnection(db); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '999', 'from the future', 'SQL',"
                    + " 'V999__from_the_future.sql', 0, 'test', 0, true)");
        }
        Run refused = run("db", "migrate", "--db", db);
        assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains("schema is at version 999, newer than this standoff's 6");
        Run serve = run("serve", "--db", db, "--port", "0");
        assertThat(serve.code()).isEqualTo(2);
        assertThat(serve.err()).contains("newer than this standoff's");
    }

    @Test
    void thePasswordComesFromAFile() throws Exception {
        Path file = directory.resolve("password");
        Files.writeString(file, "not-the-password\n", StandardCharsets.UTF_8);
        Run migrate = run("db", "migrate", "--db", "postgresql://nobody@127.0.0.1:1/standoff", "--db-password-file", file.toString());
        assertThat(migrate.code()).isEqualTo(2);
        assertThat(migrate.err()).doesNotContain("not-the-password");
    }
}
