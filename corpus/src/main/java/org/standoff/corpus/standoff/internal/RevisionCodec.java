package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.Revision;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * The document's {@code revision} object, read and written in this one place: the record of the
 * last re-anchoring onto the document's text (FORMAT.md, "Revision").
 *
 * <pre>{@code
 * "revision": {
 *   "previousFingerprint": {"sha256": "…", "codepoints": 5115, "utf16": 5115},
 *   "method": "diff+search+fuzzy", "threshold": 0.75,
 *   "anchors": [
 *     {"annotation": "q7", "status": "edited", "score": 0.97, "previousText": "\"…\""},
 *     {"annotation": "a3", "status": "orphaned", "orphanedParts": ["q9"]}, …]}
 * }</pre>
 */
final class RevisionCodec {
    private static final FieldName REVISION = FieldName.of("revision");
    private static final FieldName PREVIOUS_FINGERPRINT = FieldName.of("previousFingerprint");
    private static final FieldName SHA256 = FieldName.of("sha256");
    private static final FieldName CODEPOINTS = FieldName.of("codepoints");
    private static final FieldName UTF16 = FieldName.of("utf16");
    private static final FieldName METHOD = FieldName.of("method");
    private static final FieldName THRESHOLD = FieldName.of("threshold");
    private static final FieldName ANCHORS = FieldName.of("anchors");
    private static final FieldName ANNOTATION = FieldName.of("annotation");
    private static final FieldName STATUS = FieldName.of("status");
    private static final FieldName SCORE = FieldName.of("score");
    private static final FieldName PREVIOUS_TEXT = FieldName.of("previousText");
    private static final FieldName ORPHANED_PARTS = FieldName.of("orphanedParts");

    private RevisionCodec() {
    }

    /** Writes {@code revision} as the document's {@code revision} field. */
    static void write(Revision revision, JsonOutput out) throws IOException {
        out.name(REVISION);
        out.startObject();
        out.name(PREVIOUS_FINGERPRINT);
        out.startObject();
        out.stringField(SHA256, revision.previousFingerprint().sha256());
        out.numberField(CODEPOINTS, revision.previousFingerprint().codepoints());
        out.numberField(UTF16, revision.previousFingerprint().utf16());
        out.endObject();
        out.stringField(METHOD, revision.method());
        out.name(THRESHOLD);
        out.number(revision.threshold());
        out.name(ANCHORS);
        out.startBlockArray();
        for (Revision.Anchor anchor : revision.anchors()) {
            out.startObject();
            out.stringField(ANNOTATION, anchor.annotation());
            out.stringField(STATUS, anchor.status().wireName());
            if (anchor.score() != null) {
                out.name(SCORE);
                out.number(anchor.score());
            }
            if (anchor.previousText() != null) {
                out.stringField(PREVIOUS_TEXT, anchor.previousText());
            }
            if (!anchor.orphanedParts().isEmpty()) {
                out.name(ORPHANED_PARTS);
                out.startArray();
                for (String part : anchor.orphanedParts()) {
                    out.string(part);
                }
                out.endArray();
            }
            out.endObject();
        }
        out.endArray();
        out.endObject();
    }

    /** Reads the {@code revision} object the cursor is on into {@code doc}, reporting every problem. */
    static void read(Cursor c, DocumentState doc) throws IOException {
        if (!c.enterObject()) {
            return;
        }
        ObjectState o = c.objectState(false);
        Fingerprint previous = null;
        String method = null;
        Double threshold = null;
        List<Revision.Anchor> anchors = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            switch (name) {
                case "previousFingerprint": previous = o.check(fingerprint(c)); break;
                case "method": method = o.check(c.string()); break;
                case "threshold": threshold = o.check((Double) Value.fraction("threshold").read(c)); break;
                case "anchors": anchors = o.check(anchors(c)); break;
                default: o.unknown(name);
            }
        }
        if (o.require(previous, "previousFingerprint") & o.require(method, "method")
                & o.require(threshold, "threshold") & o.require(anchors, "anchors") && !o.isBroken()) {
            doc.revision = new Revision(previous, method, threshold, anchors);
        }
    }

    private static Fingerprint fingerprint(Cursor c) throws IOException {
        if (!c.enterObject()) {
            return null;
        }
        ObjectState o = c.objectState(false);
        String sha256 = null;
        Integer codepoints = null;
        Integer utf16 = null;
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            switch (name) {
                case "sha256": sha256 = o.check(DocumentDecoder.sha256(c)); break;
                case "codepoints": codepoints = o.check(c.integer(0)); break;
                case "utf16": utf16 = o.check(c.integer(0)); break;
                default: o.unknown(name);
            }
        }
        if (o.require(sha256, "sha256") & o.require(codepoints, "codepoints") & o.require(utf16, "utf16") && !o.isBroken()) {
            if (utf16 >= codepoints) {
                return new Fingerprint(sha256, codepoints, utf16);
            }
            c.sink().error(DiagnosticCodes.FIELD_VALUE, null, o.loc(), "a text cannot have fewer UTF-16 units (" + utf16
                    + ") than code points (" + codepoints + ")");
        }
        return null;
    }

    private static List<Revision.Anchor> anchors(Cursor c) throws IOException {
        if (!c.enterArray()) {
            return null;
        }
        List<Revision.Anchor> anchors = new ArrayList<>();
        boolean broken = false;
        while (c.nextElement()) {
            c.subject(null);
            Revision.Anchor anchor = c.enterObject() ? anchor(c) : null;
            broken |= anchor == null;
            if (anchor != null) {
                anchors.add(anchor);
            }
        }
        return broken ? null : anchors;
    }

    private static Revision.Anchor anchor(Cursor c) throws IOException {
        ObjectState o = c.objectState(false);
        String annotation = null;
        AnchorStatus status = null;
        Double score = null;
        String previousText = null;
        List<String> orphanedParts = List.of();
        for (String name = o.nextField(); name != null; name = o.nextField()) {
            switch (name) {
                case "annotation": annotation = o.check(c.id()); c.subject(annotation); break;
                case "status": status = o.check(status(c)); break;
                case "score": score = o.check((Double) Value.fraction("score").read(c)); break;
                case "previousText": previousText = o.check(c.string()); break;
                case "orphanedParts": orphanedParts = o.check(ids(c)); break;
                default: o.unknown(name);
            }
        }
        if (o.require(annotation, "annotation") & o.require(status, "status") && !o.isBroken()) {
            return new Revision.Anchor(annotation, status, score, previousText, orphanedParts);
        }
        return null;
    }

    private static AnchorStatus status(Cursor c) throws IOException {
        Loc loc = c.loc();
        String value = c.string();
        if (value == null) {
            return null;
        }
        for (AnchorStatus status : AnchorStatus.values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        c.sink().error(DiagnosticCodes.FIELD_VALUE, c.subject(), loc,
                "expected one of exact, shifted, edited, fuzzy, orphaned, found " + Texts.quote(value));
        return null;
    }

    private static List<String> ids(Cursor c) throws IOException {
        if (!c.enterArray()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        boolean broken = false;
        while (c.nextElement()) {
            String id = c.string();
            broken |= id == null;
            if (id != null) {
                ids.add(id);
            }
        }
        return broken ? null : ids;
    }
}
