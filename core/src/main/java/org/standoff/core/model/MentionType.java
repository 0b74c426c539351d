package org.standoff.core.model;

/** How a {@link Mention} refers to its entity. */
public enum MentionType {
    /** A proper name: "Jiang Zemin", "the Kremlin". */
    NAME,
    /** A common noun phrase: "the Chinese leader". */
    NOMINAL,
    /** A pronoun: "he", "it", "their". */
    PRONOUN,
    /** A coordination naming a group: "Putin and Jiang". */
    LIST
}
