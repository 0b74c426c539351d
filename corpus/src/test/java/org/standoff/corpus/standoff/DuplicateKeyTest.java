package org.standoff.corpus.standoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standoff.core.validation.Diagnostic;

/**
 * A key repeated in any object of a document, wherever it is (a known field, an unknown one, inside
 * a value that is skipped or kept as it is, an object of more than sixteen keys), stops reading with
 * one {@code json.duplicate-key} error just after the repeated key, from bytes, a stream and a string.
 */
class DuplicateKeyTest {
    private static final String HEAD = "{\"format\": \"standoff/1\", \"id\": \"d\", \"offsetUnit\": \"codepoint\",\n \"text\": \"Ann ✓ said hi\",\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "top level         | \"id\": \"again\"}                                                          | id | /id | 3:5",
        "escaped name      | \"i\\u0064\": \"escaped\"}                                                   | id | /id | 3:10",
        "annotation field  | \"mentions\": [{\"id\": \"m1\", \"start\": 0, \"end\": 3, \"id\": \"m2\"}]}     | id | /mentions/0/id | 3:53",
        "unknown field     | \"mentions\": [{\"id\": \"m1\", \"start\": 0, \"end\": 3, \"x\": 1, \"x\": 2}]} | x | /mentions/0/x | 3:60",
        "kept unknown value| \"unknown\": {\"a\": [{\"b\": 1, \"c\": 2, \"b\": 4}]}}                        | b | /unknown/a/0/b | 3:39",
        "skipped value     | \"mentions\": {\"skipped\": {\"k\": 1, \"k\": 2}}}                            | k | /mentions/skipped/k | 3:37",
        "nested known      | \"fingerprint\": {\"utf16\": 1, \"utf16\": 2}}                                | utf16 | /fingerprint/utf16 | 3:36",
        "second section    | \"metadata\": {\"a\": \"1\"}, \"metadata\": {}}                                 | metadata | /metadata | 3:35",
    })
    void aRepeatedKeyStopsReadingJustAfterIt(String what, String tail, String key, String pointer, String lineColumn) {
        String json = HEAD + tail;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        for (ReadResult result : List.of(StandoffJson.read(bytes, "t"), StandoffJson.fromJson(json),
                StandoffJson.read(new ByteArrayInputStream(bytes), "t"))) {
            assertThat(result.document()).as(what).isNull();
            Diagnostic last = result.diagnostics().get(result.diagnostics().size() - 1);
            assertThat(last.code()).isEqualTo(DiagnosticCodes.JSON_DUPLICATE_KEY);
            assertThat(last.message()).isEqualTo("duplicate key '" + key + "'");
            assertThat(last.location().pointer()).isEqualTo(pointer);
            assertThat(last.location().line() + ":" + last.location().column()).isEqualTo(lineColumn);
        }
    }

    @org.junit.jupiter.api.Test
    void anObjectOfManyKeysIsCheckedToo() {
        StringBuilder metadata = new StringBuilder("\"metadata\": {");
        for (int i = 1; i <= 20; i++) {
            metadata.append("\"k").append(i).append("\": \"").append(i).append("\", ");
        }
        String json = HEAD + metadata + "\"k3\": \"again\"}}";

        ReadResult result = StandoffJson.fromJson(json);

        assertThat(result.document()).isNull();
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactly("duplicate key 'k3'");
        assertThat(result.diagnostics().get(0).location().pointer()).isEqualTo("/metadata/k3");
    }
}
