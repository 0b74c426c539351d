package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standoff.core.model.Document;
import org.standoff.core.validation.Diagnostic;
import org.standoff.core.validation.Severity;

/**
 * An unpaired surrogate, which only a {@code \\u} escape can put in a JSON string and no UTF-8 file
 * can hold, is reported in every string the reader reads, and never replaced by the writer.
 */
class LoneSurrogateTest {
    private static final String VALID = "{\"format\":\"standoff/1\",\"id\":\"d1\",\"offsetUnit\":\"codepoint\","
            + "\"text\":\"Ann said hi.\",%s\"mentions\":[{\"id\":\"m1\",\"start\":0,\"end\":3,\"mentionType\":\"NAME\"%s}]}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "metadata value       | \"metadata\":{\"title\":\"a\\ud800b\"},  |                          | /metadata/title",
        "metadata key         | \"metadata\":{\"t\\udc00\":\"x\"},       |                          | /metadata",
        "annotation id        |                                          | ,\"lemma\":1             | /mentions/0/lemma",
        "unknown field value  | \"note\":[\"ok\",{\"k\":\"\\udbff\"}],   |                          | /note",
        "unknown field name   |                                          | ,\"x\\ud800\":1          | /mentions/0/mentionType",
        "high then high       | \"metadata\":{\"t\":\"\\ud83d\\ud83d\"}, |                          | /metadata/t",
    })
    void everyStringIsChecked(String what, String documentFields, String mentionFields, String pointer) {
        String json = String.format(VALID, documentFields == null ? "" : documentFields, mentionFields == null ? "" : mentionFields);
        if (what.equals("annotation id")) {
            json = json.replace("\"id\":\"m1\"", "\"id\":\"m\\ud800\"");
            pointer = "/mentions/0/id";
        }

        String expected = pointer;
        for (ReadResult result : new ReadResult[] {StandoffJson.fromJson(json),
                StandoffJson.read(json.getBytes(StandardCharsets.UTF_8), "in.json")}) {
            assertThat(result.diagnostics()).as(what).anySatisfy(d -> {
                if (what.endsWith("key") || what.endsWith("name")) {
                    // Jackson's byte parser itself stops at a broken surrogate in a field name
                    assertThat(d.code()).isIn(DiagnosticCodes.JSON_SYNTAX, DiagnosticCodes.STRING_UNPAIRED_SURROGATE);
                    assertThat(d.message()).containsIgnoringCase("surrogate");
                    assertThat(d.location().pointer()).startsWith(expected.substring(0, expected.lastIndexOf('/')));
                } else {
                    assertThat(d.code()).isEqualTo(DiagnosticCodes.STRING_UNPAIRED_SURROGATE);
                    assertThat(d.message()).contains("unpaired surrogate");
                    assertThat(d.location().pointer()).isEqualTo(expected);
                }
                assertThat(d.severity()).isEqualTo(Severity.ERROR);
            });
            assertThat(result.hasErrors()).isTrue();
        }
    }

    @Test
    void aSurrogatePairWrittenAsTwoEscapesIsAValidString() {
        String json = String.format(VALID, "\"metadata\":{\"t\":\"\\ud83d\\ude00\"},", "");

        ReadResult result = StandoffJson.fromJson(json);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.document().metadata()).containsEntry("t", "\uD83D\uDE00");
    }

    @Test
    void anEscapedBackslashBeforeUIsNoEscape() {
        String json = String.format(VALID, "\"metadata\":{\"t\":\"C:\\\\ud800\"},", "");

        ReadResult result = StandoffJson.read(json.getBytes(StandardCharsets.UTF_8), null);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.document().metadata()).containsEntry("t", "C:\\ud800");
    }

    @Test
    void theWriterEscapesAnUnpairedSurrogateInsteadOfReplacingIt(@TempDir Path directory) throws Exception {
        Document document = Document.builder("d1", "Ann said hi.").metadata("title", "a\uD800b").build();
        Path file = directory.resolve("d1.standoff.json");

        StandoffJson.write(document, file, WriterOptions.DEFAULTS);

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).contains("\"title\": \"a\\uD800b\"").doesNotContain("?");
        assertThat(StandoffJson.toJson(document)).isEqualTo(written);
        ReadResult back = StandoffJson.read(file);
        assertThat(back.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCodes.STRING_UNPAIRED_SURROGATE);
        assertThat(back.diagnostics().get(0).location().pointer()).isEqualTo("/metadata/title");
    }
}
