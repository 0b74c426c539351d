package org.standoff.corpus.standoff.internal;

import java.nio.file.Path;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.standoff.DiagnosticCodes;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.ReaderOptions;

/**
 * Builds the document from a decoded {@link DocumentState}: checks the header fields, loads
 * sidecar text, checks the fingerprint (before any span is touched), resolves every pending
 * annotation's offsets, and runs the core validator with its findings mapped to JSON pointers.
 */
final class Assembler {
    private static final Loc ROOT = new Loc("", 1, 1);

    private Assembler() {
    }

    static ReadResult assemble(DocumentState doc, Sink sink, ReaderOptions options) {
        if (doc.formatLoc == null) {
            sink.error(DiagnosticCodes.FIELD_MISSING, null, ROOT, "missing required field \"format\" (\"" + StandoffJson.FORMAT + "\")");
        }
        if (doc.idLoc == null) {
            require(null, "id", sink);
        }
        boolean usable = doc.id != null;
        OffsetUnit unit = unit(doc, sink);
        String text = text(doc, sink, options);
        if (!usable || unit == null || text == null || !fingerprintMatches(doc, text, sink)) {
            return new ReadResult(null, sink.diagnostics());
        }
        checkSurrogates(text, doc, sink);
        Document document = build(doc, text, unit, sink);
        if (options.validate()) {
            for (Diagnostic diagnostic : Validator.validate(document)) {
                Loc loc = locate(diagnostic, doc);
                sink.add(loc == null ? diagnostic : diagnostic.at(loc.toLocation(null)));
            }
        }
        return new ReadResult(document, sink.diagnostics());
    }

    /** Where a validator finding is: its subject's object; for a duplicate id, the second object with it. */
    private static Loc locate(Diagnostic diagnostic, DocumentState doc) {
        String subject = diagnostic.subject();
        if (subject == null) {
            return null;
        }
        return diagnostic.code().equals("id.duplicate") ? doc.duplicateLocOf(subject) : doc.locOf(subject);
    }

    private static boolean require(Object value, String name, Sink sink) {
        if (value == null) {
            sink.error(DiagnosticCodes.FIELD_MISSING, null, ROOT, "missing required field \"" + name + "\"");
        }
        return value != null;
    }

    private static OffsetUnit unit(DocumentState doc, Sink sink) {
        if (doc.offsetUnit == null) {
            if (doc.offsetUnitLoc == null) {
                require(null, "offsetUnit", sink);
            }
            return null;
        }
        for (OffsetUnit unit : OffsetUnit.values()) {
            if (unit.wireName().equals(doc.offsetUnit)) {
                return unit;
            }
        }
        sink.error(DiagnosticCodes.FIELD_VALUE, null, doc.offsetUnitLoc, "unknown offset unit " + Texts.quote(doc.offsetUnit)
                + " (expected \"codepoint\", \"utf16\" or \"utf8\")");
        return null;
    }

    private static String text(DocumentState doc, Sink sink, ReaderOptions options) {
        if (doc.text != null && doc.textRefLoc != null) {
            sink.error(DiagnosticCodes.FIELD_CONFLICT, null, doc.textRefLoc, "a document has either \"text\" or \"textRef\", not both");
            return null;
        }
        if (doc.text != null) {
            return doc.text;
        }
        if (doc.textRefLoc == null) {
            if (doc.textLoc == null) {
                sink.error(DiagnosticCodes.FIELD_MISSING, null, ROOT, "missing required field \"text\" (or \"textRef\")");
            }
            return null;
        }
        if (doc.textRefPath == null) {
            return null;
        }
        Path base = options.baseDirectory();
        return TextRefs.load(base, doc.textRefPath, doc.textRefSha256, options.maxDocumentBytes(), doc.textRefLoc, sink);
    }

    private static boolean fingerprintMatches(DocumentState doc, String text, Sink sink) {
        if (doc.fingerprintLoc == null) {
            return true;
        }
        Fingerprint actual = doc.resolver != null && doc.resolver.text() == text ? doc.resolver.fingerprint() : Fingerprint.of(text);
        boolean ok = same("sha256", doc.fingerprintSha256, actual.sha256(), doc, sink);
        ok &= same("codepoints", doc.fingerprintCodepoints, actual.codepoints(), doc, sink);
        ok &= same("utf16", doc.fingerprintUtf16, actual.utf16(), doc, sink);
        return ok;
    }

    private static boolean same(String field, Object declared, Object actual, DocumentState doc, Sink sink) {
        if (declared == null || declared.equals(actual)) {
            return true;
        }
        sink.error(DiagnosticCodes.FINGERPRINT_MISMATCH, null, doc.fingerprintLoc.child("/" + field), "the text's "
                + field + " is " + actual + ", but the fingerprint says " + declared
                + "; the annotations were made on another text, so no span is read");
        return false;
    }

    private static void checkSurrogates(String text, DocumentState doc, Sink sink) {
        if (doc.resolver != null && doc.resolver.text() == text) {
            return; // made only for a text without one
        }
        int i = OffsetIndex.firstLoneSurrogate(text);
        if (i >= 0) {
            sink.error(DiagnosticCodes.TEXT_UNPAIRED_SURROGATE, null, doc.textLoc == null ? ROOT : doc.textLoc,
                    "the text has an unpaired surrogate U+" + Integer.toHexString(text.charAt(i)).toUpperCase()
                            + " at UTF-16 offset " + i);
        }
    }

    private static Document build(DocumentState doc, String text, OffsetUnit unit, Sink sink) {
        DocumentBuilder builder = org.standoff.core.model.Document.builder(doc.id, text)
                .metadata(doc.metadata).schema(doc.schema).revision(doc.revision);
        doc.entities.forEach(builder::entity);
        doc.provenance.forEach(builder::provenance);
        Resolver resolver = doc.resolver != null && doc.resolver.text() == text ? doc.resolver : new Resolver(text, unit, sink);
        for (Object item : doc.annotations) {
            Annotation annotation = item instanceof Pending ? ((Pending) item).make(resolver) : (Annotation) item;
            if (annotation != null) {
                builder.add(annotation);
            }
        }
        doc.unknown.forEach((owner, fields) -> fields.forEach((name, raw) -> builder.unknownField(owner, name, raw)));
        return builder.build();
    }
}
