package org.standoff.corpus.exchange;

import java.util.Objects;
import org.standoff.core.text.OffsetUnit;
import org.standoff.corpus.mapping.LabelMapping;

/**
 * What the user tells an importer that the files do not say.
 *
 * @param offsetUnit the unit the files count in, or {@code null} to use the format's documented
 *                   unit (and, where the format is ambiguous, to detect it by verifying covered
 *                   texts, reporting when it cannot be decided)
 * @param text       the document text, for formats whose files do not carry it (W3C Web
 *                   Annotation), or {@code null}
 * @param documentId the id to give an imported document when the files name none, or {@code null}
 *                   to derive it from the file name
 * @param names      how the front end names these options, for diagnostics that ask the user to
 *                   supply one ({@link OptionNames#COMMAND_LINE}, {@link OptionNames#GRAPHQL})
 * @param mapping    how the files' labels map to the model (the built-in {@code parc}, or a mapping file), or
 *                   {@code null} for the format's own vocabulary; formats without labels of their own ignore it
 */
public record ImportOptions(OffsetUnit offsetUnit, String text, String documentId, OptionNames names,
                            LabelMapping mapping) {
    /** No declared unit, no text, ids from file names, options named in plain words, the format's own vocabulary. */
    public static final ImportOptions DEFAULTS = new ImportOptions(null, null, null, OptionNames.PLAIN, null);

    public ImportOptions {
        Objects.requireNonNull(names, "names");
    }

    /** Options named in plain words, without a label mapping. */
    public ImportOptions(OffsetUnit offsetUnit, String text, String documentId) {
        this(offsetUnit, text, documentId, OptionNames.PLAIN, null);
    }

    /** A copy declaring the offset unit. */
    public ImportOptions withOffsetUnit(OffsetUnit unit) {
        return new ImportOptions(unit, text, documentId, names, mapping);
    }

    /** A copy supplying the document text. */
    public ImportOptions withText(String newText) {
        return new ImportOptions(offsetUnit, newText, documentId, names, mapping);
    }

    /** A copy naming the document id. */
    public ImportOptions withDocumentId(String id) {
        return new ImportOptions(offsetUnit, text, id, names, mapping);
    }

    /** A copy whose diagnostics name the options as {@code front} does. */
    public ImportOptions withNames(OptionNames front) {
        return new ImportOptions(offsetUnit, text, documentId, front, mapping);
    }

    /** A copy mapping labels with {@code newMapping} (null: the format's own vocabulary). */
    public ImportOptions withMapping(LabelMapping newMapping) {
        return new ImportOptions(offsetUnit, text, documentId, names, newMapping);
    }
}
