package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.standoff.core.text.OffsetUnit;

/** The shipped JSON Schema: one copy in the jar and in docs/, and it agrees with the Java reader. */
class JsonSchemaTest {

    @Test
    void theJarCopyAndTheDocsCopyAreByteIdentical() throws IOException {
        byte[] docs = Files.readAllBytes(Path.of("../docs/standoff-1.schema.json"));
        try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(JsonSchemaCheck.RESOURCE)) {
            assertThat(in.readAllBytes()).isEqualTo(docs);
        }
    }

    @Test
    void everyGoodFileAndEveryWriterOutputIsValid() throws IOException {
        byte[] golden = Files.readAllBytes(Path.of("src/test/resources/standoff/good/jiang.standoff.json"));
        assertThat(JsonSchemaCheck.errors(golden)).isEmpty();
        for (OffsetUnit unit : OffsetUnit.values()) {
            WriterOptions options = WriterOptions.DEFAULTS.withOffsetUnit(unit);
            assertThat(JsonSchemaCheck.errors(StandoffJson.toJson(Examples.jiang(), options).getBytes())).isEmpty();
            assertThat(JsonSchemaCheck.errors(StandoffJson.toJson(Examples.jiang(), options.withCoveredText(false)
                    .withTextRef("text/jiang.txt")).getBytes())).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> theSchemaAcceptsExactlyTheFilesTheTableSaysAndNeverOneTheReaderRejectsStructurally() {
        return BadInputs.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            List<String> errors = JsonSchemaCheck.errors(Files.readAllBytes(c.path()));
            assertThat(errors.isEmpty()).as("schema verdict, errors %s", errors).isEqualTo(c.schemaValid());
            ReadResult read = StandoffJson.read(c.path());
            if (!c.schemaValid()) {
                assertThat(read.hasErrors()).as("the reader must reject what the schema rejects").isTrue();
            }
            if (!read.hasErrors()) {
                assertThat(errors).as("the schema must accept what the reader accepts").isEmpty();
            }
        }));
    }
}
