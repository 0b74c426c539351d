package org.standoff.server.store.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.store.DocumentRows;

/**
 * The head of a document ({@link org.standoff.server.store.DocumentRows#head()}) as the columns of
 * the {@code documents} table: the fingerprint, the metadata, the schema and the unknown top-level
 * fields, each JSON as the writer made it; and back.
 */
record Head(String sha256, int codepoints, int utf16, String metadata, String schema, String unknownFields) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Set<String> KNOWN = Set.of("format", "id", "offsetUnit", "fingerprint", "metadata", "schema");

    /** The columns of a head. */
    static Head of(String head) {
        ObjectNode root = (ObjectNode) parse(head);
        JsonNode fingerprint = root.path("fingerprint");
        ObjectNode unknown = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!KNOWN.contains(field.getKey())) {
                unknown.set(field.getKey(), field.getValue());
            }
        }
        JsonNode metadata = root.get("metadata");
        JsonNode schema = root.get("schema");
        return new Head(fingerprint.path("sha256").asText(), fingerprint.path("codepoints").asInt(),
                fingerprint.path("utf16").asInt(), metadata == null ? "{}" : DocumentRows.write(metadata),
                schema == null ? null : DocumentRows.write(schema), DocumentRows.write(unknown));
    }

    /** The head of document {@code id} again, for {@link org.standoff.server.store.DocumentRows#assemble}. */
    String toJson(String id) {
        ObjectNode root = NODES.objectNode();
        root.put("format", StandoffJson.FORMAT);
        root.put("id", id);
        root.put("offsetUnit", "codepoint");
        ObjectNode fingerprint = root.putObject("fingerprint");
        fingerprint.put("sha256", sha256);
        fingerprint.put("codepoints", codepoints);
        fingerprint.put("utf16", utf16);
        root.set("metadata", parse(metadata));
        if (schema != null) {
            root.set("schema", parse(schema));
        }
        parse(unknownFields).fields().forEachRemaining(field -> root.set(field.getKey(), field.getValue()));
        return DocumentRows.write(root);
    }

    private static JsonNode parse(String json) {
        return DocumentRows.parse(json);
    }
}
