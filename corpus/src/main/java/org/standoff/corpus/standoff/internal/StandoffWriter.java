package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.UnknownFields;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.RoleSchema;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Writes a document as canonical standoff JSON with a streaming emitter: fixed field order, span
 * annotations in document order, empty arrays and objects left out, unknown fields after the known
 * ones. Pretty (the file layout of {@link JsonOutput}) or compact (one line, for JSON Lines).
 */
public final class StandoffWriter {
    private static final FieldName FORMAT = FieldName.of("format");
    private static final FieldName ID = FieldName.of("id");
    private static final FieldName OFFSET_UNIT = FieldName.of("offsetUnit");
    private static final FieldName TEXT = FieldName.of("text");
    private static final FieldName TEXT_REF = FieldName.of("textRef");
    private static final FieldName PATH = FieldName.of("path");
    private static final FieldName FINGERPRINT = FieldName.of("fingerprint");
    private static final FieldName SHA256 = FieldName.of("sha256");
    private static final FieldName CODEPOINTS = FieldName.of("codepoints");
    private static final FieldName UTF16 = FieldName.of("utf16");
    private static final FieldName METADATA = FieldName.of("metadata");
    private static final FieldName SCHEMA = FieldName.of("schema");
    private static final FieldName LAYERS = FieldName.of("layers");
    private static final FieldName NAME = FieldName.of("name");
    private static final FieldName KIND = FieldName.of("kind");
    private static final FieldName LABELS = FieldName.of("labels");
    private static final FieldName ATTRIBUTES = FieldName.of("attributes");
    private static final FieldName ROLES = FieldName.of("roles");
    private static final FieldName TYPE = FieldName.of("type");
    private static final FieldName VALUES = FieldName.of("values");
    private static final FieldName REQUIRED = FieldName.of("required");
    private static final FieldName MIN = FieldName.of("min");
    private static final FieldName MAX = FieldName.of("max");
    private static final FieldName TARGETS = FieldName.of("targets");

    private StandoffWriter() {
    }

    /**
     * Writes {@code document} in the file layout as UTF-8 to {@code out} (flushed, not closed), the
     * bytes {@code write(document, new BufferedWriter(new OutputStreamWriter(out, UTF_8)), options, false)}
     * gives, encoded directly.
     */
    public static void write(Document document, OutputStream out, WriterOptions options) throws IOException {
        write(document, out, options, false);
    }

    /**
     * Writes {@code document} as UTF-8 to {@code out} (flushed, not closed), in the file layout or,
     * when {@code compact}, on one line without a final newline (a JSON Lines record): the bytes of
     * the document as UTF-8; pretty output ends with a newline, compact output does not.
     */
    public static void write(Document document, OutputStream out, WriterOptions options, boolean compact) throws IOException {
        write(document, new Utf8JsonOutput(out, !compact), options);
    }

    private static void write(Document document, JsonOutput out, WriterOptions options) throws IOException {
        new StandoffWriterRun(document, out, options).write();
        out.finish();
    }

    /** The writing of one document. */
    private static final class StandoffWriterRun {
        private final Document doc;
        private final JsonOutput out;
        private final WriterOptions options;
        private final Writing writing;

        StandoffWriterRun(Document doc, JsonOutput out, WriterOptions options) {
            this.doc = doc;
            this.out = out;
            this.options = options;
            this.writing = new Writing(out, doc.text(), doc.offsets(), options.offsetUnit(), options.coveredText());
            if (options.coveredText() || options.textRef() == null) {
                out.useText(doc.text());
            }
        }

        void write() throws IOException {
            out.startObject();
            out.stringField(FORMAT, StandoffJson.FORMAT);
            out.stringField(ID, doc.id());
            out.stringField(OFFSET_UNIT, options.offsetUnit().wireName());
            text();
            Fingerprint fingerprint = doc.fingerprint();
            out.name(FINGERPRINT);
            out.startObject();
            out.stringField(SHA256, fingerprint.sha256());
            out.numberField(CODEPOINTS, fingerprint.codepoints());
            out.numberField(UTF16, fingerprint.utf16());
            out.endObject();
            strings(METADATA, doc.metadata());
            schema();
            for (Kinds.Section<?> section : Kinds.SECTIONS) {
                list(section);
            }
            if (doc.revision().isPresent()) {
                RevisionCodec.write(doc.revision().get(), out);
            }
            unknown(UnknownFields.DOCUMENT);
            out.endObject();
        }

        private void text() throws IOException {
            if (options.textRef() == null) {
                out.name(TEXT);
                out.textString(0, doc.text().length());
                return;
            }
            out.name(TEXT_REF);
            out.startObject();
            out.stringField(PATH, options.textRef());
            out.stringField(SHA256, doc.fingerprint().sha256());
            out.endObject();
        }

        /** The array of {@code section}, one element per line; left out when empty. */
        private <T> void list(Kinds.Section<T> section) throws IOException {
            List<T> items = section.get().apply(doc);
            if (items.isEmpty()) {
                return;
            }
            out.name(section.wire());
            out.startBlockArray();
            for (T item : items) {
                out.startObject();
                section.kind().writeFields(item, writing);
                unknown(writing.owner);
                out.endObject();
            }
            out.endArray();
        }

        private void unknown(String owner) throws IOException {
            Map<String, String> fields = doc.unknownFields().of(owner);
            if (fields.isEmpty()) {
                return;
            }
            for (Map.Entry<String, String> field : fields.entrySet()) {
                out.name(field.getKey());
                JsonCopy.writeRaw(field.getValue(), out);
            }
        }

        private void strings(FieldName name, Map<String, String> values) throws IOException {
            if (values.isEmpty()) {
                return;
            }
            out.name(name);
            out.startObject();
            for (Map.Entry<String, String> entry : values.entrySet()) {
                out.name(entry.getKey());
                out.string(entry.getValue());
            }
            out.endObject();
        }

        private void schema() throws IOException {
            if (doc.schema().layers().isEmpty()) {
                return;
            }
            out.name(SCHEMA);
            out.startObject();
            out.name(LAYERS);
            out.startBlockArray();
            for (LayerSchema layer : doc.schema().layers()) {
                layer(layer);
            }
            out.endArray();
            out.endObject();
        }

        private void layer(LayerSchema layer) throws IOException {
            out.startObject();
            out.stringField(NAME, layer.name());
            out.stringField(KIND, layer.kind().name());
            stringArray(LABELS, layer.labels());
            if (!layer.attributes().isEmpty()) {
                out.name(ATTRIBUTES);
                out.startArray();
                for (AttributeSchema attribute : layer.attributes()) {
                    attribute(attribute);
                }
                out.endArray();
            }
            if (!layer.roles().isEmpty()) {
                out.name(ROLES);
                out.startArray();
                for (RoleSchema role : layer.roles()) {
                    role(role);
                }
                out.endArray();
            }
            out.endObject();
        }

        private void attribute(AttributeSchema attribute) throws IOException {
            out.startObject();
            out.stringField(NAME, attribute.name());
            out.stringField(TYPE, attribute.type().name());
            stringArray(VALUES, attribute.values());
            if (attribute.required()) {
                out.name(REQUIRED);
                out.bool(true);
            }
            out.endObject();
        }

        private void role(RoleSchema role) throws IOException {
            out.startObject();
            out.stringField(NAME, role.name());
            out.numberField(MIN, role.min());
            if (role.max() != RoleSchema.UNBOUNDED) {
                out.numberField(MAX, role.max());
            }
            stringArray(TARGETS, role.targets());
            out.endObject();
        }

        private void stringArray(FieldName name, List<String> values) throws IOException {
            if (values.isEmpty()) {
                return;
            }
            out.name(name);
            out.startArray();
            for (String value : values) {
                out.string(value);
            }
            out.endArray();
        }
    }
}
