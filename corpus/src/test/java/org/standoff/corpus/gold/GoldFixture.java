package org.standoff.corpus.gold;

import java.nio.file.Path;
import org.standoff.core.model.Document;

/** The gold document generated from its annotation source, once per test run. */
final class GoldFixture {
    /** The annotation source, relative to the corpus module (surefire's working directory). */
    static final Path SOURCE = Path.of("src/main/gold/putin-jiang-2001.yaml");

    private static Document document;

    private GoldFixture() {
    }

    static synchronized Document generated() {
        if (document == null) {
            document = GoldGenerator.generate(GoldSource.read(SOURCE)).orThrow();
        }
        return document;
    }
}
