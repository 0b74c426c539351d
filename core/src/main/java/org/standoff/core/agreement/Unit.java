package org.standoff.core.agreement;

import org.standoff.core.model.Extent;

/**
 * One span annotation as agreement sees it.
 *
 * @param id       its id in its copy
 * @param extent   where it lies
 * @param category its categorical attribute (mention type, quote type, claim type; {@code Cue} for cues)
 * @param claimant for a claim, its claimant's name (see {@link Layer#CLAIM}); otherwise {@code null}
 */
record Unit(String id, Extent extent, String category, String claimant) {
}
