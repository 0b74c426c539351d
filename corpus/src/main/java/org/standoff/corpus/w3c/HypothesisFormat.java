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
 * Hypothesis API records, named {@code hypothesis}: a single annotation record or a search result
 * ({@code {"rows": [...]}}), read by the W3C reader ({@link W3cFormat}) with Hypothesis's own unit,
 * UTF-16 code units of the page's {@code textContent}. Import only: export writes W3C Web Annotation
 * ({@code w3c}), which carries what Hypothesis records carry. Stateless and thread-safe.
 */
public final class HypothesisFormat implements DocumentFormat {
    /** The format's name. */
    public static final String NAME = "hypothesis";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canExport() {
        return false;
    }

    /** Reads each file as one document over {@link ImportOptions#text()}, offsets in UTF-16 unless stated. */
    @Override
    public ImportResult read(List<SourceFile> files, ImportOptions options) {
        return new W3cReader(options, true).read(files);
    }

    @Override
    public ExportResult write(List<Document> documents, ExportOptions options) {
        throw new UnsupportedOperationException("hypothesis is read only; export as " + W3cFormat.NAME);
    }
}
