package org.standoff.corpus.labelstudio;

import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/**
 * Label Studio's full JSON export (an array of tasks with {@code data.text}, {@code annotations} and
 * {@code predictions}), named {@code labelstudio}. Offsets count code points (current Label Studio);
 * files whose covered texts verify only as UTF-16 (older exports) are read as UTF-16 with a
 * {@code unit.detected} warning. The mapping and its losses are in docs/formats/labelstudio.md.
 * Stateless and thread-safe.
 */
public final class LabelStudioFormat implements DocumentFormat {
    /** The format's name. */
    public static final String NAME = "labelstudio";
    /** Metadata prefix of a task field with no place in the model ({@code id}, {@code meta}, ...), kept as JSON. */
    static final String KEPT_TASK = "labelstudio:task.";
    /** Metadata prefix of a {@code data} field that is not a string, kept as JSON. */
    static final String KEPT_DATA = "labelstudio:data.";
    /**
     * Metadata prefix of an annotation's (or prediction's) fields with no place in the model
     * ({@code id}, {@code created_ago}, {@code source}, ...), kept as one JSON object, named by the
     * annotation's provenance id (else {@code annotations/N}).
     */
    static final String KEPT_ANNOTATION = "labelstudio:annotation.";

    @Override
    public String name() {
        return NAME;
    }

    /** Reads each file as an array of tasks, one task, or a bare annotation ({@code {"result": [...]}}). */
    @Override
    public ImportResult read(List<SourceFile> files, ImportOptions options) {
        return new LabelStudioReader(options).read(files);
    }

    /**
     * Writes one file {@code <first document id>.json} holding one task per document; human and
     * unattributed annotations go to {@code annotations}, software ones to {@code predictions}, and
     * with {@link ExportOptions#asPredictions()} everything goes to {@code predictions}.
     */
    @Override
    public ExportResult write(List<Document> documents, ExportOptions options) {
        return LabelStudioWriter.write(documents, options);
    }
}
