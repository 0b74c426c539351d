package org.standoff.corpus.w3c;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Document;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.Provenance;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;
import org.standoff.corpus.exchange.DocumentFileName;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.FlatDocument;
import org.standoff.corpus.exchange.FlatRelation;
import org.standoff.corpus.exchange.FlatSpan;
import org.standoff.corpus.exchange.FlatWriter;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.Losses;

/**
 * Writes a document as one {@code AnnotationCollection}: each span an {@code Annotation} with a
 * {@code TextPositionSelector} and a {@code TextQuoteSelector} (32 code points of context), its label a
 * tagging {@code TextualBody}; each attribution or relation a {@code linking} annotation targeting
 * annotation ids; our layer, attributes, roles, unit and fingerprint as {@code standoff:} extension
 * properties.
 */
final class W3cWriter {
    /** The JSON-LD context: the W3C one plus our prefix. */
    static final String NAMESPACE = "https://standoff.org/ns#";
    /** The IRI prefix of an exported document, {@code urn:standoff:<id>}. */
    static final String BASE = "urn:standoff:";
    /** The motivation the writer gives a span's annotation when the document kept none. */
    static final String SPAN_MOTIVATION = "tagging";
    /** The motivation the writer gives a relation's annotation when the document kept none. */
    static final String LINK_MOTIVATION = "linking";
    private static final int CONTEXT = 32;

    private final OffsetUnit unit;
    private final Losses losses = new Losses("W3C Web Annotation");

    private W3cWriter(ExportOptions options) {
        this.unit = options.offsetUnit() == null ? OffsetUnit.CODEPOINT : options.offsetUnit();
    }

    static ExportResult write(List<Document> documents, ExportOptions options) {
        W3cWriter writer = new W3cWriter(options);
        List<ExportResult.OutputFile> files = new ArrayList<>();
        for (Document document : documents) {
            ObjectNode collection = writer.collection(FlatWriter.write(document, writer.losses));
            try {
                files.add(new ExportResult.OutputFile(DocumentFileName.of(document.id(), ".w3c.jsonld"),
                        JsonInput.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(collection) + "\n"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree always serializes", e);
            }
        }
        return new ExportResult(files, writer.losses.diagnostics());
    }

    private ObjectNode collection(FlatDocument doc) {
        String base = BASE + doc.id();
        String prefix = base + "#";
        ObjectNode root = JsonInput.MAPPER.createObjectNode();
        root.putArray("@context").add("http://www.w3.org/ns/anno.jsonld").addObject().put("standoff", NAMESPACE);
        root.put("id", base).put("type", "AnnotationCollection");
        root.put("standoff:documentId", doc.id()).put("standoff:idPrefix", prefix).put("standoff:offsetUnit", unit.wireName());
        Fingerprint fingerprint = Fingerprint.of(doc.text());
        root.putObject("standoff:fingerprint").put("sha256", fingerprint.sha256())
                .put("codepoints", fingerprint.codepoints()).put("utf16", fingerprint.utf16());
        ObjectNode metadata = root.putObject("standoff:metadata");
        doc.metadata().forEach(metadata::put);
        root.put("total", doc.spans().size() + doc.relations().size());
        ObjectNode page = root.putObject("first");
        page.put("type", "AnnotationPage").put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        Map<String, Provenance> records = new LinkedHashMap<>();
        doc.provenance().forEach(p -> records.put(p.id().value(), p));
        OffsetIndex index = OffsetIndex.of(doc.text());
        for (FlatSpan span : doc.spans()) {
            ObjectNode item = annotation(items, prefix + span.id(), span.layer(), span.label(), span.attributes(),
                    records.get(span.provenance()), SPAN_MOTIVATION);
            ObjectNode target = item.putObject("target");
            target.put("source", span.attributes().getOrDefault(W3cFormat.KEPT + "source",
                    doc.metadata().getOrDefault("source", base)));
            ArrayNode selectors = target.putArray("selector");
            selectors(selectors, doc.text(), index, span.span());
            String rest = span.attributes().get(W3cFormat.KEPT + "target");
            if (rest != null) {
                JsonInput.unkept(rest).properties().forEach(field -> {
                    if (field.getKey().equals("selector")) {
                        JsonInput.list(field.getValue()).forEach(selectors::add);
                    } else {
                        target.set(field.getKey(), field.getValue());
                    }
                });
            }
        }
        for (FlatRelation relation : doc.relations()) {
            ObjectNode item = annotation(items, prefix + relation.id(), relation.layer(), relation.label(),
                    relation.attributes(), records.get(relation.provenance()), LINK_MOTIVATION);
            ArrayNode targets = item.putArray("target");
            ArrayNode roles = item.putArray("standoff:roles");
            relation.arguments().forEach(arg -> {
                targets.add(prefix + arg.target());
                roles.add(arg.role());
            });
        }
        return root;
    }

    /**
     * One annotation: its layer, label and attributes, provenance, and the fields the reader kept
     * ({@value W3cFormat#KEPT}NAME attributes) given back as they were. The label is written as a
     * tagging body unless the kept {@code tags} or {@code motivation} give it already, so that an
     * annotation that had no tag gets none invented.
     */
    private ObjectNode annotation(ArrayNode items, String id, String layer, String label, Map<String, String> attributes,
                                  Provenance provenance, String motivation) {
        ObjectNode item = items.addObject();
        item.put("id", id).put("type", "Annotation").put("standoff:layer", layer);
        Map<String, com.fasterxml.jackson.databind.JsonNode> kept = new LinkedHashMap<>();
        Map<String, String> own = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (name.startsWith(W3cFormat.KEPT)) {
                kept.put(name.substring(W3cFormat.KEPT.length()), JsonInput.unkept(value));
            } else {
                own.put(name, value);
            }
        });
        com.fasterxml.jackson.databind.JsonNode motivated = kept.containsKey("motivation") ? kept.remove("motivation")
                : JsonInput.MAPPER.getNodeFactory().textNode(motivation);
        if (!motivated.isNull()) {
            item.set("motivation", motivated);
        }
        com.fasterxml.jackson.databind.JsonNode tags = kept.getOrDefault("tags", JsonInput.MAPPER.createArrayNode());
        String given = tags.size() > 0 ? tags.get(0).asText() : motivated.isNull() ? "annotation" : motivated.asText();
        if (!label.equals(given)) {
            item.putArray("body").addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", label);
        }
        if (!own.isEmpty()) {
            ObjectNode values = item.putObject("standoff:attributes");
            own.forEach(values::put);
        }
        if (provenance != null) {
            item.put("standoff:provenance", provenance.id().value());
            item.putObject("creator").put("type", provenance.agentType() == AgentType.HUMAN ? "Person" : "Software")
                    .put("name", provenance.agent());
            if (provenance.time() != null) {
                item.put("created", provenance.time().toString());
            }
            if (provenance.confidence() != null) {
                item.put("standoff:confidence", provenance.confidence());
            }
        }
        kept.remove("target");
        kept.remove("source");
        kept.forEach(item::set);
        if (!kept.isEmpty() || attributes.containsKey(W3cFormat.KEPT + "motivation")) {
            ArrayNode names = item.putArray("standoff:kept");
            kept.keySet().forEach(names::add);
            if (attributes.containsKey(W3cFormat.KEPT + "motivation")) {
                names.add("motivation");
            }
        }
        return item;
    }

    private void selectors(ArrayNode selectors, String text, OffsetIndex index, Span span) {
        selectors.addObject().put("type", "TextPositionSelector").put("start", index.fromUtf16(span.start(), unit))
                .put("end", index.fromUtf16(span.end(), unit));
        int before = text.offsetByCodePoints(span.start(), -Math.min(CONTEXT, text.codePointCount(0, span.start())));
        int after = text.offsetByCodePoints(span.end(), Math.min(CONTEXT, text.codePointCount(span.end(), text.length())));
        selectors.addObject().put("type", "TextQuoteSelector").put("exact", span.coveredText(text))
                .put("prefix", text.substring(before, span.start())).put("suffix", text.substring(span.end(), after));
    }
}
