package org.standoff.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory store's history file: appended to, read back, robust to a line a crash cut short. */
class HistoryLogTest {
    @TempDir
    Path directory;

    private static EditRecord edit(String time, String author, String document, long before, long after,
                                   String operation, String subject, List<String> was, List<String> is) {
        return new EditRecord(document, before, after, Instant.parse(time), new Change(operation, author, subject), was, is);
    }

    @Test
    void editsSurviveAReopenNewestFirstPerDocument() throws Exception {
        HistoryLog log = HistoryLog.in(directory);
        EditRecord first = edit("2026-12-06T04:00:00Z", "alice", "d1", 1, 2, "createQuote", "q1", List.of(),
                List.of("{\"id\":\"q1\",\"start\":0,\"end\":4,\"confidence\":0.90}"));
        EditRecord other = edit("2026-12-06T04:00:01Z", null, "d2", 0, 1, "db import", null, List.of(), List.of());
        EditRecord second = edit("2026-12-06T04:00:02Z", "bob", "d1", 2, 0, "deleteDocument", null, List.of(), List.of());
        log.record(first);
        log.record(other);
        log.record(second);
        assertThat(log.of("d1", 10)).containsExactly(second, first);

        HistoryLog reopened = HistoryLog.in(directory);
        assertThat(reopened.of("d1", 10)).containsExactly(second, first);
        assertThat(reopened.of("d1", 1)).containsExactly(second);
        assertThat(reopened.of("d2", 10)).containsExactly(other);
        assertThat(reopened.of("never", 10)).isEmpty();
        assertThat(Files.readAllLines(directory.resolve(HistoryLog.FILE_NAME))).hasSize(3)
                .first().asString().isEqualTo("{\"time\":\"2026-12-06T04:00:00Z\",\"author\":\"alice\",\"document\":\"d1\","
                        + "\"versionBefore\":1,\"version\":2,\"operation\":\"createQuote\",\"subject\":\"q1\",\"before\":[],"
                        + "\"after\":[{\"id\":\"q1\",\"start\":0,\"end\":4,\"confidence\":0.90}]}");
    }

    @Test
    void aLineCutShortIsSkippedAndTheRestIsKept() throws Exception {
        HistoryLog log = HistoryLog.in(directory);
        EditRecord edit = edit("2026-12-06T04:00:00Z", "alice", "d1", 1, 2, "createCue", "c1", List.of(), List.of());
        log.record(edit);
        Files.writeString(directory.resolve(HistoryLog.FILE_NAME), "{\"time\":\"2026-12-06T04:0", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        HistoryLog reopened = HistoryLog.in(directory);
        assertThat(reopened.of("d1", 10)).isEqualTo(List.of(edit));
        EditRecord next = edit("2026-12-06T04:00:09Z", "bob", "d1", 2, 3, "deleteCue", "c1", List.of(), List.of());
        reopened.record(next);
        assertThat(HistoryLog.in(directory).of("d1", 10)).isEqualTo(List.of(next, edit));
    }

    @Test
    void aLineOfTheFirstFormatStillReads() throws Exception {
        Files.writeString(directory.resolve(HistoryLog.FILE_NAME), "{\"time\":\"2026-12-06T04:00:00Z\",\"author\":\"alice\","
                + "\"document\":\"d1\",\"version\":2,\"operation\":\"createQuote\",\"subject\":\"q1\"}\n", StandardCharsets.UTF_8);
        assertThat(HistoryLog.in(directory).of("d1", 10))
                .containsExactly(edit("2026-12-06T04:00:00Z", "alice", "d1", 0, 2, "createQuote", "q1", List.of(), List.of()));
    }
}
