package org.standoff.server.graphql;

import java.util.List;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.StandoffJson;
import org.standoff.server.store.DocumentFiles;
import org.standoff.server.store.StoreException;

/** Reads the standoff JSON of {@code importDocument}. */
final class StandoffImport {
    private StandoffImport() {
    }

    /** A read document and what reading it reported. */
    record Result(Document document, List<Diagnostic> diagnostics) {
    }

    /**
     * The document {@code json} holds (without a stored version entry), with the reader's diagnostics.
     *
     * @throws StoreException.Invalid when no document can be built from it
     */
    static Result read(String json) {
        ReadResult read = StandoffJson.fromJson(json);
        if (read.document() == null) {
            throw new StoreException.Invalid("the standoff JSON holds no readable document", read.errors());
        }
        return new Result(DocumentFiles.fromFile(read.document()).document(), read.diagnostics());
    }
}
