package org.standoff.corpus.labelstudio;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.model.AgentType;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;
import org.standoff.core.model.Extent;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.FlatDocument;
import org.standoff.corpus.exchange.FlatRelation;
import org.standoff.corpus.exchange.FlatSpan;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.SpanClaim;
import org.standoff.corpus.exchange.UnitDetection;

/** One Label Studio task being read: its regions (still in the file's unit), attributes, relations and annotators. */
final class LabelStudioTask {
    /** A labels region before its unit is known: one span per label; {@code claim} null when the task has no text. */
    private record Region(String id, String layer, String label, SpanClaim claim, Map<String, String> attributes,
                          String provenance) {
    }

    /** The fields of an annotation read into the document: its result and what its provenance holds. */
    private static final Set<String> ANNOTATION_FIELDS_READ = Set.of("result", "was_cancelled", "completed_by",
            "model_version", "created_at", "score");

    private final String source;
    private final String id;
    private final String text;
    private final Map<String, String> metadata;
    private final List<Region> regions = new ArrayList<>();
    private final List<FlatRelation> relations = new ArrayList<>();
    private final List<Provenance> provenance = new ArrayList<>();
    private final Set<String> usedIds = new HashSet<>();

    LabelStudioTask(String source, String id, String text, Map<String, String> metadata) {
        this.source = source;
        this.id = id;
        this.text = text;
        this.metadata = new LinkedHashMap<>(metadata);
    }

    String text() {
        return text;
    }

    /** The task's text with its regions' spans as the file gives them; only for a task with a text. */
    UnitDetection.Text spans() {
        return new UnitDetection.Text(text, regions.stream().map(Region::claim).toList());
    }

    /** Reads one annotation or prediction: its annotator, then its result items. */
    void addAnnotation(JsonNode annotation, String pointer, boolean prediction, List<Diagnostic> diagnostics) {
        if (annotation.path("was_cancelled").asBoolean(false)) {
            diagnostics.add(JsonInput.warning("labelstudio.cancelled", null, source, pointer,
                    "cancelled annotation skipped"));
            return;
        }
        String provenanceId = provenance(annotation, pointer, prediction, diagnostics);
        keep(annotation, provenanceId != null ? provenanceId
                : pointer.substring(pointer.lastIndexOf('/', pointer.lastIndexOf('/') - 1) + 1));
        String prefix = (prediction ? "p" : "a") + annotation.path("id").asText(pointer.replaceAll(".*/", "")) + "-";
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Map<String, String>> extras = new LinkedHashMap<>();
        List<JsonNode> results = JsonInput.list(annotation.get("result"));
        for (int i = 0; i < results.size(); i++) {
            JsonNode item = results.get(i);
            String at = pointer + "/result/" + i;
            if (item.path("value").has("labels") && item.path("value").has("start")) {
                region(item, at, prefix, provenanceId, ids, extras, diagnostics);
            }
        }
        LabelStudioRelations relationReader = new LabelStudioRelations(ids, provenanceId, usedIds);
        for (int i = 0; i < results.size(); i++) {
            JsonNode item = results.get(i);
            String at = pointer + "/result/" + i;
            if (item.path("type").asText().equals("relation")) {
                relationReader.add(item, source, at, diagnostics);
            } else if (!item.path("value").has("labels")) {
                extra(item, ids, extras);
            }
        }
        relations.addAll(relationReader.relations());
    }

    /** Fields of an annotation that the model has no place for, kept in the metadata as one JSON object. */
    private void keep(JsonNode annotation, String key) {
        com.fasterxml.jackson.databind.node.ObjectNode kept = JsonInput.MAPPER.createObjectNode();
        annotation.properties().forEach(field -> {
            if (!ANNOTATION_FIELDS_READ.contains(field.getKey())) {
                kept.set(field.getKey(), field.getValue());
            }
        });
        if (!kept.isEmpty()) {
            metadata.put(LabelStudioFormat.KEPT_ANNOTATION + key, JsonInput.keep(kept));
        }
    }

    private void region(JsonNode item, String at, String prefix, String provenanceId, Map<String, String> ids,
                        Map<String, Map<String, String>> extras, List<Diagnostic> diagnostics) {
        JsonNode value = item.path("value");
        String rawId = item.path("id").asText("r" + regions.size());
        String regionId = usedIds.contains(rawId) ? prefix + rawId : rawId;
        ids.put(rawId, regionId);
        int start = value.path("start").asInt();
        int end = value.path("end").asInt();
        String claimed = value.path("text").isTextual() ? value.path("text").asText() : null;
        if (text == null) {
            checkLength(regionId, start, end, claimed, at, diagnostics);
        }
        Map<String, String> attributes = extras.computeIfAbsent(rawId, k -> new LinkedHashMap<>());
        List<JsonNode> labels = JsonInput.list(value.get("labels"));
        for (int k = 0; k < Math.max(1, labels.size()); k++) {
            String spanId = k == 0 ? regionId : regionId + "#" + (k + 1);
            usedIds.add(spanId);
            String label = labels.isEmpty() ? "" : labels.get(k).asText();
            SpanClaim claim = text == null ? null : SpanClaim.of(spanId, start, end, claimed, JsonInput.at(source, at + "/value"));
            regions.add(new Region(spanId, item.path("from_name").asText("label"), label, claim, attributes, provenanceId));
        }
    }

    /** Without a text, a value.text whose length no unit can give the offsets is still reported. */
    private void checkLength(String regionId, int start, int end, String claimed, String at, List<Diagnostic> out) {
        if (claimed == null) {
            return;
        }
        int codepoints = claimed.codePointCount(0, claimed.length());
        if (codepoints != end - start && claimed.length() != end - start) {
            out.add(JsonInput.error("labelstudio.text-length", regionId, source, at + "/value",
                    "value.text \"" + claimed + "\" is " + codepoints + " code points (" + claimed.length()
                    + " UTF-16 units) long, but its offsets [" + start + ", " + end + ") span " + (end - start)));
        }
    }

    /** A per-region item (choices, textarea, rating, ...) becomes attributes; a document-level one metadata. */
    private void extra(JsonNode item, Map<String, String> ids, Map<String, Map<String, String>> extras) {
        JsonNode value = item.path("value");
        String name = item.path("from_name").asText(item.path("type").asText("value"));
        String shown;
        if (value.has("choices")) {
            List<String> choices = new ArrayList<>();
            value.get("choices").forEach(c -> choices.add(c.asText()));
            shown = String.join("|", choices);
        } else if (value.has("text")) {
            List<String> lines = new ArrayList<>();
            JsonInput.list(value.get("text")).forEach(t -> lines.add(t.asText()));
            shown = String.join("\n", lines);
        } else {
            shown = value.size() == 1 ? JsonInput.text(value.elements().next()) : value.toString();
        }
        String rawId = item.path("id").asText("");
        if (ids.containsKey(rawId)) {
            extras.get(rawId).put(name, shown);
        } else {
            metadata.put(name, shown);
        }
    }

    private String provenance(JsonNode annotation, String pointer, boolean prediction, List<Diagnostic> out) {
        JsonNode by = annotation.path(prediction ? "model_version" : "completed_by");
        String agent = by.isObject() ? by.path("email").asText(by.path("id").asText("")) : by.asText("");
        if (agent.isEmpty()) {
            return null;
        }
        Instant time = time(annotation.path("created_at").asText(null), pointer, out);
        Double score = annotation.path("score").isNumber() ? annotation.get("score").asDouble() : null;
        if (score != null && !(score >= 0 && score <= 1)) {
            out.add(JsonInput.warning("labelstudio.score", null, source, pointer + "/score",
                    "score " + score + " is not in [0, 1]: not kept as confidence"));
            score = null;
        }
        String provenanceId = "ls-" + (prediction ? "prediction-" : "annotation-")
                + annotation.path("id").asText(pointer.replaceAll(".*/", ""));
        provenance.add(new Provenance(ProvenanceId.of(provenanceId), by.isNumber() ? "user:" + agent : agent,
                prediction ? AgentType.SOFTWARE : AgentType.HUMAN, time, score));
        return provenanceId;
    }

    private Instant time(String value, String pointer, List<Diagnostic> out) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value + "Z");
            } catch (DateTimeParseException again) {
                out.add(JsonInput.warning("labelstudio.time", null, source, pointer + "/created_at",
                        "created_at \"" + value + "\" is not an ISO-8601 time: not kept"));
                return null;
            }
        }
    }

    /**
     * The task as a flat document: its regions at {@code extents} (in the order of {@link #spans()}; a
     * null extent leaves the region out), each region's offset diagnostics reported.
     */
    FlatDocument toFlat(List<Extent> extents, List<List<Diagnostic>> spanDiagnostics, List<Diagnostic> diagnostics) {
        List<FlatSpan> spans = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Region region = regions.get(i);
            diagnostics.addAll(spanDiagnostics.get(i));
            if (extents.get(i) != null) {
                spans.add(new FlatSpan(region.id(), region.layer(), region.label(), extents.get(i).bounds(),
                        region.attributes(), region.provenance()));
            }
        }
        return new FlatDocument(id, text, metadata, spans, relations, provenance);
    }
}
