package org.standoff.core.agreement;

import java.util.ArrayList;
import java.util.List;
import org.standoff.core.model.Claim;
import org.standoff.core.model.Cue;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityId;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;

/**
 * The span layers agreement compares, each with the categorical attribute its kappa and alpha are
 * computed on. Attributions have no span of their own and are compared as triples
 * ({@link AttributionAgreement}).
 */
public enum Layer {
    /** Mentions; category: mention type (NAME, NOMINAL, PRONOUN, LIST). */
    MENTION("Mention", "mentionType"),
    /** Quotes; category: quote type (DIRECT, INDIRECT, MIXED). */
    QUOTE("Quote", "quoteType"),
    /** Cues; one category, so only spans and alpha are compared. */
    CUE("Cue", null),
    /**
     * Claims; category: claim type. A claim's claimant is compared by the entity's canonical name
     * (copies may give one entity different ids), or by the entity id when the copy lacks the entity.
     */
    CLAIM("Claim", "claimType");

    private final String label;
    private final String attribute;

    Layer(String label, String attribute) {
        this.label = label;
        this.attribute = attribute;
    }

    /** The kind's name: {@code Mention}, {@code Quote}, {@code Cue}, {@code Claim}. */
    public String label() {
        return label;
    }

    /** The categorical attribute compared, or {@code null} (cues). */
    public String attribute() {
        return attribute;
    }

    /** This layer's annotations in {@code document}, in document order. */
    List<Unit> units(Document document) {
        List<Unit> units = new ArrayList<>();
        switch (this) {
            case MENTION -> {
                for (Mention m : document.mentions()) {
                    units.add(new Unit(m.id().value(), m.extent(), m.mentionType().name(), null));
                }
            }
            case QUOTE -> {
                for (Quote q : document.quotes()) {
                    units.add(new Unit(q.id().value(), q.extent(), q.quoteType().name(), null));
                }
            }
            case CUE -> {
                for (Cue c : document.cues()) {
                    units.add(new Unit(c.id().value(), c.extent(), label, null));
                }
            }
            case CLAIM -> {
                for (Claim c : document.claims()) {
                    units.add(new Unit(c.id().value(), c.extent(), c.claimType().name(), claimant(document, c.claimant())));
                }
            }
            default -> throw new IllegalStateException("unhandled " + this);
        }
        return units;
    }

    private static String claimant(Document document, EntityId entity) {
        if (entity == null) {
            return "(unresolved)";
        }
        return document.entity(entity).map(Entity::canonicalName).orElse(entity.value());
    }
}
