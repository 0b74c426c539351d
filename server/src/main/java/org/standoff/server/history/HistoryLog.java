package org.standoff.server.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The edit history of a corpus directory: the JSON Lines file {@value #FILE_NAME}, one edit a line,
 * only ever appended to (and fsynced before {@link #record} returns):
 *
 * <pre>{@code
 * {"time":"2026-12-06T04:31:07.120Z","author":"alice","document":"putin-jiang","version":2,"operation":"createQuote","subject":"q31"}
 * {"time":"2026-12-06T04:32:40.004Z","author":"bob","document":"putin-jiang","version":0,"operation":"deleteDocument","subject":null}
 * }</pre>
 *
 * <p>The file is read once when the log is opened and answered from memory after that. A line that
 * cannot be read (one a crash cut short) is skipped with a warning. {@link #inMemory()} keeps the same
 * history without a file. Thread-safe.
 */
public final class HistoryLog implements EditHistory {
    /** The file's name inside the corpus (or data) directory. */
    public static final String FILE_NAME = ".standoff-history.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(HistoryLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, List<Edit>> byDocument = new ConcurrentHashMap<>();

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

    @Override
    public synchronized void record(Edit edit) {
        if (file != null) {
            append(encode(edit));
        }
        remember(edit);
    }

    @Override
    public List<Edit> of(String documentId) {
        List<Edit> edits = byDocument.get(documentId);
        if (edits == null) {
            return List.of();
        }
        synchronized (edits) {
            return List.copyOf(edits);
        }
    }

    private void remember(Edit edit) {
        List<Edit> edits = byDocument.computeIfAbsent(edit.documentId(), id -> new ArrayList<>());
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
            JsonNode node = JSON.readTree(line);
            JsonNode subject = node.get("subject");
            remember(new Edit(Instant.parse(node.get("time").asText()), node.get("author").asText(),
                    node.get("document").asText(), node.get("version").asLong(), node.get("operation").asText(),
                    subject == null || subject.isNull() ? null : subject.asText()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}:{}: not an edit; skipped ({})", file.getFileName(), number, e.getMessage());
        }
    }

    private static byte[] encode(Edit edit) {
        ObjectNode node = JSON.createObjectNode();
        node.put("time", edit.time().toString());
        node.put("author", edit.author());
        node.put("document", edit.documentId());
        node.put("version", edit.version());
        node.put("operation", edit.operation());
        node.put("subject", edit.subject());
        try {
            return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
