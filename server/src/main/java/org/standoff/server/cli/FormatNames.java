package org.standoff.server.cli;

import java.util.Optional;
import java.util.stream.Collectors;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.Formats;
import picocli.CommandLine;

/** The exchange formats and offset units as the command line names them. */
final class FormatNames {
    private FormatNames() {
    }

    /** The names of the formats that can import ({@code true}) or export ({@code false}), comma-separated. */
    static String available(boolean importing) {
        return Formats.all().stream().filter(f -> importing ? f.canImport() : f.canExport())
                .map(DocumentFormat::name).collect(Collectors.joining(", "));
    }

    /** The format named {@code name} (any case) if it can import ({@code importing}) or export; else empty. */
    static Optional<DocumentFormat> find(String name, boolean importing) {
        return Formats.byName(name).filter(f -> importing ? f.canImport() : f.canExport());
    }

    /** The usage message for a name that is no format able to import or export. */
    static String unknown(String name, boolean importing) {
        boolean exists = Formats.byName(name).isPresent();
        return (exists ? "the format " + name + " cannot " + (importing ? "import" : "export")
                : "unknown format \"" + name + "\"") + "; formats that " + (importing ? "import" : "export")
                + ": " + available(importing);
    }

    /** Picocli's converter of {@code codepoint}, {@code utf16}, {@code utf8} (any case). */
    static final class UnitConverter implements CommandLine.ITypeConverter<OffsetUnit> {
        @Override
        public OffsetUnit convert(String value) {
            try {
                return OffsetUnit.fromWireName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
