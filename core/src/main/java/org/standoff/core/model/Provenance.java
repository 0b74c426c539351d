package org.standoff.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Who or what made annotations, and when. Annotations name a provenance record by id, so one
 * record serves every annotation of one annotator or tool run.
 *
 * @param id         unique among the document's provenance records
 * @param agent      the annotator's or tool's name ("annotator-2", "opennlp-tokenizer-en-1.3.0")
 * @param agentType  a person or a program
 * @param time       when, or {@code null}
 * @param confidence a score in [0, 1], or {@code null}
 */
public record Provenance(ProvenanceId id, String agent, AgentType agentType, Instant time, Double confidence) {
    public Provenance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(agentType, "agentType");
        if (confidence != null && !(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
