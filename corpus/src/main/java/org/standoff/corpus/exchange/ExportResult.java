package org.standoff.corpus.exchange;

import java.util.List;
import java.util.Objects;
import org.standoff.core.validation.Diagnostic;

/**
 * What an export produced: the files, and a warning for everything the format could not carry.
 *
 * @param files       the output files, named relative to the output folder
 * @param diagnostics the losses ({@code export.loss} warnings naming the annotation) and any errors
 */
public record ExportResult(List<OutputFile> files, List<Diagnostic> diagnostics) {
    public ExportResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    /** One output file: a relative name and its text (written as UTF-8 without a byte-order mark). */
    public record OutputFile(String name, String content) {
        public OutputFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }
}
