package org.standoff.corpus.standoff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the fast path's raw comparisons rely on in Jackson's public API: on a string value, reached
 * by {@code nextFieldName()} then {@code nextToken()} or as an array element, the byte offset of
 * {@code currentTokenLocation()} is that of the value's opening quote, over the whole input (past
 * buffer boundaries).
 * A Jackson upgrade that changes this fails here; {@code CleanReader} also checks the quotes around
 * the range before it compares.
 */
class TokenOffsetTest {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** A JSON text of many objects with plain, escaped and non-ASCII strings, longer than any parser buffer. */
    private static String input() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 3000; i++) {
            json.append("{\"id\": \"x").append(i).append("\", \"text\":\"ab\\\"c\u00e9\", \"n\": 1, \"emoji\": \"\uD83D\uDE00 ")
                    .append(i).append("\"},\n  \"plain ").append(i).append("\", ");
        }
        return json.append("\"end\"]").toString();
    }

    @Test
    void theByteParserGivesTheByteOffsetOfAStringsFirstByte() throws IOException {
        String json = input();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            for (Value value : strings(parser)) {
                byte[] raw = value.text.getBytes(StandardCharsets.UTF_8);
                assertThat(bytes[value.offset - 1]).as("quote before %s", value.text).isEqualTo((byte) '"');
                if (!value.text.contains("\"")) {
                    assertThat(new String(bytes, value.offset, raw.length, StandardCharsets.UTF_8)).isEqualTo(value.text);
                }
            }
        }
    }

    private record Value(int offset, String text) {
    }

    /** Every string value, with the token offset read before the value is decoded. */
    private static List<Value> strings(JsonParser parser) throws IOException {
        List<Value> values = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT) {
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    if (parser.nextToken() == JsonToken.VALUE_STRING) {
                        values.add(value(parser));
                    }
                }
            } else if (token == JsonToken.VALUE_STRING) {
                values.add(value(parser));
            }
        }
        assertThat(values).hasSize(4 * 3000 + 1);
        return values;
    }

    private static Value value(JsonParser parser) throws IOException {
        int offset = (int) parser.currentTokenLocation().getByteOffset() + 1;
        return new Value(offset, parser.getText());
    }
}
