package org.standoff.server.store;

/**
 * One group of a corpus-wide count.
 *
 * @param key   what the group shares (an entity's corpus id, a lemma, a type name, {@code true} /
 *              {@code false}, a document id), or null for the annotations that have none (a quote without
 *              a speaker or cue)
 * @param label for an entity group, the canonical name in the first document (by id) that has the
 *              entity; else null
 * @param count how many annotations the group holds
 */
public record GroupCount(String key, String label, long count) {
}
