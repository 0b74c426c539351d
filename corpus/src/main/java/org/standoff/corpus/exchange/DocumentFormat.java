package org.standoff.corpus.exchange;

import java.util.List;
import org.standoff.core.model.Document;

/**
 * An exchange format that documents are imported from and/or exported to: brat, Label Studio,
 * UIMA CAS JSON, doccano, W3C Web Annotation, CoNLL. Each format lives in its own package and is
 * listed in {@link Formats}.
 *
 * <p>Neither direction throws on bad input or on what a format cannot carry: an import returns the
 * documents it could build with every problem as a diagnostic (with file, line/column or JSON
 * pointer, and annotation id), and an export returns the files with a warning for each thing it
 * had to leave out ({@code export.loss}), so nothing is ever dropped silently. Implementations are
 * stateless and thread-safe.
 */
public interface DocumentFormat {

    /** The format's name on the command line and over GraphQL: {@code brat}, {@code labelstudio}, .... */
    String name();

    /** Whether {@link #read} is supported; true unless a format says otherwise. */
    default boolean canImport() {
        return true;
    }

    /** Whether {@link #write} is supported; true unless a format says otherwise. */
    default boolean canExport() {
        return true;
    }

    /**
     * Imports the documents in {@code files} (e.g. a brat {@code .txt} with its {@code .ann} and
     * {@code annotation.conf}, or one Label Studio export holding many tasks).
     *
     * @throws UnsupportedOperationException if {@link #canImport()} is false
     */
    ImportResult read(List<SourceFile> files, ImportOptions options);

    /**
     * Exports {@code documents} as the files of this format, named relative to an output folder.
     *
     * @throws UnsupportedOperationException if {@link #canExport()} is false
     */
    ExportResult write(List<Document> documents, ExportOptions options);
}
