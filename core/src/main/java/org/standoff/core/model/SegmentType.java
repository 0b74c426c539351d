package org.standoff.core.model;

/** The kind of a structural {@link Segment}. */
public enum SegmentType {
    /** The article's headline. */
    HEADLINE,
    /** Page chrome kept in the text (navigation, dates, banners) that is not part of the article. */
    BOILERPLATE,
    /** A paragraph of the body. */
    PARAGRAPH,
    /** A sentence, as found by the documented segmenter. */
    SENTENCE,
    /** A token, as found by the documented tokenizer. */
    TOKEN
}
