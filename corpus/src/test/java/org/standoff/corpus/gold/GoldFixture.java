package org.standoff.corpus.gold;

import java.nio.file.Path;
import org.standoff.core.model.Document;
import org.standoff.corpus.Corpus;

/** The gold document as users get it: loaded from the shipped standoff JSON in one call. */
final class GoldFixture {
    /** The annotation source, relative to the corpus module (surefire's working directory). */
    static final Path SOURCE = Path.of("src/main/gold/putin-jiang-2001.yaml");

    private GoldFixture() {
    }

    /** The shipped gold document, loaded from the classpath. */
    static Document shipped() {
        return Corpus.shipped().document(Corpus.SHIPPED_DOCUMENT_ID).orElseThrow();
    }
}
