package org.standoff.corpus.doccano;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.AnyId;
import org.standoff.core.model.Document;
import org.standoff.core.model.DocumentBuilder;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericRelation;
import org.standoff.core.model.GenericRelationId;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.model.SpanAnnotation;
import org.standoff.core.schema.LayerSchema;
import org.standoff.core.schema.RoleSchema;
import org.standoff.core.schema.Schema;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Location;
import org.standoff.core.validation.Validator;
import org.standoff.corpus.exchange.DecodedText;
import org.standoff.corpus.exchange.DomainLabels;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.InvalidInput;
import org.standoff.corpus.exchange.OffsetReading;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.exchange.SpanClaim;
import org.standoff.corpus.exchange.UnitDetection;
import org.standoff.corpus.exchange.JsonInput;

/**
 * Reads doccano JSONL. Each line is a document: {@code text} (or {@code data}), spans from
 * {@code label} (or {@code labels}) triples or {@code entities} objects, relations from
 * {@code relations}; other fields become metadata (strings as they are, other values as JSON).
 * Document id: the line's {@code id}, else {@code FILE-LINE}. Span ids are {@code span-ID} for
 * entities (their doccano id) and {@code span-N} for triples; relation ids {@code rel-ID}, or
 * {@code rel-N} (N its position) for a relation without an id, as in doccano's import example.
 * Labels the writer gives domain spans, and its {@code Source}/{@code Cue} relations, come back as
 * domain annotations and attributions ({@link DoccanoDomain}); everything else is generic.
 */
final class DoccanoReader {
    private static final Set<String> KNOWN = Set.of("id", "text", "data", "label", "labels", "entities", "relations");

    private DoccanoReader() {
    }

    static ImportResult read(List<SourceFile> files, ImportOptions options) {
        List<Document> documents = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SourceFile file : files) {
            DecodedText content = DecodedText.of(file);
            diagnostics.addAll(content.diagnostics());
            String[] lines = content.text().split("\r?\n", -1);
            String base = file.name().replaceAll("^.*/", "").replaceAll("\\.[^.]*$", "");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    Location where = new Location(file.name(), null, i + 1, 1);
                    String raw = lines[i];
                    String fallbackId = base + "-" + (i + 1);
                    Document doc = InvalidInput.orReport(where, null, "the line", diagnostics,
                            () -> line(raw, fallbackId, where, options, diagnostics));
                    if (doc != null) {
                        documents.add(doc);
                    }
                }
            }
        }
        if (options.documentId() != null && documents.size() == 1) {
            documents.set(0, documents.get(0).toBuilder().id(options.documentId()).build());
        }
        return new ImportResult(documents, diagnostics);
    }

    private static Document line(String line, String fallbackId, Location where, ImportOptions options, List<Diagnostic> out) {
        JsonNode node = JsonInput.parseLine(line, where, "doccano.syntax", out).orElse(null);
        if (node == null) {
            return null;
        }
        JsonNode text = node.has("text") ? node.get("text") : node.get("data");
        if (text == null || !text.isTextual()) {
            out.add(Diagnostic.error("doccano.syntax", null, "the line has no \"text\" string").at(where));
            return null;
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : fallbackId;
        List<SpanClaim> claims = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        spans(node, claims, labels, where, out);
        UnitDetection.Result units = UnitDetection.detect(UnitDetection.Request.of(where.source() + ":" + where.line(),
                        text.asText(), claims, OffsetReading.of(org.standoff.core.text.OffsetUnit.UTF16))
                .withCandidates(List.of(OffsetReading.of(org.standoff.core.text.OffsetUnit.CODEPOINT), OffsetReading.grapheme()))
                .withOptions(options));
        units.diagnostics().forEach(d -> out.add(d.location().line() == 0 ? d.at(where) : d));
        if (!units.isDecided()) {
            return null;
        }
        DocumentBuilder builder = Document.builder(id, text.asText());
        Map<String, SpanAnnotation> spans = new LinkedHashMap<>();
        Set<String> spanLabels = new LinkedHashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            Extent extent = units.extents().get(i);
            if (extent != null) {
                String spanId = claims.get(i).id();
                SpanAnnotation domain = DomainLabels.span(spanId, labels.get(i), extent);
                if (domain == null) {
                    domain = new GenericSpan(GenericSpanId.of(spanId), DoccanoFormat.SPAN_LAYER, labels.get(i), extent, Map.of(), null);
                    spanLabels.add(labels.get(i));
                }
                spans.put(spanId, domain);
                builder.add(domain);
            }
        }
        Set<String> relationLabels = relations(node, line, spans, builder, where, out);
        metadata(node, builder);
        Schema schema = new Schema(List.of(LayerSchema.spans(DoccanoFormat.SPAN_LAYER, List.copyOf(spanLabels))));
        if (!relationLabels.isEmpty()) {
            schema = schema.withLayer(LayerSchema.relations(DoccanoFormat.RELATION_LAYER, List.copyOf(relationLabels),
                    List.of(RoleSchema.exactlyOne("from"), RoleSchema.exactlyOne("to"))));
        }
        Document document = builder.schema(schema).build();
        Validator.validate(document).forEach(d -> out.add(d.at(where)));
        return document;
    }

    private static void spans(JsonNode node, List<SpanClaim> claims, List<String> labels, Location where, List<Diagnostic> out) {
        JsonNode triples = node.has("label") ? node.get("label") : node.get("labels");
        if (triples != null && triples.isArray()) {
            int n = 0;
            for (JsonNode t : triples) {
                n++;
                if (!t.isArray() || t.size() != 3 || !t.get(0).canConvertToInt() || !t.get(1).canConvertToInt()) {
                    out.add(Diagnostic.error("doccano.syntax", null, "label " + n + " is not [start, end, \"LABEL\"]: " + t).at(where));
                    continue;
                }
                claims.add(SpanClaim.of("span-" + n, t.get(0).asInt(), t.get(1).asInt(), null, where));
                labels.add(t.get(2).asText());
            }
        }
        JsonNode entities = node.get("entities");
        if (entities != null && entities.isArray()) {
            for (JsonNode e : entities) {
                if (!e.has("id") || !e.path("start_offset").canConvertToInt() || !e.path("end_offset").canConvertToInt()) {
                    out.add(Diagnostic.error("doccano.syntax", null, "entity without id, start_offset or end_offset: " + e).at(where));
                    continue;
                }
                claims.add(SpanClaim.of("span-" + e.get("id").asText(), e.get("start_offset").asInt(),
                        e.get("end_offset").asInt(), null, where));
                labels.add(e.path("label").asText());
            }
        }
    }

    /**
     * The line's relations: {@code from_id}, {@code to_id} and {@code type}, with or without an
     * {@code id} (doccano's relation-extraction import example has none: such a relation gets the id
     * {@code rel-N}, N its position in the line's list, unless a relation's own id took it). Problems
     * point at the relation: its JSON pointer and the column where it starts in the line.
     */
    private static Set<String> relations(JsonNode node, String line, Map<String, SpanAnnotation> spans,
                                         DocumentBuilder builder, Location where, List<Diagnostic> out) {
        Set<String> labels = new LinkedHashSet<>();
        JsonNode relations = node.get("relations");
        if (relations == null || !relations.isArray()) {
            return labels;
        }
        List<Integer> columns = columns(line, "relations");
        Set<String> taken = new java.util.HashSet<>();
        for (JsonNode r : relations) {
            if (r.hasNonNull("id")) {
                taken.add("rel-" + r.get("id").asText());
            }
        }
        List<DoccanoDomain.Link> links = new ArrayList<>();
        for (int i = 0; i < relations.size(); i++) {
            JsonNode r = relations.get(i);
            Location at = new Location(where.source(), "/relations/" + i, where.line(),
                    i < columns.size() ? columns.get(i) : where.column());
            List<String> missing = new ArrayList<>();
            for (String field : List.of("from_id", "to_id", "type")) {
                if (!r.hasNonNull(field)) {
                    missing.add(field);
                }
            }
            if (!missing.isEmpty()) {
                out.add(Diagnostic.error("doccano.syntax", null, "relation " + (i + 1) + " has no "
                        + String.join(", ", missing) + ": " + r).at(at));
                continue;
            }
            String id = r.hasNonNull("id") ? "rel-" + r.get("id").asText() : fresh("rel-" + (i + 1), taken);
            String from = "span-" + r.get("from_id").asText();
            String to = "span-" + r.get("to_id").asText();
            List<String> unknown = new ArrayList<>();
            if (!spans.containsKey(from)) {
                unknown.add("from_id " + r.get("from_id"));
            }
            if (!spans.containsKey(to)) {
                unknown.add("to_id " + r.get("to_id"));
            }
            if (!unknown.isEmpty()) {
                out.add(Diagnostic.error("doccano.reference", id, String.join(" and ", unknown)
                        + (unknown.size() == 1 ? " names" : " name") + " no imported entity of this line:"
                        + " relation not imported").at(at));
                continue;
            }
            links.add(new DoccanoDomain.Link(id, from, to, r.get("type").asText()));
        }
        List<DoccanoDomain.Link> generic = DoccanoDomain.attributions(links, spans, builder);
        for (DoccanoDomain.Link link : generic) {
            builder.add(new GenericRelation(GenericRelationId.of(link.id()), DoccanoFormat.RELATION_LAYER, link.type(),
                    List.of(new GenericRelation.Argument("from", AnyId.of(link.from())),
                            new GenericRelation.Argument("to", AnyId.of(link.to()))), Map.of(), null));
            labels.add(link.type());
        }
        return labels;
    }

    /** {@code base}, else {@code base-2}, {@code base-3}, ...: the first that no other relation of the line uses. */
    private static String fresh(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }

    /** The 1-based columns at which the elements of the top-level array {@code field} start in {@code line}. */
    private static List<Integer> columns(String line, String field) {
        List<Integer> columns = new ArrayList<>();
        try (com.fasterxml.jackson.core.JsonParser parser = JsonInput.MAPPER.getFactory().createParser(line)) {
            int depth = 0;
            boolean inside = false;
            for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && depth == 1) {
                    inside = parser.currentName().equals(field);
                } else if (token.isStructStart()) {
                    if (inside && depth == 2) {
                        columns.add(parser.currentTokenLocation().getColumnNr());
                    }
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (inside && depth == 2) {
                    columns.add(parser.currentTokenLocation().getColumnNr());
                }
            }
        } catch (java.io.IOException e) {
            return columns;
        }
        return columns;
    }

    private static void metadata(JsonNode node, DocumentBuilder builder) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!KNOWN.contains(field.getKey())) {
                JsonNode value = field.getValue();
                builder.metadata(field.getKey(), value.isTextual() ? value.asText() : value.toString());
            }
        }
    }
}
