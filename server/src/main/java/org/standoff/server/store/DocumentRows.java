package org.standoff.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /** Each kind's rows in position order, by the kind's ordinal. */
    private final List<List<Row>> kinds;
    /** Whether no two rows have the same key (a document with duplicate ids keeps one row per key). */
    private final boolean distinct;
    /** The rows by key, in canonical order; made on first use when not given. */
    private volatile Map<Key, Row> byKey;
    /** What changed from the rows this was cut from ({@link #of(Document, Document, DocumentRows)}), or null. */
    private final Delta delta;

    /**
     * The rows an edit removed, wrote (new or changed) and replaced, in canonical order, relative to
     * the rows it was cut from: what {@link RowDiff} finds by comparing the two, known without
     * comparing. The previous rows are held weakly, so versions do not keep each other alive.
     */
    record Delta(WeakReference<DocumentRows> from, List<Row> removed, List<Row> written, List<Row> replaced) {
    }

    private DocumentRows(String id, String head, String text, List<List<Row>> kinds, boolean distinct,
                         Map<Key, Row> byKey, Delta delta) {
        this.id = id;
        this.head = head;
        this.text = text;
        this.kinds = kinds;
        this.distinct = distinct;
        this.byKey = byKey;
        this.delta = delta;
    }

    /**
     * How the elements of an edit are written: as the whole document is, but with the text referred
     * to instead of inline (the rows are the same; the text is neither written nor parsed again).
     */
    private static final WriterOptions ELEMENTS_ONLY = WriterOptions.DEFAULTS.withTextRef("text");

    /** The rows of {@code document}, in the canonical file's order. */
    public static DocumentRows of(Document document) {
        ObjectNode root = (ObjectNode) parse(StandoffJson.toJson(document, WriterOptions.DEFAULTS));
        Map<Key, Row> rows = new LinkedHashMap<>();
        int elements = cut(root, rows);
        List<List<Row>> kinds = new ArrayList<>(RowKind.values().length);
        for (int k = 0; k < RowKind.values().length; k++) {
            kinds.add(new ArrayList<>());
        }
        rows.values().forEach(row -> kinds.get(row.kind().ordinal()).add(row));
        kinds.replaceAll(Collections::unmodifiableList);
        String text = root.remove("text").asText();
        return new DocumentRows(document.id(), write(root), text, kinds, rows.size() == elements, rows, null);
    }

    /** Moves the element arrays of a written document into {@code rows}, by key; how many elements there were. */
    private static int cut(ObjectNode root, Map<Key, Row> rows) {
        int elements = 0;
        for (RowKind kind : RowKind.values()) {
            JsonNode array = root.remove(kind.jsonKey());
            if (array == null) {
                continue;
            }
            int position = 0;
            for (JsonNode element : array) {
                Row row = new Row(kind, element.path("id").asText(), position++, write(element), element);
                rows.put(row.key(), row);
                elements++;
            }
        }
        return elements;
    }

    /**
     * The rows of {@code next}, an edit of {@code previous} whose rows are {@code previousRows}: equal
     * to {@link #of(Document) of(next)}, at a cost that grows with what the edit changed, not with the
     * document. An edit copies the unchanged elements by reference ({@link Document#toBuilder()}), so
     * each kind's list is compared by identity from both ends: the elements before and after the
     * changed middle keep their rows (their positions moved by what the middle gained or lost), an
     * element of the middle that was already there keeps its row, and only the new or changed ones go
     * through the codec (as a document on the same text that holds just them). The result also knows
     * what changed ({@link RowDiff} reads it). An edit of the head, the text or unknown fields, or of a
     * document with duplicate ids, encodes the whole document.
     */
    public static DocumentRows of(Document next, Document previous, DocumentRows previousRows) {
        if (!sameHead(next, previous) || !previousRows.distinct || !next.unknownFields().equals(previous.unknownFields())) {
            return of(next);
        }
        RowKind[] all = RowKind.values();
        List<?>[] before = elements(previous);
        List<?>[] after = elements(next);
        int[] prefix = new int[all.length];
        int[] suffix = new int[all.length];
        boolean[] touched = new boolean[all.length];
        Map<Object, Row> middleRows = new IdentityHashMap<>();
        List<Object> changed = new ArrayList<>();
        for (int k = 0; k < all.length; k++) {
            List<?> a = before[k];
            List<?> b = after[k];
            if (a.size() != previousRows.kinds.get(k).size()) {
                return of(next);
            }
            if (a == b) {
                continue; // a list the edit did not change is shared (Document#toBuilder)
            }
            Object[] x = a.toArray();
            Object[] y = b.toArray();
            int max = Math.min(x.length, y.length);
            int p = 0;
            while (p < max && x[p] == y[p]) {
                p++;
            }
            if (p == x.length && p == y.length) {
                continue;
            }
            int s = 0;
            while (s < max - p && x[x.length - 1 - s] == y[y.length - 1 - s]) {
                s++;
            }
            prefix[k] = p;
            suffix[k] = s;
            touched[k] = true;
            List<Row> rows = previousRows.kinds.get(k);
            for (int i = p; i < a.size() - s; i++) {
                middleRows.put(a.get(i), rows.get(i));
            }
            for (int i = p; i < b.size() - s; i++) {
                if (!middleRows.containsKey(b.get(i))) {
                    changed.add(b.get(i));
                }
            }
        }
        if (changed.isEmpty() && middleRows.isEmpty()) {
            return new DocumentRows(next.id(), previousRows.head, previousRows.text, previousRows.kinds, true,
                    previousRows.byKey, new Delta(new WeakReference<>(previousRows), List.of(), List.of(), List.of()));
        }
        Map<Key, Row> encoded = Map.of();
        if (!changed.isEmpty()) {
            DocumentBuilder only = next.toBuilder().clearAnnotations();
            for (Object element : changed) {
                add(only, element);
                String elementId = idOf(element);
                next.unknownFields().of(elementId).forEach((name, raw) -> only.unknownField(elementId, name, raw));
            }
            encoded = new HashMap<>();
            cut((ObjectNode) parse(StandoffJson.toJson(only.build(), ELEMENTS_ONLY)), encoded);
        }
        List<List<Row>> kinds = new ArrayList<>(previousRows.kinds);
        List<Row> removed = new ArrayList<>();
        List<Row> written = new ArrayList<>();
        List<Row> replaced = new ArrayList<>();
        for (int k = 0; k < all.length; k++) {
            if (!touched[k]) {
                continue;
            }
            List<?> a = before[k];
            List<?> b = after[k];
            List<Row> old = previousRows.kinds.get(k);
            int p = prefix[k];
            int s = suffix[k];
            List<Row> rows = new ArrayList<>(b.size());
            rows.addAll(old.subList(0, p));
            // the middle's previous rows that no element middleRows: each is replaced or removed
            Map<String, Row> gone = new LinkedHashMap<>();
            Set<Object> middle = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = p; i < b.size() - s; i++) {
                middle.add(b.get(i));
            }
            for (int i = p; i < a.size() - s; i++) {
                if (!middle.contains(a.get(i))) {
                    gone.put(old.get(i).id(), old.get(i));
                }
            }
            for (int i = p; i < b.size() - s; i++) {
                Object element = b.get(i);
                Row row = middleRows.get(element);
                if (row == null) {
                    row = encoded.get(new Key(all[k], idOf(element)));
                    if (row == null) {
                        return of(next); // the codec cut it differently (it cannot: a safety net)
                    }
                    Row was = gone.remove(row.id());
                    if (was == null) {
                        written.add(row);
                    } else if (!was.json().equals(row.json())) {
                        written.add(row);
                        replaced.add(was);
                    }
                }
                rows.add(at(row, i));
            }
            for (int i = a.size() - s; i < a.size(); i++) {
                rows.add(at(old.get(i), i - a.size() + b.size()));
            }
            Set<String> ids = new HashSet<>(rows.size() * 4 / 3 + 1);
            for (Row row : rows) {
                if (!ids.add(row.id())) {
                    return of(next); // the edit made duplicate ids: cut as the whole document would be
                }
            }
            removed.addAll(gone.values());
            kinds.set(k, Collections.unmodifiableList(rows));
        }
        return new DocumentRows(next.id(), previousRows.head, previousRows.text, Collections.unmodifiableList(kinds), true,
                null, new Delta(new WeakReference<>(previousRows), removed, written, replaced));
    }

    /** {@code row} at {@code position}: itself when it is there already. */
    private static Row at(Row row, int position) {
        return row.position() == position ? row : new Row(row.kind(), row.id(), position, row.json(), row.node());
    }

    /** Whether two documents have the same head and text: everything but their annotations. */
    private static boolean sameHead(Document a, Document b) {
        return a.id().equals(b.id()) && a.text().equals(b.text()) && a.metadata().equals(b.metadata())
                && Objects.equals(a.schema(), b.schema()) && a.revision().equals(b.revision())
                && a.unknownFields().of(UnknownFields.DOCUMENT).equals(b.unknownFields().of(UnknownFields.DOCUMENT));
    }

    /** Each kind's elements of a document (entities, annotations, provenance records), by the kind's ordinal. */
    private static List<?>[] elements(Document document) {
        List<?>[] lists = new List<?>[RowKind.values().length];
        lists[RowKind.ENTITIES.ordinal()] = document.entities();
        lists[RowKind.MENTIONS.ordinal()] = document.mentions();
        lists[RowKind.QUOTES.ordinal()] = document.quotes();
        lists[RowKind.CUES.ordinal()] = document.cues();
        lists[RowKind.ATTRIBUTIONS.ordinal()] = document.attributions();
        lists[RowKind.CLAIMS.ordinal()] = document.claims();
        lists[RowKind.SEGMENTS.ordinal()] = document.segments();
        lists[RowKind.SPANS.ordinal()] = document.genericSpans();
        lists[RowKind.RELATIONS.ordinal()] = document.genericRelations();
        lists[RowKind.PROVENANCE.ordinal()] = document.provenance();
        return lists;
    }

    private static String idOf(Object element) {
        if (element instanceof Entity entity) {
            return entity.id().value();
        } else if (element instanceof Provenance provenance) {
            return provenance.id().value();
        }
        return ((Annotation) element).id().value();
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

    /** Every row, in canonical order: kind by kind, each kind in position order. */
    public Iterable<Row> rows() {
        return () -> kinds.stream().flatMap(List::stream).iterator();
    }

    /** How many rows of {@code kind}. */
    public long count(RowKind kind) {
        return kinds.get(kind.ordinal()).size();
    }

    /** Every row by its key, in canonical order. */
    Map<Key, Row> byKey() {
        Map<Key, Row> result = byKey;
        if (result == null) {
            Map<Key, Row> rows = new LinkedHashMap<>();
            rows().forEach(row -> rows.put(row.key(), row));
            result = byKey = Collections.unmodifiableMap(rows);
        }
        return result;
    }

    /** What changed from {@code previous}, when these rows were cut from it; else null. */
    Delta deltaFrom(DocumentRows previous) {
        return delta != null && delta.from().get() == previous ? delta : null;
    }

    /** Parses JSON the way rows are cut: numbers middleRows exactly as written. */
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
