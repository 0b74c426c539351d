package org.standoff.core.text;

import java.util.Objects;

/**
 * An offset that is not a position in a text in the unit it declares: out of range, inside a
 * surrogate pair, or inside a UTF-8 byte sequence. Thrown by {@link OffsetIndex}; readers catch it
 * and turn {@link #offset()}, {@link #unit()} and {@link #reason()} into a diagnostic.
 *
 * <p>Example message: {@code utf16 offset 5 falls inside a surrogate pair (U+1F600 at 4..6)}.
 */
public final class OffsetException extends IllegalArgumentException {

    /** Why an offset is not a position of the text. */
    public enum Reason {
        /** The offset is negative or past the text's length in its unit. */
        OUT_OF_RANGE,
        /** A {@link OffsetUnit#UTF16} offset between the high and the low surrogate of one code point. */
        INSIDE_SURROGATE_PAIR,
        /** A {@link OffsetUnit#UTF8} offset after the first byte of a multi-byte sequence. */
        INSIDE_UTF8_SEQUENCE
    }

    private final int offset;
    private final OffsetUnit unit;
    private final Reason reason;

    /**
     * An exception for {@code offset}, counted in {@code unit}, rejected for {@code reason}.
     *
     * @param detail what the offset falls into or runs past, appended to the message; never null
     */
    public OffsetException(int offset, OffsetUnit unit, Reason reason, String detail) {
        super(Objects.requireNonNull(unit, "unit").wireName() + " offset " + offset + " " + detail);
        this.offset = offset;
        this.unit = unit;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The rejected offset, counted in {@link #unit()}. */
    public int offset() {
        return offset;
    }

    /** The unit the rejected offset was declared in; never null. */
    public OffsetUnit unit() {
        return unit;
    }

    /** Why the offset was rejected; never null. */
    public Reason reason() {
        return reason;
    }
}
