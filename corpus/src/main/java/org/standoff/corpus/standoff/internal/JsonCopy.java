package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Copies one JSON value token by token, keeping number literals exactly as written ({@code 1e10}
 * stays {@code 1e10}), so unknown fields survive a read–write round trip unchanged.
 */
public final class JsonCopy {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonCopy() {
    }

    /** The value the parser is on as compact JSON; the parser ends on the value's last token. */
    public static String toCompactText(JsonParser parser) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            copy(parser, generator);
        }
        return out.toString();
    }

    /** Writes the JSON text {@code raw} (one value) to {@code generator}, in the generator's layout. */
    public static void writeRaw(String raw, JsonGenerator generator) throws IOException {
        try (JsonParser parser = FACTORY.createParser(raw)) {
            parser.nextToken();
            copy(parser, generator);
        }
    }

    /** Copies the value the parser is on; the parser ends on the value's last token. */
    public static void copy(JsonParser parser, JsonGenerator generator) throws IOException {
        int depth = 0;
        JsonToken token = parser.currentToken();
        while (true) {
            depth += copyToken(token, parser, generator);
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
        }
    }

    private static int copyToken(JsonToken token, JsonParser parser, JsonGenerator generator) throws IOException {
        switch (token) {
            case START_OBJECT: generator.writeStartObject(); return 1;
            case END_OBJECT: generator.writeEndObject(); return -1;
            case START_ARRAY: generator.writeStartArray(); return 1;
            case END_ARRAY: generator.writeEndArray(); return -1;
            case FIELD_NAME: generator.writeFieldName(parser.currentName()); return 0;
            case VALUE_STRING: generator.writeString(parser.getText()); return 0;
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: generator.writeNumber(parser.getText()); return 0;
            case VALUE_TRUE: generator.writeBoolean(true); return 0;
            case VALUE_FALSE: generator.writeBoolean(false); return 0;
            case VALUE_NULL: generator.writeNull(); return 0;
            default: throw new IllegalStateException("unhandled JSON token " + token);
        }
    }
}
