package org.standoff.corpus.interop.internal;

import java.util.Objects;
import org.standoff.core.text.OffsetIndex;
import org.standoff.core.validation.Location;

/**
 * A span as a file gives it, before its unit is decided: offsets in the file's unit, the covered
 * text the file claims (if any), the text it lies on, and where in the file it was found.
 *
 * @param id       the annotation's id value
 * @param start    start offset in the file's unit
 * @param end      end offset in the file's unit
 * @param claimed  the covered text the file gives, or {@code null}
 * @param text     the document text
 * @param index    the offset index of {@code text}
 * @param location where in the file
 */
public record RawSpan(String id, int start, int end, String claimed, String text, OffsetIndex index,
                      Location location) {
    public RawSpan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(location, "location");
    }
}
