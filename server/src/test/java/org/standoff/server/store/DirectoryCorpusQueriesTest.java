package org.standoff.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.corpus.exchange.DocumentFileName;

/** The corpus-wide queries against the directory store over a real corpus directory. */
class DirectoryCorpusQueriesTest extends CorpusQueriesContract {
    @TempDir
    Path directory;

    @Override
    protected Store create(List<StoredDocument> initial) throws Exception {
        for (StoredDocument stored : initial) {
            Files.write(directory.resolve(DocumentFileName.of(stored.id(), DocumentFiles.SUFFIX)), DocumentFiles.encode(stored));
        }
        return CorpusDirectory.open(directory, false);
    }
}
