package org.standoff.server.graphql;

import java.util.Map;
import org.standoff.core.text.OffsetUnit;
import org.standoff.core.text.Span;

/**
 * A client's {@code PositionFilter} in model offsets (UTF-16): constraints combined with AND; a
 * {@code null} constraint is absent.
 *
 * @param covering    the annotation must contain this span
 * @param coveredBy   the annotation must lie inside this span
 * @param overlapping the annotation must overlap this span
 * @param at          the annotation must contain this point
 */
record Position(Span covering, Span coveredBy, Span overlapping, Integer at) {

    /** The filter an input object gives, its ranges converted from their unit (default {@code unit}). */
    static Position from(Map<String, Object> input, TextOffsets offsets, OffsetUnit unit) {
        if (input == null || input.isEmpty()) {
            return null;
        }
        Integer at = Arguments.integer(input, "at");
        return new Position(span(input, "covering", offsets, unit), span(input, "coveredBy", offsets, unit),
                span(input, "overlapping", offsets, unit), at == null ? null : offsets.toUtf16(at, unit));
    }

    private static Span span(Map<String, Object> input, String key, TextOffsets offsets, OffsetUnit unit) {
        Map<String, Object> range = Arguments.object(input, key);
        if (range.isEmpty()) {
            return null;
        }
        OffsetUnit rangeUnit = Arguments.enumValue(range, "unit", OffsetUnit.class);
        return offsets.span((Integer) range.get("start"), (Integer) range.get("end"),
                rangeUnit == null ? unit : rangeUnit);
    }
}
