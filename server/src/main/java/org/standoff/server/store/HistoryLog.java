package org.standoff.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The edit history of the directory store: the JSON Lines file {@value #FILE_NAME} in the corpus (or
 * data) directory, one accepted edit a line, only ever appended to (and fsynced before
 * {@link #record} returns). A line holds what the PostgreSQL store's {@code edits} table holds:
 *
 * <pre>{@code
 * {"time":"2026-12-06T04:31:07.120Z","author":"alice","document":"putin-jiang","versionBefore":1,"version":2,"operation":"createQuote","subject":"q31","before":[],"after":[{"id":"q31",...}]}
 * {"time":"2026-12-06T04:32:40.004Z","author":"bob","document":"putin-jiang","versionBefore":2,"version":0,"operation":"deleteDocument","subject":null,"before":[],"after":[]}
 * }</pre>
 *
 * <p>{@code version} is the version after the edit (0 for a deletion); {@code before} and
 * {@code after} are the changed annotations' canonical standoff JSON objects. The file is read once
 * when the log is opened and answered from memory after that. A line that cannot be read (one a crash
 * cut short) is skipped with a warning. {@link #inMemory()} keeps the same history without a file.
 * Thread-safe.
 */
public final class HistoryLog {
    /** The file's name inside the corpus (or data) directory. */
    public static final String FILE_NAME = ".standoff-history.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(HistoryLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, List<EditRecord>> byDocument = new ConcurrentHashMap<>();

    private HistoryLog(Path file) {
        this.file = file;
    }

    /** A history kept in memory only. */
    public static HistoryLog inMemory() {
        return new HistoryLog(null);
    }

    /** The history kept in {@code directory}, with what its file already holds; the file is created on the first edit. */
    public static HistoryLog in(Path directory) throws IOException {
        HistoryLog log = new HistoryLog(Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize().resolve(FILE_NAME));
        if (Files.isRegularFile(log.file)) {
            String content = Files.readString(log.file, StandardCharsets.UTF_8);
            List<String> lines = content.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                log.load(lines.get(i), i + 1);
            }
            if (!content.isEmpty() && !content.endsWith("\n")) {
                // a crash cut the last line short: end it, so the next edit starts a line of its own
                log.append("\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return log;
    }

    /** Appends {@code edit}; returns once it is durable. */
    public synchronized void record(EditRecord edit) {
        if (file != null) {
            append(encode(edit));
        }
        remember(edit);
    }

    /** The edits of the document with that id, newest first, at most {@code limit}; also after it was deleted. */
    public List<EditRecord> of(String documentId, int limit) {
        List<EditRecord> edits = byDocument.get(documentId);
        if (edits == null) {
            return List.of();
        }
        List<EditRecord> newestFirst = new ArrayList<>();
        synchronized (edits) {
            for (int i = edits.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
                newestFirst.add(edits.get(i));
            }
        }
        return newestFirst;
    }

    private void remember(EditRecord edit) {
        List<EditRecord> edits = byDocument.computeIfAbsent(edit.documentId(), id -> new ArrayList<>());
        synchronized (edits) {
            edits.add(edit);
        }
    }

    private void append(byte[] line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    private void load(String line, int number) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode node = DocumentRows.parse(line);
            remember(new EditRecord(node.get("document").asText(), node.path("versionBefore").asLong(0),
                    node.get("version").asLong(), Instant.parse(node.get("time").asText()),
                    new Change(node.get("operation").asText(), text(node, "author"), text(node, "subject")),
                    rows(node.get("before")), rows(node.get("after"))));
        } catch (RuntimeException e) {
            LOG.warn("{}:{}: not an edit; skipped ({})", file.getFileName(), number, e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The rows of an array, each written back by {@link DocumentRows} exactly as it was recorded. */
    private static List<String> rows(JsonNode array) {
        List<String> rows = new ArrayList<>();
        if (array != null) {
            array.forEach(row -> rows.add(DocumentRows.write(row)));
        }
        return rows;
    }

    private static byte[] encode(EditRecord edit) {
        ObjectNode node = JSON.createObjectNode();
        node.put("time", edit.at().toString());
        node.put("author", edit.change().actor());
        node.put("document", edit.documentId());
        node.put("versionBefore", edit.versionBefore());
        node.put("version", edit.versionAfter());
        node.put("operation", edit.change().operation());
        node.put("subject", edit.change().subject());
        ArrayNode before = node.putArray("before");
        edit.before().forEach(row -> before.add(DocumentRows.parse(row)));
        ArrayNode after = node.putArray("after");
        edit.after().forEach(row -> after.add(DocumentRows.parse(row)));
            return (DocumentRows.write(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
