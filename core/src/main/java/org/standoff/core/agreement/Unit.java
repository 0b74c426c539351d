package org.standoff.core.agreement;

import org.standoff.core.model.Extent;

/**
 * One annotation as agreement and curation see it.
 *
 * @param id       its id in its copy
 * @param extent   where it lies, or {@code null} when it lies nowhere (an entity without mentions, a
 *                 relation whose arguments do not resolve): then it pairs with nothing
 * @param category its categorical attribute (mention type, quote type, claim type, entity type, a
 *                 generic label; {@code Cue} for cues)
 * @param claimant for a claim, its claimant's name (see {@link Layer#CLAIM}); otherwise {@code null}
 * @param key      what an exact match must also agree on besides the characters: a relation's
 *                 arguments role by role ({@code Arg1 [5, 9) Arg2 [20, 24)}), an entity's
 *                 knowledge-base ids ({@code wikidata Q16597}); otherwise {@code null}
 */
record Unit(String id, Extent extent, String category, String claimant, String key) {
    Unit(String id, Extent extent, String category, String claimant) {
        this(id, extent, category, claimant, null);
    }
}
