package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.standoff.corpus.Corpus;

/** The shipped gold corpus is valid by the published JSON Schema, so a Python user can check it without Java. */
class ShippedCorpusSchemaTest {
    @Test
    void theShippedCorpusIsValidByTheJsonSchema() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("src/main/resources").resolve(Corpus.SHIPPED_RESOURCE));
        assertThat(JsonSchemaCheck.errors(shipped)).isEmpty();
    }
}
