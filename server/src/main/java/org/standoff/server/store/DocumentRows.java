package org.standoff.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * A document cut into what the database store keeps: its head (format, id, unit, fingerprint,
 * metadata, schema and unknown top-level fields), its text, and one row per annotation, entity and
 * provenance record, each the canonical standoff JSON object the writer makes for it (offsets in code
 * points, covered text included). The one codec stays the only place that knows each kind's fields:
 * rows are cut from its output, and {@link #assemble} puts them back into a standoff JSON document that
 * the reader reads (and validates) like a file.
 *
 * <p>Example: the shipped article gives one head, 40 {@code entities} rows, 155 {@code mentions}
 * rows, ... and 983 {@code segments} rows; an edit of one cue changes one row. Immutable.
 */
public final class DocumentRows {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** One annotation (or entity, or provenance record) as a row. */
    public record Row(RowKind kind, String id, int position, String json, JsonNode node) {
        /** The row's start in code points, or null when the kind has no span. */
        public Integer start() {
            return node.has("start") ? node.get("start").asInt() : null;
        }

        /** The row's end in code points, or null when the kind has no span. */
        public Integer end() {
            return node.has("end") ? node.get("end").asInt() : null;
        }

        /** A text field of the row, or null. */
        public String field(String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        String key() {
            return kind.ordinal() + "\u0000" + id;
        }
    }

    private final String id;
    private final String head;
    private final String text;
    private final Map<String, Row> rows;

    private DocumentRows(String id, String head, String text, Map<String, Row> rows) {
        this.id = id;
        this.head = head;
        this.text = text;
        this.rows = rows;
    }

    /** The rows of {@code document}, in the canonical file's order. */
    public static DocumentRows of(Document document) {
        ObjectNode root = (ObjectNode) parse(StandoffJson.toJson(document, WriterOptions.DEFAULTS));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (RowKind kind : RowKind.values()) {
            JsonNode array = root.remove(kind.jsonKey());
            if (array == null) {
                continue;
            }
            int position = 0;
            for (JsonNode element : array) {
                Row row = new Row(kind, element.path("id").asText(), position++, write(element), element);
                rows.put(row.key(), row);
            }
        }
        String text = root.remove("text").asText();
        return new DocumentRows(document.id(), write(root), text, rows);
    }

    /**
     * Reads a document back from its head, text and rows, as the reader reads a file: every
     * diagnostic is reported. {@code rows} hold each kind's JSON objects in file order (span kinds in
     * any order: the reader sorts them).
     */
    public static ReadResult assemble(String head, String text, Map<RowKind, List<String>> rows) {
        ObjectNode root = (ObjectNode) parse(head);
        ObjectNode document = JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            document.set(field.getKey(), field.getValue());
            if (field.getKey().equals("offsetUnit")) {
                document.put("text", text);
            }
        }
        for (RowKind kind : RowKind.values()) {
            List<String> jsons = rows.getOrDefault(kind, List.of());
            if (jsons.isEmpty()) {
                continue;
            }
            ArrayNode array = document.putArray(kind.jsonKey());
            jsons.forEach(json -> array.add(parse(json)));
        }
        byte[] bytes = write(document).getBytes(StandardCharsets.UTF_8);
        return StandoffJson.read(bytes, "database document " + root.path("id").asText());
    }

    public String id() {
        return id;
    }

    /** The head: a JSON object of every top-level field except the text and the annotation arrays. */
    public String head() {
        return head;
    }

    public String text() {
        return text;
    }

    /** Every row, in canonical order. */
    public Iterable<Row> rows() {
        return rows.values();
    }

    /** How many rows of {@code kind}. */
    public long count(RowKind kind) {
        return rows.values().stream().filter(row -> row.kind() == kind).count();
    }

    Map<String, Row> byKey() {
        return rows;
    }

    /** Parses JSON the way rows are cut: numbers kept exactly as written. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the standoff writer's own output does not parse", e);
        }
    }

    /** Writes a JSON tree compactly, numbers exactly as parsed. */
    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
