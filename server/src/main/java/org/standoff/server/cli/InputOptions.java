package org.standoff.server.cli;

import java.nio.file.Path;
import org.standoff.core.text.OffsetUnit;
import picocli.CommandLine.Option;

/**
 * What the user tells an import that its files do not say, declared once for {@code convert} and
 * {@code import}: {@code --offset-unit} is always the unit of the input; {@code --text} the text of
 * formats whose files carry none. Import diagnostics that need one of them name them this way.
 */
final class InputOptions {
    @Option(names = "--offset-unit", paramLabel = "UNIT", converter = FormatNames.UnitConverter.class,
            description = "The unit the input files count offsets in (codepoint, utf16, utf8), when the format"
                    + " leaves it open; default: the format's documented unit, verified.")
    OffsetUnit offsetUnit;

    @Option(names = "--text", paramLabel = "FILE",
            description = "The document text (UTF-8), for formats whose files carry none (w3c, hypothesis).")
    Path text;
}
