package org.standoff.server.cli;

import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.exchange.ExportOptions;
import picocli.CommandLine.Option;

/**
 * How an export writes, declared once for {@code convert} and {@code export}: {@code --output-unit}
 * is always the unit of what is written.
 */
final class OutputOptions {
    @Option(names = "--output-unit", paramLabel = "UNIT", converter = FormatNames.UnitConverter.class,
            description = "The unit to write offsets in (codepoint, utf16, utf8), where the output format lets the"
                    + " writer choose; default: the format's documented unit.")
    OffsetUnit outputUnit;

    @Option(names = "--predictions", description = "Label Studio output: write predictions (pre-annotations) instead of"
            + " annotations.")
    boolean predictions;

    /** The export options these name. */
    ExportOptions exportOptions() {
        return new ExportOptions(outputUnit, predictions);
    }
}
