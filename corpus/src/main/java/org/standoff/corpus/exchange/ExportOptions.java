package org.standoff.corpus.exchange;

import org.standoff.core.text.OffsetUnit;

/**
 * How to export.
 *
 * @param offsetUnit the unit to write offsets in where a format lets the writer choose, or
 *                   {@code null} for the format's documented unit
 * @param asPredictions for Label Studio: write {@code predictions} (pre-annotations) instead of
 *                   {@code annotations}; ignored by other formats
 */
public record ExportOptions(OffsetUnit offsetUnit, boolean asPredictions) {
    /** The format's own unit, annotations not predictions. */
    public static final ExportOptions DEFAULTS = new ExportOptions(null, false);
}
