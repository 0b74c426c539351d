package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Consumer;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Provenance;
import java.util.Map;
import org.standoff.core.model.UnknownFields;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.schema.Schema;
import org.standoff.corpus.standoff.DiagnosticCodes;
import org.standoff.corpus.standoff.StandoffJson;

/**
 * Decodes the document object field by field, in whatever order the file has them, into a
 * {@link DocumentState}. Offsets are resolved later, once the text and unit are known.
 */
final class DocumentDecoder {
    private DocumentDecoder() {
    }

    static void decode(Cursor c, DocumentState doc) throws IOException {
        JsonToken first = c.next();
        if (first != JsonToken.START_OBJECT) {
            c.sink().fatal(DiagnosticCodes.JSON_SYNTAX, c.here(null), first == null ? "the input is empty"
                    : "a standoff document is a JSON object, found " + Cursor.describe(first));
            return;
        }
        for (String name = c.nextField(); name != null; name = c.nextField()) {
            if (!field(name, c, doc)) {
                return;
            }
        }
        if (c.next() != null) {
            c.sink().fatal(DiagnosticCodes.JSON_SYNTAX, c.here(null), "unexpected content after the document object");
        }
    }

    /** Decodes one top-level field; {@code false} when decoding must stop (unsupported format). */
    private static boolean field(String name, Cursor c, DocumentState doc) throws IOException {
        c.subject(null);
        switch (name) {
            case "format": return format(c, doc);
            case "id": doc.idLoc = c.loc(); doc.id = c.id(); break;
            case "offsetUnit": doc.offsetUnitLoc = c.loc(); doc.offsetUnit = c.string(); early(c, doc); break;
            case "text": doc.textLoc = c.loc(); doc.text = c.text(); early(c, doc); break;
            case "textRef": textRef(c, doc); break;
            case "fingerprint": fingerprint(c, doc); break;
            case "metadata": metadata(c, doc); break;
            case "schema": schema(c, doc); break;
            case "revision": RevisionCodec.read(c, doc); break;
            default: section(name, c, doc);
        }
        return true;
    }

    /** Makes the resolver of the text once the text and its unit are read, for comparing covered texts as they come. */
    private static void early(Cursor c, DocumentState doc) {
        if (doc.text == null || doc.offsetUnit == null || OffsetIndex.firstLoneSurrogate(doc.text) >= 0) {
            return;
        }
        for (OffsetUnit unit : OffsetUnit.values()) {
            if (unit.wireName().equals(doc.offsetUnit)) {
                doc.resolver = new Resolver(doc.text, unit, c.sink());
                c.early(doc.resolver);
            }
        }
    }

    /** Reads the array {@code name} of annotations or records, or keeps an unknown field of the document. */
    private static void section(String name, Cursor c, DocumentState doc) throws IOException {
        Kinds.Section<?> section = Kinds.section(name);
        if (section == null) {
            String raw = c.raw();
            if (raw != null) {
                doc.unknown(UnknownFields.DOCUMENT, Map.of(name, raw));
            }
            return;
        }
        if (!c.enterArray()) {
            return;
        }
        Consumer<Object> records = section.annotation() ? null
                : section.kind() == Kinds.ENTITY ? e -> doc.entities.add((Entity) e) : p -> doc.provenance.add((Provenance) p);
        while (c.nextElement()) {
            section.kind().readInto(c, doc, records);
        }
    }

    private static boolean format(Cursor c, DocumentState doc) throws IOException {
        doc.formatLoc = c.loc();
        doc.format = c.string();
        if (doc.format == null || doc.format.equals(StandoffJson.FORMAT)) {
            return true;
        }
        c.sink().fatal(DiagnosticCodes.FORMAT_UNSUPPORTED, doc.formatLoc, "unsupported format " + Texts.quote(doc.format)
                + ": this reader reads \"" + StandoffJson.FORMAT + "\"");
        return false;
    }

    private static void metadata(Cursor c, DocumentState doc) throws IOException {
        Map<String, String> values = Attributes.strings(c);
        if (values != null) {
            doc.metadata.putAll(values);
        }
    }

    private static void schema(Cursor c, DocumentState doc) throws IOException {
        Schema schema = SchemaDecoder.schema(c);
        if (schema != null) {
            doc.schema = schema;
        }
    }

    private static void textRef(Cursor c, DocumentState doc) throws IOException {
        doc.textRefLoc = c.loc();
        if (!c.enterObject()) {
            return;
        }
        ObjectState o = c.objectState(false);
        String path = null;
        String sha256 = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            switch (name) {
                case "path": path = o.check(c.string()); break;
                case "sha256": sha256 = o.check(sha256(c)); break;
                default: o.unknown(name);
            }
        }
        if (o.require(path, "path") & o.require(sha256, "sha256") && !o.isBroken()) {
            doc.textRefPath = path;
            doc.textRefSha256 = sha256;
        }
    }

    private static void fingerprint(Cursor c, DocumentState doc) throws IOException {
        doc.fingerprintLoc = c.loc();
        if (!c.enterObject()) {
            return;
        }
        ObjectState o = c.objectState(false);
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            switch (name) {
                case "sha256": doc.fingerprintSha256 = o.check(sha256(c)); break;
                case "codepoints": doc.fingerprintCodepoints = o.check(c.integer(0)); break;
                case "utf16": doc.fingerprintUtf16 = o.check(c.integer(0)); break;
                default: o.unknown(name);
            }
        }
        o.require(doc.fingerprintSha256, "sha256");
        o.require(doc.fingerprintCodepoints, "codepoints");
        o.require(doc.fingerprintUtf16, "utf16");
    }

    /** A sha256 in lower-case hex, or {@code null} after reporting. */
    static String sha256(Cursor c) throws IOException {
        Loc loc = c.loc();
        String value = c.string();
        if (value != null && !Fingerprint.isSha256Hex(value)) {
            c.sink().error(DiagnosticCodes.FIELD_VALUE, null, loc, "a sha256 is 64 lower-case hex digits, found "
                    + Texts.quote(value));
            return null;
        }
        return value;
    }
}
