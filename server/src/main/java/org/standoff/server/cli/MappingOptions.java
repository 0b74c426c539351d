package org.standoff.server.cli;

import picocli.CommandLine.Option;

/** {@code --mapping NAME|FILE}, one meaning in {@code convert} and {@code import}. */
final class MappingOptions {
    @Option(names = "--mapping", paramLabel = "NAME|FILE",
            description = "How the input's labels map to the model: the built-in parc (PolNeAR, PARC 3.0) or a mapping"
                    + " file (docs/FORMATS.md, Label mappings); default: the format's own vocabulary. brat only; import"
                    + " checks a file here and sends its text to the server.")
    String name;
}
