package org.standoff.corpus.standoff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standoff.core.validation.Diagnostic;
import org.standoff.corpus.standoff.ReadResult;
import org.standoff.corpus.standoff.ReaderOptions;

/**
 * {@link DuplicateKeys} against Jackson's own {@code STRICT_DUPLICATE_DETECTION}: the reader reports
 * a repeated key with Jackson's message, at Jackson's line and column, from bytes and from a string.
 */
class DuplicateKeysTest {
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final String HEAD = "{\"format\": \"standoff/1\", \"id\": \"d\", \"offsetUnit\": \"codepoint\",\n \"text\": \"Ann ✓ said hi\",\n";

    @ParameterizedTest
    @ValueSource(strings = {
        "\"id\": \"again\"}",
        "\"i\\u0064\": \"escaped\"}",
        "\"mentions\": [{\"id\": \"m1\", \"start\": 0, \"end\": 3, \"x\": 1, \"x\": 2}]}",
        "\"mentions\": [{\"id\": \"m1\", \"start\": 0, \"end\": 3, \"mentionType\": \"NAME\", \"mentionType\": \"NAME\"}]}",
        "\"unknown\": {\"a\": [{\"b\": 1, \"c\": 2, \"d\": 3, \"b\": 4}]}}",
        "\"mentions\": {\"skipped\": {\"k\": 1, \"k\": 2}}}",
        "\"metadata\": {\"k1\": \"1\", \"k2\": \"2\", \"k3\": \"3\", \"k4\": \"4\", \"k5\": \"5\", \"k6\": \"6\", \"k7\": \"7\", \"k8\": \"8\","
                + " \"k9\": \"9\", \"k10\": \"10\", \"k11\": \"11\", \"k12\": \"12\", \"k13\": \"13\", \"k14\": \"14\", \"k15\": \"15\","
                + " \"k16\": \"16\", \"k17\": \"17\", \"k18\": \"18\", \"k3\": \"again\"}}",
        "\"ü✓\": 1, \"ü✓\"   : 2}",
        "\"id\"   2}",
        "\"id\": tru}",
        "\"id\"",
        "\"id\"\n",
        "\"id\" \r\n :\n\n  x}",
        "\"i\\\"d\\\\\": 1, \"i\\\"d\\\\\"  \r\n",
        "\"id\":\n",
        "\"metadata\": {\"a\": \"1\"}, \"metadata\": {}}",
        "\"schema\": {\"layers\": [], \"layers\": []}}",
    })
    void aRepeatedKeyIsReportedAsJacksonReportsIt(String tail) throws IOException {
        String json = HEAD + tail;
        Diagnostic expected = jacksonSays(json);

        for (ReadResult result : List.of(
                StandoffReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t", ReaderOptions.DEFAULTS),
                StandoffReader.read(json, "t", ReaderOptions.DEFAULTS, 0))) {
            Diagnostic fatal = result.diagnostics().get(result.diagnostics().size() - 1);
            assertThat(fatal.message()).isEqualTo(expected.message());
            assertThat(fatal.location().line()).isEqualTo(expected.location().line());
            assertThat(fatal.location().column()).isEqualTo(expected.location().column());
        }
    }

    /** What the reader reported before {@link DuplicateKeys}: Jackson's strict parser's first error, through {@link Failures}. */
    private static Diagnostic jacksonSays(String json) throws IOException {
        Sink sink = new Sink("t");
        try (JsonParser parser = STRICT.createParser(json)) {
            while (parser.nextToken() != null) {
                // read every token
            }
        } catch (JsonParseException e) {
            Failures.report(e, null, sink, new Loc("", e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        }
        assertThat(sink.diagnostics()).hasSize(1);
        return sink.diagnostics().get(0);
    }
}
