package org.standoff.corpus.labelstudio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;
import org.standoff.corpus.exchange.FlatDocument;
import org.standoff.corpus.exchange.FlatReader;
import org.standoff.corpus.exchange.JsonInput;
import org.standoff.corpus.exchange.OffsetReading;
import org.standoff.corpus.exchange.UnitDetection;

/**
 * Reads Label Studio exports in two passes per file: first every task's regions (so the offset
 * unit is decided once for the whole file), then the documents.
 */
final class LabelStudioReader {
    private static final List<OffsetReading> CANDIDATES = List.of(OffsetReading.of(OffsetUnit.CODEPOINT),
            OffsetReading.of(OffsetUnit.UTF16));

    /** The task's fields read into the document; every other one is kept ({@link LabelStudioFormat#KEPT_TASK}). */
    private static final java.util.Set<String> TASK_FIELDS_READ = java.util.Set.of("data", "annotations", "predictions");

    private final ImportOptions options;
    private final List<Document> documents = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    LabelStudioReader(ImportOptions options) {
        this.options = options;
    }

    ImportResult read(List<SourceFile> files) {
        JsonInput.readEach(files, diagnostics, this::readFile);
        return new ImportResult(documents, diagnostics);
    }

    private void readFile(String source, JsonNode root) {
        List<LabelStudioTask> tasks = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                tasks.add(task(source, root.get(i), "/" + i, root.size() > 1 ? i : -1));
            }
        } else if (root.has("result")) {
            Map<String, JsonNode> wrapper = new LinkedHashMap<>();
            wrapper.put("annotations", JsonInput.MAPPER.createArrayNode().add(root));
            tasks.add(task(source, JsonInput.MAPPER.valueToTree(wrapper), "", -1));
        } else {
            tasks.add(task(source, root, "", -1));
        }
        List<LabelStudioTask> withText = tasks.stream().filter(task -> task.text() != null).toList();
        UnitDetection.Result units = UnitDetection.detectOrExpected(UnitDetection.Request.of(source,
                withText.stream().map(LabelStudioTask::spans).toList(), OffsetReading.of(OffsetUnit.CODEPOINT))
                .withCandidates(CANDIDATES).withOptions(options));
        diagnostics.addAll(units.fileDiagnostics());
        int first = 0;
        for (LabelStudioTask task : withText) {
            int end = first + task.spans().spans().size();
            FlatDocument flat = task.toFlat(units.extents().subList(first, end),
                    units.spanDiagnostics().subList(first, end), diagnostics);
            documents.add(FlatReader.read(flat, diagnostics));
            first = end;
        }
    }

    private LabelStudioTask task(String source, JsonNode task, String pointer, int index) {
        JsonNode data = task.path("data");
        String text = data.path("text").isTextual() ? data.path("text").asText() : options.text();
        if (text == null) {
            diagnostics.add(JsonInput.error("labelstudio.no-text", null, source, pointer + "/data/text",
                    "the task has no data.text to anchor its regions on; " + options.names().giveText()));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        data.properties().forEach(field -> {
            if (field.getKey().equals("text")) {
                return;
            }
            if (field.getValue().isTextual()) {
                metadata.put(field.getKey(), field.getValue().asText());
            } else {
                metadata.put(LabelStudioFormat.KEPT_DATA + field.getKey(), JsonInput.keep(field.getValue()));
            }
        });
        task.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (field.getKey().equals("meta") && value.isObject()) {
                value = value.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) value).remove("standoff_id");
            }
            if (!TASK_FIELDS_READ.contains(field.getKey()) && !(value.isObject() && value.isEmpty())) {
                metadata.put(LabelStudioFormat.KEPT_TASK + field.getKey(), JsonInput.keep(value));
            }
        });
        String id = documentId(source, task, index);
        LabelStudioTask parsed = new LabelStudioTask(source, id, text, metadata);
        List<JsonNode> annotations = JsonInput.list(task.get("annotations"));
        for (int i = 0; i < annotations.size(); i++) {
            parsed.addAnnotation(annotations.get(i), pointer + "/annotations/" + i, false, diagnostics);
        }
        List<JsonNode> predictions = JsonInput.list(task.get("predictions"));
        for (int i = 0; i < predictions.size(); i++) {
            parsed.addAnnotation(predictions.get(i), pointer + "/predictions/" + i, true, diagnostics);
        }
        return parsed;
    }

    private String documentId(String source, JsonNode task, int index) {
        String suffix = index < 0 ? "" : "-" + (index + 1);
        if (options.documentId() != null) {
            return options.documentId() + suffix;
        }
        String declared = task.path("meta").path("standoff_id").asText("");
        if (!declared.isBlank()) {
            return declared.strip();
        }
        String base = JsonInput.baseName(source);
        return task.hasNonNull("id") ? base + "-" + task.get("id").asText() : base + suffix;
    }
}
