package org.standoff.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit history's file: appended to, read back, robust to a line a crash cut short. */
class HistoryLogTest {
    @TempDir
    Path directory;

    @Test
    void editsSurviveAReopenInOrderPerDocument() throws Exception {
        HistoryLog log = HistoryLog.in(directory);
        Edit first = new Edit(Instant.parse("2026-12-06T04:00:00Z"), "alice", "d1", 2, "createQuote", "q1");
        Edit other = new Edit(Instant.parse("2026-12-06T04:00:01Z"), "bob", "d2", 1, "importDocument", null);
        Edit second = new Edit(Instant.parse("2026-12-06T04:00:02Z"), "bob", "d1", 0, "deleteDocument", null);
        log.record(first);
        log.record(other);
        log.record(second);
        assertThat(log.of("d1")).containsExactly(first, second);

        HistoryLog reopened = HistoryLog.in(directory);
        assertThat(reopened.of("d1")).containsExactly(first, second);
        assertThat(reopened.of("d2")).containsExactly(other);
        assertThat(reopened.of("never")).isEmpty();
        assertThat(Files.readAllLines(directory.resolve(HistoryLog.FILE_NAME))).hasSize(3)
                .first().asString().isEqualTo("{\"time\":\"2026-12-06T04:00:00Z\",\"author\":\"alice\",\"document\":\"d1\","
                        + "\"version\":2,\"operation\":\"createQuote\",\"subject\":\"q1\"}");
    }

    @Test
    void aLineCutShortIsSkippedAndTheRestIsKept() throws Exception {
        HistoryLog log = HistoryLog.in(directory);
        Edit edit = new Edit(Instant.parse("2026-12-06T04:00:00Z"), "alice", "d1", 2, "createCue", "c1");
        log.record(edit);
        Files.writeString(directory.resolve(HistoryLog.FILE_NAME), "{\"time\":\"2026-12-06T04:0", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        HistoryLog reopened = HistoryLog.in(directory);
        assertThat(reopened.of("d1")).isEqualTo(List.of(edit));
        Edit next = new Edit(Instant.parse("2026-12-06T04:00:09Z"), "bob", "d1", 3, "deleteCue", "c1");
        reopened.record(next);
        assertThat(HistoryLog.in(directory).of("d1")).isEqualTo(List.of(edit, next));
    }
}
