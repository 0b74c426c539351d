package org.standoff.corpus.w3c;

import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/**
 * W3C Web Annotation JSON-LD, named {@code w3c}: single annotations, arrays, {@code AnnotationPage}s
 * and {@code AnnotationCollection}s, and Hypothesis API search results ({@code {"rows": [...]}}; a single
 * Hypothesis record is read as such under the name {@code hypothesis}, {@link HypothesisFormat}).
 * Spans are anchored with {@code TextPositionSelector} (code points, as the specification says;
 * UTF-16 for Hypothesis) verified against {@code TextQuoteSelector.exact}, else by the quote and its
 * prefix and suffix; every relocation is reported. W3C files carry no text: it comes from
 * {@link ImportOptions#text()}. The mapping and its losses are in docs/formats/w3c.md. Stateless and
 * thread-safe.
 */
public final class W3cFormat implements DocumentFormat {
    /** The format's name. */
    public static final String NAME = "w3c";
    /**
     * Attribute prefix of an annotation field with no place in the model ({@code w3c:group},
     * {@code w3c:tags}, {@code w3c:target}, ...): the field's JSON, which the writer gives back.
     */
    static final String KEPT = "w3c:";

    @Override
    public String name() {
        return NAME;
    }

    /** Reads each file as one document over {@link ImportOptions#text()}; without a text, only diagnoses. */
    @Override
    public ImportResult read(List<SourceFile> files, ImportOptions options) {
        return new W3cReader(options, false).read(files);
    }

    /** Writes one {@code AnnotationCollection} file {@code <id>.w3c.jsonld} per document. */
    @Override
    public ExportResult write(List<Document> documents, ExportOptions options) {
        return W3cWriter.write(documents, options);
    }
}
