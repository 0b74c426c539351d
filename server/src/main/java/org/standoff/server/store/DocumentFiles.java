package org.standoff.server.store;

import java.nio.file.Path;
import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffDirectory;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.corpus.standoff.WriterOptions;

/**
 * How the server keeps a versioned document in a standoff JSON file: canonical standoff JSON
 * (code points, covered text), with the document's version in the metadata entry
 * {@value #VERSION_KEY}. The entry exists only in files: reading removes it from the document and
 * writing adds it, so clients never see it in {@code metadata}.
 */
public final class DocumentFiles {
    /** The metadata key that holds a stored document's version in its file. */
    public static final String VERSION_KEY = "standoff:version";

    /** The file name ending of a standoff JSON document. */
    public static final String SUFFIX = StandoffDirectory.SUFFIX;

    private DocumentFiles() {
    }

    /** A document read from a file, with its version (1 when the file has none) and what reading reported. */
    public record Loaded(StoredDocument stored, List<Diagnostic> diagnostics) {
    }

    /** The file's bytes: canonical standoff JSON of the document, its version in the metadata. */
    public static byte[] encode(StoredDocument stored) {
        return StandoffJson.toBytes(withVersion(stored), WriterOptions.DEFAULTS);
    }

    /** The document as files (and JSON Lines corpora) hold it: its version in the metadata. */
    public static Document withVersion(StoredDocument stored) {
        return stored.document().toBuilder()
                .metadata(VERSION_KEY, Long.toString(stored.version()))
                .build();
    }

    /** Reads a document file; {@code null} stored document when the file holds none that can be built. */
    public static Loaded read(Path file) {
        ReadResult result = StandoffJson.read(file);
        if (result.document() == null) {
            return new Loaded(null, result.diagnostics());
        }
        return new Loaded(fromFile(result.document()), result.diagnostics());
    }

    /** A document as read from a file: its version taken out of the metadata. */
    public static StoredDocument fromFile(Document document) {
        String version = document.metadata().get(VERSION_KEY);
        long parsed = 1;
        if (version != null && version.matches("[1-9][0-9]{0,17}")) {
            parsed = Long.parseLong(version);
        }
        return new StoredDocument(version == null ? document : withoutVersion(document), parsed);
    }

    private static Document withoutVersion(Document document) {
        return document.toBuilder().removeMetadata(VERSION_KEY).build();
    }
}
