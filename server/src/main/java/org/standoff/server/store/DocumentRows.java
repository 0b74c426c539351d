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
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.UnknownFields;
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

        Key key() {
            return new Key(kind, id);
        }
    }

    private final String id;
    private final String head;
    private final String text;
    /** What identifies a row within its document: its kind and id. */
    record Key(RowKind kind, String id) {
    }

    private final Map<Key, Row> rows;

    private DocumentRows(String id, String head, String text, Map<Key, Row> rows) {
        this.id = id;
        this.head = head;
        this.text = text;
        this.rows = rows;
    }

    /** The rows of {@code document}, in the canonical file's order. */
    public static DocumentRows of(Document document) {
        ObjectNode root = (ObjectNode) parse(StandoffJson.toJson(document, WriterOptions.DEFAULTS));
        Map<Key, Row> rows = new LinkedHashMap<>();
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
     * The rows of {@code next}, an edit of {@code previous} whose rows are {@code previousRows}: equal
     * to {@link #of(Document) of(next)}, at a cost that grows with what the edit changed, not with the
     * document. When only annotations, entities or provenance records changed, the unchanged ones keep
     * their rows and only the changed ones go through the codec (as a document that holds just them);
     * an edit of the head or the text encodes the whole document.
     */
    public static DocumentRows of(Document next, Document previous, DocumentRows previousRows) {
        if (!sameHead(next, previous)) {
            return of(next);
        }
        // an edit copies the unchanged elements by reference: each previous element's row, by identity
        Map<Object, Row> previousRow = new IdentityHashMap<>(previousRows.rows.size());
        Iterator<Row> inOrder = previousRows.rows.values().iterator();
        for (Element element : elements(previous)) {
            Row row = inOrder.hasNext() ? inOrder.next() : null;
            if (row == null || row.kind() != element.kind() || !row.id().equals(element.id())) {
                return of(next);
            }
            previousRow.put(element.value(), row);
        }
        List<Element> elements = elements(next);
        DocumentBuilder changed = Document.builder(next.id(), next.text()).metadata(next.metadata());
        if (next.schema() != null) {
            changed.schema(next.schema());
        }
        boolean any = false;
        for (Element element : elements) {
            Map<String, String> unknown = next.unknownFields().of(element.id());
            if (!previousRow.containsKey(element.value()) || !unknown.equals(previous.unknownFields().of(element.id()))) {
                add(changed, element.value());
                unknown.forEach((name, raw) -> changed.unknownField(element.id(), name, raw));
                any = true;
            }
        }
        Map<Key, Row> encoded = any ? of(changed.build()).rows : Map.of();
        Map<Key, Row> rows = new LinkedHashMap<>(elements.size() * 4 / 3 + 1);
        int[] positions = new int[RowKind.values().length];
        for (Element element : elements) {
            Key key = new Key(element.kind(), element.id());
            Row row = encoded.get(key);
            if (row == null) {
                row = previousRow.get(element.value());
            }
            int position = positions[row.kind().ordinal()]++;
            rows.put(key, row.position() == position ? row : new Row(row.kind(), row.id(), position, row.json(), row.node()));
        }
        return new DocumentRows(next.id(), previousRows.head, previousRows.text, rows);
    }

    /** Whether two documents have the same head and text: everything but their annotations. */
    private static boolean sameHead(Document a, Document b) {
        return a.id().equals(b.id()) && a.text().equals(b.text()) && a.metadata().equals(b.metadata())
                && Objects.equals(a.schema(), b.schema()) && a.revision().equals(b.revision())
                && a.unknownFields().of(UnknownFields.DOCUMENT).equals(b.unknownFields().of(UnknownFields.DOCUMENT));
    }

    /** One element of a document that becomes a row. */
    private record Element(RowKind kind, String id, Object value) {
    }

    /** Every row-making element of a document in the rows' order: kind by kind, each kind in its list's order. */
    private static List<Element> elements(Document document) {
        List<Element> elements = new ArrayList<>(document.annotations().size() + document.entities().size()
                + document.provenance().size());
        document.entities().forEach(e -> elements.add(new Element(RowKind.ENTITIES, e.id().value(), e)));
        document.mentions().forEach(a -> elements.add(new Element(RowKind.MENTIONS, a.id().value(), a)));
        document.quotes().forEach(a -> elements.add(new Element(RowKind.QUOTES, a.id().value(), a)));
        document.cues().forEach(a -> elements.add(new Element(RowKind.CUES, a.id().value(), a)));
        document.attributions().forEach(a -> elements.add(new Element(RowKind.ATTRIBUTIONS, a.id().value(), a)));
        document.claims().forEach(a -> elements.add(new Element(RowKind.CLAIMS, a.id().value(), a)));
        document.segments().forEach(a -> elements.add(new Element(RowKind.SEGMENTS, a.id().value(), a)));
        document.genericSpans().forEach(a -> elements.add(new Element(RowKind.SPANS, a.id().value(), a)));
        document.genericRelations().forEach(a -> elements.add(new Element(RowKind.RELATIONS, a.id().value(), a)));
        document.provenance().forEach(p -> elements.add(new Element(RowKind.PROVENANCE, p.id().value(), p)));
        return elements;
    }

    private static void add(DocumentBuilder builder, Object element) {
        if (element instanceof Entity entity) {
            builder.entity(entity);
        } else if (element instanceof Provenance provenance) {
            builder.provenance(provenance);
        } else {
            builder.add((Annotation) element);
        }
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

    Map<Key, Row> byKey() {
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
