package org.standoff.corpus.interop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.Provenance;
import org.standoff.core.model.ProvenanceId;

/**
 * What a round trip must keep, as sorted lines: every annotation as its record with the provenance
 * id replaced by the provenance record's content (formats rename provenance records), and every
 * entity that a mention or claim names. Ids, offsets and all domain fields are compared exactly.
 */
public final class Projection {
    private Projection() {
    }

    /** The lines of {@code document}. */
    public static List<String> of(Document document) {
        Map<String, String> agents = document.provenance().stream().collect(Collectors.toMap(
                p -> p.id().value(), Projection::agent));
        List<String> lines = new ArrayList<>();
        for (Annotation annotation : document.annotations()) {
            String shown = annotation.toString();
            ProvenanceId p = annotation.provenance();
            if (p != null) {
                shown = shown.replace("provenance=" + p.value() + "]", "provenance=" + agents.get(p.value()) + "]");
            }
            lines.add(shown);
        }
        for (Entity entity : document.entities()) {
            boolean named = !document.mentionsOf(entity.id()).isEmpty()
                    || document.claims().stream().anyMatch(c -> entity.id().equals(c.claimant()));
            if (named) {
                lines.add(entity.toString());
            }
        }
        Collections.sort(lines);
        return lines;
    }

    private static String agent(Provenance p) {
        return p.agent() + "/" + p.agentType() + "/" + p.time() + "/" + p.confidence();
    }
}
