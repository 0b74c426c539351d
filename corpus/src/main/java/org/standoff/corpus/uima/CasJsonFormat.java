package org.standoff.corpus.uima;

import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.corpus.exchange.DocumentFormat;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ExportResult;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/**
 * UIMA CAS JSON 0.4.0 ({@code %TYPES}, {@code %FEATURE_STRUCTURES}, {@code %VIEWS}) as INCEpTION's
 * {@code jsoncas} format reads and writes it, named {@code uima-json}. Offsets count UTF-16 code
 * units unless {@code %HEADER.offset-encoding} says {@code UTF-8} or {@code UTF-32} (code points).
 * Quotes, mentions, cues, claims become {@code webanno.custom.*} span layers, attributions a link
 * host with slot features; the mapping and its losses are in docs/formats/uima-cas-json.md.
 * Stateless and thread-safe.
 */
public final class CasJsonFormat implements DocumentFormat {
    /** The format's name. */
    public static final String NAME = "uima-json";

    @Override
    public String name() {
        return NAME;
    }

    /** Reads each file as one CAS; the initial view's sofa is the document text. */
    @Override
    public ImportResult read(List<SourceFile> files, ImportOptions options) {
        return new CasJsonReader(options).read(files);
    }

    /** Writes one file {@code <id>.json} per document, with its type system in {@code %TYPES}. */
    @Override
    public ExportResult write(List<Document> documents, ExportOptions options) {
        return CasJsonWriter.write(documents, options);
    }
}
