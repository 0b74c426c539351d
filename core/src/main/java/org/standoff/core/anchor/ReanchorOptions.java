package org.standoff.core.anchor;

/**
 * How cautious re-anchoring is.
 *
 * <p>{@code threshold} is the lowest score, in [0, 1], at which a span is placed anywhere but where
 * the edit script puts it unchanged: an edited span needs its context (the {@code contextLength}
 * UTF-16 units on each side) to agree that well with the old one, an exact match of its old text
 * found elsewhere needs one side of its context to agree that well, and a fuzzy match needs the
 * mean of its text's and its context's similarity to reach it. Below it the span is orphaned; it is
 * never placed silently with a low score. The default, {@value #DEFAULT_THRESHOLD}, placed no
 * annotation of the evaluation set wrongly (see {@code docs/REANCHORING.md}); lower it to flag
 * fewer spans at the risk of misplacing some, raise it to flag more.
 *
 * @param threshold     the lowest accepted score, in [0, 1]
 * @param contextLength how many UTF-16 units on each side of a span are its context; at least 1
 */
public record ReanchorOptions(double threshold, int contextLength) {
    /** The default threshold. */
    public static final double DEFAULT_THRESHOLD = 0.75;
    /** The default context length on each side, in UTF-16 units. */
    public static final int DEFAULT_CONTEXT_LENGTH = 32;
    /** The defaults. */
    public static final ReanchorOptions DEFAULTS = new ReanchorOptions(DEFAULT_THRESHOLD, DEFAULT_CONTEXT_LENGTH);

    public ReanchorOptions {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + threshold);
        }
        if (contextLength < 1) {
            throw new IllegalArgumentException("contextLength must be at least 1: " + contextLength);
        }
    }

    /** These options with another threshold. */
    public ReanchorOptions withThreshold(double newThreshold) {
        return new ReanchorOptions(newThreshold, contextLength);
    }
}
