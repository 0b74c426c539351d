package org.standoff.corpus.standoff.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies one JSON value token by token, keeping number literals exactly as written ({@code 1e10}
 * stays {@code 1e10}), so unknown fields survive a read–write round trip unchanged.
 */
final class JsonCopy {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonCopy() {
    }

    /** The value the parser is on as compact JSON; the parser ends on the value's last token. */
    public static String toCompactText(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String quoted = quotedIfPlain(parser);
            if (quoted != null) {
                return quoted;
            }
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        JsonOutput out = new Utf8JsonOutput(text, false);
        copy(parser, out);
        out.flush();
        return text.toString(StandardCharsets.UTF_8);
    }

    /**
     * The string the parser is on, quoted, when none of its characters is escaped in compact JSON
     * (the usual unknown field, a note); {@code null} otherwise. It is read from the parser's buffer.
     */
    private static String quotedIfPlain(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        char[] quoted = new char[length + 2];
        quoted[0] = '"';
        for (int i = 0; i < length; i++) {
            char c = chars[offset + i];
            if (c < 0x80 && JsonOutput.ESCAPES[c] != 0) {
                return null;
            }
            quoted[i + 1] = c;
        }
        quoted[length + 1] = '"';
        return new String(quoted);
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
            parser.nextToken();
            copy(parser, out);
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

    /**
     * {@link #toCompactText} of a value whose objects must not repeat a key: {@code null} at the first
     * repeated key, with the parser somewhere inside the value. For a parser that does not check keys.
     */
    static String toCompactTextWithUniqueKeys(JsonParser parser) throws IOException {
        JsonToken first = parser.currentToken();
        if (!first.isStructStart()) {
            return toCompactText(parser);
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        JsonOutput out = new Utf8JsonOutput(text, false);
        java.util.ArrayDeque<java.util.Set<String>> keys = new java.util.ArrayDeque<>();
        int depth = 0;
        for (JsonToken token = first; ; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT) {
                keys.push(new java.util.HashSet<>());
            } else if (token == JsonToken.END_OBJECT) {
                keys.pop();
            } else if (token == JsonToken.FIELD_NAME && !keys.peek().add(parser.currentName())) {
                return null;
            }
            depth += copyToken(token, parser, out);
            if (depth == 0) {
                out.flush();
                return text.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** Copies the value the parser is on; the parser ends on the value's last token. */
    private static void copy(JsonParser parser, JsonOutput out) throws IOException {
        int depth = 0;
        JsonToken token = parser.currentToken();
        while (true) {
            depth += copyToken(token, parser, out);
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
        }
    }

    private static int copyToken(JsonToken token, JsonParser parser, JsonOutput out) throws IOException {
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
}
