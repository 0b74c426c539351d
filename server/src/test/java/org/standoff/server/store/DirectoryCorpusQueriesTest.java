package org.standoff.server.store;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The corpus-wide queries against the directory store over a real corpus directory. */
class DirectoryCorpusQueriesTest extends CorpusQueriesContract {
    @TempDir
    Path directory;

    @Override
    protected Store create(List<StoredDocument> initial) throws Exception {
        return DirectoryStoreContractTest.written(directory, initial);
    }
}
