package org.standoff.corpus.labelstudio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.FlatLayers;
import org.standoff.corpus.exchange.FlatRelation;
import org.standoff.corpus.exchange.JsonInput;

/**
 * The relations of one Label Studio annotation. A relation labelled with an attribution role
 * ({@code source}, {@code cue}, {@code addressee}, {@code setting}) pointing at a quote with a
 * content role ({@code content}, {@code continuation}, {@code split}) is part of an attribution,
 * grouped by its {@code attribution:<id>} label (or, in files Standoff did not write, by the quote
 * it points at); every other relation is a generic relation of layer {@code relation} with roles
 * {@code from} and {@code to} and its {@code direction} as an attribute.
 */
final class LabelStudioRelations {
    /** Prefix of the label carrying an attribution's id. */
    static final String ATTRIBUTION_PREFIX = "attribution:";
    static final Set<String> SUPPORT_ROLES = Set.of(FlatLayers.SOURCE, FlatLayers.CUE_ROLE, "addressee", "setting");

    private final Map<String, String> ids;
    private final String provenance;
    private final Set<String> usedIds;
    private final Map<String, Set<FlatRelation.Arg>> supports = new LinkedHashMap<>();
    private final Map<String, Set<FlatRelation.Arg>> contents = new LinkedHashMap<>();
    private final List<FlatRelation> generic = new ArrayList<>();

    LabelStudioRelations(Map<String, String> ids, String provenance, Set<String> usedIds) {
        this.ids = ids;
        this.provenance = provenance;
        this.usedIds = usedIds;
    }

    void add(JsonNode item, String source, String pointer, List<Diagnostic> diagnostics) {
        String from = ids.get(item.path("from_id").asText());
        String to = ids.get(item.path("to_id").asText());
        if (from == null || to == null) {
            diagnostics.add(JsonInput.error("labelstudio.relation", null, source, pointer, "relation "
                    + item.path("from_id").asText() + " → " + item.path("to_id").asText()
                    + " names a region this annotation does not have: skipped"));
            return;
        }
        List<String> labels = new ArrayList<>();
        item.path("labels").forEach(l -> labels.add(l.asText()));
        String supportRole = labels.stream().filter(SUPPORT_ROLES::contains).findFirst().orElse(null);
        String contentRole = labels.stream().filter(l -> FlatLayers.contentLink(l).isPresent()).findFirst().orElse(null);
        if (supportRole != null && (contentRole != null || labels.size() == 1)) {
            String group = labels.stream().filter(l -> l.startsWith(ATTRIBUTION_PREFIX))
                    .map(l -> l.substring(ATTRIBUTION_PREFIX.length())).findFirst().orElse("attribution-" + to);
            supports.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(new FlatRelation.Arg(supportRole, from));
            contents.computeIfAbsent(group, g -> new LinkedHashSet<>())
                    .add(new FlatRelation.Arg(contentRole == null ? "content" : contentRole, to));
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("direction", item.path("direction").asText("right"));
        String id = freshId(from + "->" + to);
        generic.add(new FlatRelation(id, "relation", labels.isEmpty() ? "relation" : String.join("|", labels),
                List.of(new FlatRelation.Arg("from", from), new FlatRelation.Arg("to", to)), attributes, provenance));
    }

    private String freshId(String base) {
        String id = base;
        for (int n = 2; usedIds.contains(id); n++) {
            id = base + "#" + n;
        }
        usedIds.add(id);
        return id;
    }

    /** The attributions (source, cue, contents, supplements in that order) and the generic relations. */
    List<FlatRelation> relations() {
        List<FlatRelation> out = new ArrayList<>();
        for (String group : supports.keySet()) {
            List<FlatRelation.Arg> args = new ArrayList<>();
            supports.get(group).stream().filter(a -> a.role().equals(FlatLayers.SOURCE)).forEach(args::add);
            supports.get(group).stream().filter(a -> a.role().equals(FlatLayers.CUE_ROLE)).forEach(args::add);
            args.addAll(contents.get(group));
            supports.get(group).stream().filter(a -> !a.role().equals(FlatLayers.SOURCE)
                    && !a.role().equals(FlatLayers.CUE_ROLE)).forEach(args::add);
            out.add(new FlatRelation(freshId(group), FlatLayers.ATTRIBUTION, FlatLayers.ATTRIBUTION_LABEL, args,
                    Map.of(), provenance));
        }
        out.addAll(generic);
        return out;
    }
}
