package org.standoff.core.model;

/** How a quote is linked to its {@link Attribution}. */
public enum ContentLink {
    /** The quote is what the attribution's cue introduces. */
    EXPLICIT,
    /** A following quote with no cue of its own that goes on with the same speaker. */
    CONTINUATION,
    /** The second part of a quote interrupted by its attribution: {@code "X," he said, "Y."}. */
    SPLIT
}
