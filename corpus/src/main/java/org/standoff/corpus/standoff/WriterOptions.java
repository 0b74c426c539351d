package org.standoff.corpus.standoff;

import java.util.Objects;
import org.standoff.corpus.standoff.internal.TextRefs;
import org.standoff.core.text.OffsetUnit;

/**
 * Switches for writing standoff JSON. Immutable; {@code withX} returns a changed copy.
 *
 * @param offsetUnit  the unit offsets are written in ({@code codepoint} by default)
 * @param coveredText whether every span carries its covered {@code text} (on by default)
 * @param textRef     a relative path under which the text is kept in a UTF-8 sidecar file instead of
 *                    inline ({@code textRef} field), or {@code null} to write the text inline
 */
public record WriterOptions(OffsetUnit offsetUnit, boolean coveredText, String textRef) {

    /** Code points, covered text written, text inline. */
    public static final WriterOptions DEFAULTS = new WriterOptions(OffsetUnit.CODEPOINT, true, null);

    public WriterOptions {
        Objects.requireNonNull(offsetUnit, "offsetUnit");
        if (textRef != null && !TextRefs.isSafeRelativePath(textRef)) {
            throw new IllegalArgumentException("textRef must be a relative path without \"..\" segments: \"" + textRef + "\"");
        }
    }

    /** The default options. */
    public static WriterOptions defaults() {
        return DEFAULTS;
    }

    /** A copy writing offsets in {@code unit}. */
    public WriterOptions withOffsetUnit(OffsetUnit unit) {
        return new WriterOptions(unit, coveredText, textRef);
    }

    /** A copy that does or does not write covered text. */
    public WriterOptions withCoveredText(boolean value) {
        return new WriterOptions(offsetUnit, value, textRef);
    }

    /** A copy that keeps the text in a sidecar file at {@code relativePath} ({@code null}: inline). */
    public WriterOptions withTextRef(String relativePath) {
        return new WriterOptions(offsetUnit, coveredText, relativePath);
    }
}
