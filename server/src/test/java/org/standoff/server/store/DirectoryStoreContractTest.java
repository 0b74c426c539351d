package org.standoff.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.corpus.exchange.DocumentFileName;

/** The store contract against the directory store over a real corpus directory. */
class DirectoryStoreContractTest extends StoreContract {
    @TempDir
    Path directory;

    @Override
    protected Store create(List<StoredDocument> initial) throws Exception {
        return written(directory, initial);
    }

    /** A directory store over {@code directory} holding {@code initial}, each written as its own file. */
    static Store written(Path directory, List<StoredDocument> initial) throws Exception {
        for (StoredDocument stored : initial) {
            Files.write(directory.resolve(DocumentFileName.of(stored.id(), DocumentFiles.SUFFIX)), DocumentFiles.encode(stored));
        }
        return CorpusDirectory.open(directory, false);
    }

    @Override
    protected Store reopen() throws Exception {
        return CorpusDirectory.open(directory, false);
    }
}
