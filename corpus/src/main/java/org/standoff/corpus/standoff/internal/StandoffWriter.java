package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.UnknownFields;
import org.standoff.core.schema.AttributeSchema;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.RoleSchema;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * Writes a document as canonical standoff JSON with a streaming generator: fixed field order, span
 * annotations in document order, empty arrays and objects left out, unknown fields after the known
 * ones. Pretty (the file layout of {@link Layout}) or compact (one line, for JSON Lines).
 */
public final class StandoffWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private StandoffWriter() {
    }

    /** One annotation writer step; the generator is inside the annotation's object. */
    private interface Body<T> {
        void write(T item) throws IOException;
    }

    /**
     * Writes {@code document} in the file layout as UTF-8 to {@code out} (flushed, not closed), the
     * bytes {@code write(document, new BufferedWriter(new OutputStreamWriter(out, UTF_8)), options, false)}
     * gives, without the JDK encoder's overhead.
     */
    public static void write(Document document, java.io.OutputStream out, WriterOptions options) throws IOException {
        write(document, new Utf8Writer(out), options, false);
    }

    /** Writes {@code document} to {@code out} (not closed); pretty output ends with a newline, compact output does not. */
    public static void write(Document document, Writer out, WriterOptions options, boolean compact) throws IOException {
        Layout layout = compact ? null : new Layout();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(layout);
            new StandoffWriterRun(document, g, layout, options).write();
        }
        if (!compact) {
            out.write('\n');
            out.flush();
        }
    }

    /** The writing of one document. */
    private static final class StandoffWriterRun {
        private final Document doc;
        private final JsonGenerator g;
        private final Layout layout;
        private final WriterOptions options;
        private final AnnotationWriter annotations;

        StandoffWriterRun(Document doc, JsonGenerator g, Layout layout, WriterOptions options) {
            this.doc = doc;
            this.g = g;
            this.layout = layout;
            this.options = options;
            this.annotations = new AnnotationWriter(g, doc.text(), options.offsetUnit(), options.coveredText());
        }

        void write() throws IOException {
            g.writeStartObject();
            g.writeStringField("format", DocumentDecoder.FORMAT);
            g.writeStringField("id", doc.id());
            g.writeStringField("offsetUnit", options.offsetUnit().wireName());
            text();
            Fingerprint fingerprint = doc.fingerprint();
            g.writeObjectFieldStart("fingerprint");
            g.writeStringField("sha256", fingerprint.sha256());
            g.writeNumberField("codepoints", fingerprint.codepoints());
            g.writeNumberField("utf16", fingerprint.utf16());
            g.writeEndObject();
            strings("metadata", doc.metadata());
            schema();
            list("entities", doc.entities(), this::entity);
            list("mentions", doc.mentions(), annotations::mention);
            list("quotes", doc.quotes(), annotations::quote);
            list("cues", doc.cues(), annotations::cue);
            list("attributions", doc.attributions(), annotations::attribution);
            list("claims", doc.claims(), annotations::claim);
            list("segments", doc.segments(), annotations::segment);
            list("annotations", doc.genericSpans(), annotations::genericSpan);
            list("relations", doc.genericRelations(), annotations::relation);
            list("provenance", doc.provenance(), this::provenance);
            unknown(UnknownFields.DOCUMENT);
            g.writeEndObject();
        }

        private void text() throws IOException {
            if (options.textRef() == null) {
                g.writeStringField("text", doc.text());
                return;
            }
            g.writeObjectFieldStart("textRef");
            g.writeStringField("path", options.textRef());
            g.writeStringField("sha256", doc.fingerprint().sha256());
            g.writeEndObject();
        }

        private <T> void list(String name, List<T> items, Body<T> body) throws IOException {
            if (items.isEmpty()) {
                return;
            }
            g.writeFieldName(name);
            if (layout != null) {
                layout.blockArray();
            }
            g.writeStartArray();
            for (T item : items) {
                g.writeStartObject();
                body.write(item);
                unknown(ownerOf(item));
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private static String ownerOf(Object item) {
            if (item instanceof Entity) {
                return ((Entity) item).id().value();
            }
            if (item instanceof Provenance) {
                return ((Provenance) item).id().value();
            }
            return ((org.standoff.core.model.Annotation) item).id().value();
        }

        private void unknown(String owner) throws IOException {
            for (Map.Entry<String, String> field : doc.unknownFields().of(owner).entrySet()) {
                g.writeFieldName(field.getKey());
                JsonCopy.writeRaw(field.getValue(), g);
            }
        }

        private void strings(String name, Map<String, String> values) throws IOException {
            if (values.isEmpty()) {
                return;
            }
            g.writeObjectFieldStart(name);
            for (Map.Entry<String, String> entry : values.entrySet()) {
                g.writeStringField(entry.getKey(), entry.getValue());
            }
            g.writeEndObject();
        }

        private void entity(Entity e) throws IOException {
            g.writeStringField("id", e.id().value());
            g.writeStringField("canonicalName", e.canonicalName());
            g.writeStringField("entityType", e.entityType().name());
            strings("kbIds", e.kbIds());
            if (e.metonymy()) {
                g.writeBooleanField("metonymy", true);
            }
            if (e.provenance() != null) {
                g.writeStringField("provenance", e.provenance().value());
            }
        }

        private void provenance(Provenance p) throws IOException {
            g.writeStringField("id", p.id().value());
            g.writeStringField("agent", p.agent());
            g.writeStringField("agentType", p.agentType().name());
            if (p.time() != null) {
                g.writeStringField("time", p.time().toString());
            }
            if (p.confidence() != null) {
                g.writeNumberField("confidence", p.confidence());
            }
        }

        private void schema() throws IOException {
            if (doc.schema().layers().isEmpty()) {
                return;
            }
            g.writeObjectFieldStart("schema");
            g.writeFieldName("layers");
            if (layout != null) {
                layout.blockArray();
            }
            g.writeStartArray();
            for (LayerSchema layer : doc.schema().layers()) {
                layer(layer);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void layer(LayerSchema layer) throws IOException {
            g.writeStartObject();
            g.writeStringField("name", layer.name());
            g.writeStringField("kind", layer.kind().name());
            stringArray("labels", layer.labels());
            if (!layer.attributes().isEmpty()) {
                g.writeArrayFieldStart("attributes");
                for (AttributeSchema attribute : layer.attributes()) {
                    attribute(attribute);
                }
                g.writeEndArray();
            }
            if (!layer.roles().isEmpty()) {
                g.writeArrayFieldStart("roles");
                for (RoleSchema role : layer.roles()) {
                    role(role);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        private void attribute(AttributeSchema attribute) throws IOException {
            g.writeStartObject();
            g.writeStringField("name", attribute.name());
            g.writeStringField("type", attribute.type().name());
            stringArray("values", attribute.values());
            if (attribute.required()) {
                g.writeBooleanField("required", true);
            }
            g.writeEndObject();
        }

        private void role(RoleSchema role) throws IOException {
            g.writeStartObject();
            g.writeStringField("name", role.name());
            g.writeNumberField("min", role.min());
            if (role.max() != RoleSchema.UNBOUNDED) {
                g.writeNumberField("max", role.max());
            }
            stringArray("targets", role.targets());
            g.writeEndObject();
        }

        private void stringArray(String name, List<String> values) throws IOException {
            if (values.isEmpty()) {
                return;
            }
            g.writeArrayFieldStart(name);
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        }
    }
}
