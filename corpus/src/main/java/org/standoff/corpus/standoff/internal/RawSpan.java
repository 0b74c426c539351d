package org.standoff.corpus.standoff.internal;

/**
 * A span as a file writes it: offsets in the file's unit, not yet checked, with its optional
 * fragments and covered text.
 *
 * @param start     the start offset
 * @param end       the end offset
 * @param fragments {@code [s0, e0, s1, e1, ...]} for a discontinuous span, or {@code null}
 * @param text      the declared covered text, or {@code null}
 * @param loc       where the object holding the span starts
 */
record RawSpan(int start, int end, int[] fragments, String text, Loc loc) {
}
