package org.standoff.core.anchor;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.standoff.core.model.AnchorStatus;
import org.standoff.core.model.Fingerprint;
import org.standoff.core.model.Revision;

/**
 * What a re-anchoring did: how many annotations got each status, and every span annotation that
 * did not come through exactly, with its old and new context. Relations are counted; the ones with
 * orphaned parts are in {@link #relationsWithOrphanedParts()}.
 *
 * @param previous the old text's fingerprint
 * @param current  the new text's fingerprint
 * @param counts   annotations per status, every status present (zero when none), in status order
 * @param changes  the span annotations that are not {@link AnchorStatus#EXACT}, in the old document order
 * @param relationsWithOrphanedParts the revision entries of relations that have an orphaned part
 */
public record ReanchorReport(Fingerprint previous, Fingerprint current, Map<AnchorStatus, Integer> counts,
                             List<SpanChange> changes, List<Revision.Anchor> relationsWithOrphanedParts) {
    /** How many UTF-16 units of context on each side a report shows. */
    public static final int CONTEXT_LENGTH = 30;

    public ReanchorReport {
        EnumMap<AnchorStatus, Integer> all = new EnumMap<>(AnchorStatus.class);
        for (AnchorStatus status : AnchorStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        counts = Collections.unmodifiableMap(all);
        changes = List.copyOf(changes);
        relationsWithOrphanedParts = List.copyOf(relationsWithOrphanedParts);
    }

    /** The changes a person should review: edited, fuzzy and orphaned spans. */
    public List<SpanChange> needingReview() {
        return changes.stream().filter(change -> change.status().needsReview()).toList();
    }

    /** How many annotations need review, relations with orphaned parts included. */
    public int reviewCount() {
        return counts.get(AnchorStatus.EDITED) + counts.get(AnchorStatus.FUZZY) + counts.get(AnchorStatus.ORPHANED);
    }
}
