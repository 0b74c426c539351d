package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Copies JSON token by token; writes a kept unknown field (compact JSON text, as {@link Cursor#raw()} read it) in the output's
 * layout, number literals exactly as written ({@code 1e10} stays {@code 1e10}), so unknown fields
 * survive a read–write round trip unchanged.
 */
final class JsonCopy {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonCopy() {
    }

    /**
     * Writes the JSON text {@code raw} (one value) to {@code out}, in its layout. A string without
     * escapes, the usual unknown field, is written without parsing it: it is its own canonical form.
     */
    static void writeRaw(String raw, JsonOutput out) throws IOException {
        if (isPlainString(raw)) {
            out.string(raw, 1, raw.length() - 1);
            return;
        }
        try (JsonParser parser = FACTORY.createParser(raw)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                token(token, parser, out);
            }
        }
    }

    /** Writes the token {@code token} the parser is on to {@code out}; returns +1 when it opens a container, -1 when it closes one. */
    static int token(JsonToken token, JsonParser parser, JsonOutput out) throws IOException {
        switch (token) {
            case START_OBJECT: out.startObject(); return 1;
            case END_OBJECT: out.endObject(); return -1;
            case START_ARRAY: out.startArray(); return 1;
            case END_ARRAY: out.endArray(); return -1;
            case FIELD_NAME: out.name(parser.currentName()); return 0;
            case VALUE_STRING: out.string(parser.getText()); return 0;
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: out.numberText(parser.getText()); return 0;
            case VALUE_TRUE: out.bool(true); return 0;
            case VALUE_FALSE: out.bool(false); return 0;
            case VALUE_NULL: out.nullValue(); return 0;
            default: throw new IllegalStateException("unhandled JSON token " + token);
        }
    }

    /** Whether {@code raw} is exactly a quoted string with no backslash, quote or control character inside. */
    private static boolean isPlainString(String raw) {
        int last = raw.length() - 1;
        if (last < 1 || raw.charAt(0) != '"' || raw.charAt(last) != '"') {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
