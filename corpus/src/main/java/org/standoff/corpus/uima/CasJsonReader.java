package org.standoff.corpus.uima;

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
import org.standoff.corpus.exchange.FlatReader;
import org.standoff.corpus.exchange.JsonInput;

/**
 * Reads CAS JSON in two passes: first every feature structure by id (references may point forward,
 * as in INCEpTION's slot-feature files), then the initial view's members in file order.
 */
final class CasJsonReader {
    private final ImportOptions options;
    private final List<Document> documents = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    CasJsonReader(ImportOptions options) {
        this.options = options;
    }

    ImportResult read(List<SourceFile> files) {
        JsonInput.readEach(files, diagnostics, this::readFile);
        return new ImportResult(documents, diagnostics);
    }

    private void readFile(String source, JsonNode root) {
        Map<Integer, JsonNode> structures = new LinkedHashMap<>();
        JsonNode all = root.path("%FEATURE_STRUCTURES");
        if (all.isArray()) {
            all.forEach(fs -> structures.put(fs.path("%ID").asInt(), fs));
        } else {
            all.properties().forEach(f -> structures.put(Integer.parseInt(f.getKey()), f.getValue()));
        }
        JsonNode view = root.path("%VIEWS").path("_InitialView");
        JsonNode sofa = view.has("%SOFA") ? structures.get(view.get("%SOFA").asInt())
                : structures.values().stream().filter(fs -> fs.path("%TYPE").asText().equals("uima.cas.Sofa"))
                .findFirst().orElse(null);
        if (sofa == null || !sofa.path("sofaString").isTextual()) {
            diagnostics.add(JsonInput.error("uima.no-sofa", null, source, "/%VIEWS/_InitialView",
                    "no initial view with a sofaString: the CAS has no text"));
            return;
        }
        String text = sofa.get("sofaString").asText();
        OffsetUnit unit = unit(source, root.path("%HEADER").path("offset-encoding").asText(null));
        List<Integer> members = new ArrayList<>();
        view.path("%MEMBERS").forEach(m -> members.add(m.asInt()));
        if (members.isEmpty()) {
            members.addAll(structures.keySet());
        }
        CasStructures parsed = new CasStructures(source, text, new CasTypes(root.path("%TYPES")), structures, diagnostics);
        members.forEach(parsed::add);
        String id = options.documentId() != null ? options.documentId()
                : parsed.metadata().getOrDefault("documentId", JsonInput.baseName(source));
        documents.add(FlatReader.read(parsed.toFlat(id, unit, options), diagnostics));
    }

    /** The header's unit; else the caller's; else UTF-16, the format's default. */
    private OffsetUnit unit(String source, String encoding) {
        if (encoding == null) {
            return options.offsetUnit() == null ? OffsetUnit.UTF16 : options.offsetUnit();
        }
        switch (encoding.toUpperCase(java.util.Locale.ROOT)) {
            case "UTF-8":
                return OffsetUnit.UTF8;
            case "UTF-32":
                return OffsetUnit.CODEPOINT;
            case "UTF-16":
                return OffsetUnit.UTF16;
            default:
                diagnostics.add(JsonInput.error("uima.offset-encoding", null, source, "/%HEADER/offset-encoding",
                        "unknown offset-encoding \"" + encoding + "\" (UTF-8, UTF-16 or UTF-32): read as UTF-16"));
                return OffsetUnit.UTF16;
        }
    }
}
