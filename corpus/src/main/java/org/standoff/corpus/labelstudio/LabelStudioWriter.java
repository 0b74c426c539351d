package org.standoff.corpus.labelstudio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Document;
import org.standoff.core.model.Provenance;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.exchange.DocumentFileName;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.FlatDocument;
import org.standoff.corpus.exchange.FlatLayers;
import org.standoff.corpus.exchange.FlatRelation;
import org.standoff.corpus.exchange.FlatSpan;
import org.standoff.corpus.exchange.FlatWriter;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.Losses;

/** Writes documents as one Label Studio task each (see {@link LabelStudioFormat#write}). */
final class LabelStudioWriter {
    private final ExportOptions options;
    private final OffsetUnit unit;
    private final Losses losses = new Losses("Label Studio");

    private LabelStudioWriter(ExportOptions options) {
        this.options = options;
        this.unit = options.offsetUnit() == null ? OffsetUnit.CODEPOINT : options.offsetUnit();
    }

    static ExportResult write(List<Document> documents, ExportOptions options) {
        LabelStudioWriter writer = new LabelStudioWriter(options);
        ArrayNode tasks = JsonInput.MAPPER.createArrayNode();
        for (Document document : documents) {
            tasks.add(writer.task(FlatWriter.write(document, writer.losses)));
        }
        String name = documents.isEmpty() ? "labelstudio.json" : DocumentFileName.of(documents.get(0).id(), ".labelstudio.json");
        try {
            String json = JsonInput.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tasks) + "\n";
            return new ExportResult(List.of(new ExportResult.OutputFile(name, json)), writer.losses.diagnostics());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private ObjectNode task(FlatDocument doc) {
        ObjectNode task = JsonInput.MAPPER.createObjectNode();
        ObjectNode data = task.putObject("data");
        data.put("text", doc.text());
        Map<String, com.fasterxml.jackson.databind.JsonNode> keptAnnotations = new LinkedHashMap<>();
        doc.metadata().forEach((key, value) -> {
            if (key.startsWith(LabelStudioFormat.KEPT_DATA)) {
                data.set(key.substring(LabelStudioFormat.KEPT_DATA.length()), JsonInput.unkept(value));
            } else if (key.startsWith(LabelStudioFormat.KEPT_TASK)) {
                task.set(key.substring(LabelStudioFormat.KEPT_TASK.length()), JsonInput.unkept(value));
            } else if (key.startsWith(LabelStudioFormat.KEPT_ANNOTATION)) {
                keptAnnotations.put(key.substring(LabelStudioFormat.KEPT_ANNOTATION.length()), JsonInput.unkept(value));
            } else {
                data.put(key, value);
            }
        });
        ObjectNode meta = task.path("meta").isObject() ? (ObjectNode) task.get("meta") : task.putObject("meta");
        meta.put("standoff_id", doc.id());
        Map<String, FlatSpan> spansById = new LinkedHashMap<>();
        doc.spans().forEach(s -> spansById.put(s.id(), s));
        Map<String, ArrayNode> results = new LinkedHashMap<>();
        OffsetIndex index = OffsetIndex.of(doc.text());
        for (FlatSpan span : doc.spans()) {
            ArrayNode result = results.computeIfAbsent(Objects.toString(span.provenance()), k -> array());
            region(result, span, doc.text(), index);
        }
        for (FlatRelation relation : doc.relations()) {
            relation(results, relation, spansById);
        }
        Map<String, Provenance> records = new LinkedHashMap<>();
        doc.provenance().forEach(p -> records.put(p.id().value(), p));
        for (Map.Entry<String, ArrayNode> group : results.entrySet()) {
            Provenance p = records.get(group.getKey());
            boolean prediction = options.asPredictions() || (p != null && p.agentType() == AgentType.SOFTWARE);
            if (prediction && p != null && p.agentType() == AgentType.HUMAN) {
                losses.lost(p.id().value(), "that the annotations of " + p.agent() + " are human: written as a prediction");
            }
            if (!prediction && p != null && p.confidence() != null) {
                losses.lost(p.id().value(), "the confidence of a human annotation");
            }
            ObjectNode annotation = task.withArrayProperty(prediction ? "predictions" : "annotations").addObject();
            com.fasterxml.jackson.databind.JsonNode kept = kept(keptAnnotations, p, prediction);
            if (kept != null && kept.isObject()) {
                annotation.setAll((ObjectNode) kept);
            }
            provenance(annotation, p, prediction);
            annotation.set("result", group.getValue());
        }
        return task;
    }

    private void region(ArrayNode result, FlatSpan span, String text, OffsetIndex index) {
        ObjectNode item = result.addObject();
        ObjectNode value = item.putObject("value");
        value.put("start", index.fromUtf16(span.span().start(), unit)).put("end", index.fromUtf16(span.span().end(), unit)).put("text", span.span().coveredText(text));
        value.putArray("labels").add(span.label());
        item.put("id", span.id()).put("from_name", span.layer()).put("to_name", "text").put("type", "labels");
        span.attributes().forEach((name, attribute) -> {
            ObjectNode extra = result.addObject();
            extra.putObject("value").putArray("text").add(attribute);
            extra.put("id", span.id()).put("from_name", name).put("to_name", "text").put("type", "textarea");
        });
    }

    private void relation(Map<String, ArrayNode> results, FlatRelation relation, Map<String, FlatSpan> spans) {
        if (relation.layer().equals(FlatLayers.ATTRIBUTION)) {
            attribution(results, relation, spans);
            return;
        }
        List<FlatRelation.Arg> args = relation.arguments();
        if (args.size() != 2 || !spans.containsKey(args.get(0).target()) || !spans.containsKey(args.get(1).target())) {
            losses.lost(relation.id(), "a relation that is not between exactly two spans (layer \"" + relation.layer()
                    + "\", " + args.size() + " arguments)");
            return;
        }
        if (!relation.layer().equals("relation") || !args.get(0).role().equals("from") || !args.get(1).role().equals("to")) {
            losses.lost(relation.id(), "the layer \"" + relation.layer() + "\" and roles " + args.get(0).role() + ", "
                    + args.get(1).role() + " of a relation: written as layer relation, roles from and to");
        }
        relation.attributes().keySet().stream().filter(a -> !a.equals("direction")).forEach(a ->
                losses.lost(relation.id(), "the attribute \"" + a + "\" of a relation"));
        losses.lost(relation.id(), "the id of a relation (Label Studio relations have none)");
        FlatSpan to = spans.get(args.get(1).target());
        ObjectNode item = group(results, relation, to).addObject();
        item.put("from_id", args.get(0).target()).put("to_id", to.id()).put("type", "relation")
                .put("direction", relation.attributes().getOrDefault("direction", "right"));
        item.putArray("labels").add(relation.label());
    }

    private void attribution(Map<String, ArrayNode> results, FlatRelation relation, Map<String, FlatSpan> spans) {
        List<FlatRelation.Arg> contents = new ArrayList<>();
        List<FlatRelation.Arg> supports = new ArrayList<>();
        for (FlatRelation.Arg arg : relation.arguments()) {
            if (FlatLayers.contentLink(arg.role()).isPresent()) {
                contents.add(arg);
            } else if (LabelStudioRelations.SUPPORT_ROLES.contains(arg.role())) {
                supports.add(arg);
            } else {
                losses.lost(relation.id(), "the " + arg.role() + " link of an attribution (to " + arg.target() + ")");
            }
        }
        if (supports.isEmpty() || contents.isEmpty()) {
            losses.lost(relation.id(), "an attribution with no source, cue or supplement (Label Studio relations are"
                    + " binary: nothing links its " + contents.size() + " content(s))");
            return;
        }
        for (FlatRelation.Arg content : contents) {
            ArrayNode result = group(results, relation, spans.get(content.target()));
            for (FlatRelation.Arg support : supports) {
                ObjectNode item = result.addObject();
                item.put("from_id", support.target()).put("to_id", content.target()).put("type", "relation")
                        .put("direction", "right");
                item.putArray("labels").add(support.role()).add(content.role())
                        .add(LabelStudioRelations.ATTRIBUTION_PREFIX + relation.id());
            }
        }
    }

    /** The result list a relation goes to: that of the span it points at, whose annotation holds the regions. */
    private ArrayNode group(Map<String, ArrayNode> results, FlatRelation relation, FlatSpan to) {
        String key = Objects.toString(to == null ? relation.provenance() : to.provenance());
        if (!key.equals(Objects.toString(relation.provenance()))) {
            losses.lost(relation.id(), "a relation's own provenance (" + relation.provenance()
                    + "): written in the annotation of the span it points at");
        }
        return results.computeIfAbsent(key, k -> array());
    }

    private void provenance(ObjectNode annotation, Provenance p, boolean prediction) {
        if (p == null) {
            return;
        }
        if (prediction) {
            annotation.put("model_version", p.agent());
            if (p.confidence() != null) {
                annotation.put("score", p.confidence());
            }
        } else {
            annotation.putObject("completed_by").put("email", p.agent());
        }
        if (p.time() != null) {
            annotation.put("created_at", p.time().toString());
        }
    }

    /**
     * The fields kept from the annotation this group came from: by its provenance id, else the first
     * kept annotation without provenance of its kind ({@code annotations/N}, {@code predictions/N}).
     */
    private static com.fasterxml.jackson.databind.JsonNode kept(Map<String, com.fasterxml.jackson.databind.JsonNode> kept,
                                                               Provenance p, boolean prediction) {
        if (p != null) {
            return kept.remove(p.id().value());
        }
        String kind = prediction ? "predictions/" : "annotations/";
        String key = kept.keySet().stream().filter(k -> k.startsWith(kind)).findFirst().orElse(null);
        return key == null ? null : kept.remove(key);
    }

    private static ArrayNode array() {
        return JsonInput.MAPPER.createArrayNode();
    }

}
