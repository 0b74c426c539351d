package org.standoff.corpus.w3c;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standoff.core.model.Document;
import org.standoff.core.model.Extent;
import org.standoff.core.model.GenericSpan;
import org.standoff.core.model.GenericSpanId;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.exchange.ExportOptions;
import org.standoff.corpus.exchange.ImportOptions;
import org.standoff.corpus.exchange.ImportResult;
import org.standoff.corpus.exchange.SourceFile;

/**
 * Annotation ids a W3C file may hold that cannot be ids here ({@code ""}, blanks, white space
 * around): the annotation is imported under a generated id with a {@code w3c.id} warning naming
 * its JSON pointer, and the rest of the file is imported as usual. (An empty id used to drop the
 * whole file with an internal class name in the message.)
 */
class W3cHostileIdsTest {
    private static final String TEXT = "Putin said peace.";

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "urn:standoff:doc-1#", "urn:standoff:doc-1# s1", "\\t"})
    void anIdThatCannotBeAnIdIsReplacedWithAWarning(String hostile) {
        Document document = Document.builder("doc-1", TEXT)
                .add(new GenericSpan(GenericSpanId.of("s1"), "ner", "PERSON", Extent.of(0, 5), Map.of(), null))
                .add(new GenericSpan(GenericSpanId.of("s2"), "ner", "THING", Extent.of(11, 16), Map.of(), null))
                .build();
        String json = new W3cFormat().write(List.of(document), ExportOptions.DEFAULTS).files().get(0).content();
        assertThat(json).contains("\"id\" : \"urn:standoff:doc-1#s1\"");
        String hostileJson = json.replace("\"id\" : \"urn:standoff:doc-1#s1\"", "\"id\" : \"" + hostile + "\"");

        ImportResult result = new W3cFormat().read(List.of(SourceFile.of("doc-1.w3c.jsonld", hostileJson)),
                new ImportOptions(null, TEXT, null));

        assertThat(result.documents()).hasSize(1);
        assertThat(result.documents().get(0).annotations()).hasSize(2);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("w3c.id");
        assertThat(result.diagnostics()).extracting(Diagnostic::message).noneMatch(m -> m.contains("Exception"));
    }
}
