package org.standoff.corpus.w3c;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.exchange.FlatDocument;
import org.standoff.corpus.exchange.FlatReader;
import org.standoff.corpus.exchange.FlatRelation;
import org.standoff.corpus.exchange.FlatSpan;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.OffsetReading;
import org.standoff.corpus.exchange.UnitDetection;

/** Reads W3C Web Annotation files (see {@link W3cFormat}): containers, then selectors, then links. */
final class W3cReader {
    private static final List<OffsetReading> CANDIDATES = List.of(OffsetReading.of(OffsetUnit.CODEPOINT),
            OffsetReading.of(OffsetUnit.UTF16));

    private final ImportOptions options;
    private final boolean hypothesis;
    private final List<org.standoff.core.model.Document> documents = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** A reader; {@code hypothesis}: the files are Hypothesis API records, whose offsets count UTF-16 units. */
    W3cReader(ImportOptions options, boolean hypothesis) {
        this.options = options;
        this.hypothesis = hypothesis;
    }

    ImportResult read(List<SourceFile> files) {
        JsonInput.readEach(files, diagnostics, this::readFile);
        return new ImportResult(documents, diagnostics);
    }

    private void readFile(String source, JsonNode root) {
        Map<String, JsonNode> annotations = new LinkedHashMap<>();
        boolean hypothesis = this.hypothesis || root.has("rows");
        collect(root, "", annotations);
        String text = options.text();
        if (text == null) {
            diagnostics.add(JsonInput.error("w3c.no-text", null, source, "", annotations.size() + " annotation(s)"
                    + " not imported: W3C annotations carry no document text; " + options.names().giveText()));
            return;
        }
        checkFingerprint(source, root, text);
        String prefix = root.path("standoff:idPrefix").asText("");
        W3cAnnotations parsed = new W3cAnnotations(source, text, prefix, diagnostics);
        annotations.forEach((pointer, node) -> parsed.add(pointer, node));
        OffsetUnit declared = options.offsetUnit();
        if (declared == null && root.has("standoff:offsetUnit")) {
            declared = OffsetUnit.fromWireName(root.get("standoff:offsetUnit").asText());
        }
        OffsetUnit expected = hypothesis ? OffsetUnit.UTF16 : OffsetUnit.CODEPOINT;
        UnitDetection.Result positions = UnitDetection.detectOrExpected(UnitDetection.Request.of(source, text,
                parsed.positions(), OffsetReading.of(expected)).withCandidates(CANDIDATES).withOptions(options)
                .withStated(declared));
        diagnostics.addAll(positions.fileDiagnostics());
        List<FlatSpan> spans = parsed.spans(positions);
        List<FlatRelation> relations = parsed.relations();
        Map<String, String> metadata = new LinkedHashMap<>(parsed.metadata());
        root.path("standoff:metadata").properties().forEach(f -> metadata.put(f.getKey(), JsonInput.text(f.getValue())));
        String id = options.documentId() != null ? options.documentId()
                : root.path("standoff:documentId").asText(JsonInput.baseName(source));
        java.util.Set<String> used = new java.util.HashSet<>();
        spans.forEach(span -> used.add(span.provenance()));
        relations.forEach(relation -> used.add(relation.provenance()));
        List<org.standoff.core.model.Provenance> provenance = parsed.provenance().stream()
                .filter(p -> used.contains(p.id().value())).toList();
        FlatDocument flat = new FlatDocument(id, text, metadata, spans, relations, provenance);
        documents.add(FlatReader.read(flat, diagnostics));
    }

    /** Finds the annotations in a collection, page, array, Hypothesis result or single annotation, by JSON pointer. */
    private void collect(JsonNode node, String pointer, Map<String, JsonNode> out) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        } else if (node.has("rows")) {
            collect(node.get("rows"), pointer + "/rows", out);
        } else if (node.has("first") && node.get("first").isObject()) {
            collect(node.get("first"), pointer + "/first", out);
        } else if (node.has("items") && type(node).equals("AnnotationPage")) {
            collect(node.get("items"), pointer + "/items", out);
        } else if (node.isObject()) {
            out.put(pointer, node);
        }
    }

    static String type(JsonNode node) {
        return node.path("type").asText(node.path("@type").asText(""));
    }

    private void checkFingerprint(String source, JsonNode root, String text) {
        String sha = root.path("standoff:fingerprint").path("sha256").asText(null);
        if (sha != null && !sha.equals(Fingerprint.sha256Hex(text))) {
            diagnostics.add(JsonInput.error("w3c.fingerprint", null, source, "/standoff:fingerprint/sha256",
                    "the annotations were made on a text with sha256 " + sha + ", but the given text has sha256 "
                    + Fingerprint.sha256Hex(text)));
        }
    }
}
