package org.standoff.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a GraphQL answer (maps with string keys, lists, strings, integers, booleans and nulls, as
 * graphql-java's result is made of) as JSON bytes through Jackson's streaming generator, with the
 * same bytes {@link ObjectMapper#writeValueAsBytes} gives, but without its serializer lookup for every
 * value. Anything else (another number type, an enum, an error's location …) is handed to the mapper.
 */
final class AnswerJson {
    private AnswerJson() {
    }

    /** {@code answer} as JSON, written as {@code mapper} would write it. */
    static byte[] write(ObjectMapper mapper, Map<String, Object> answer) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(8_192);
             JsonGenerator json = mapper.getFactory().createGenerator(bytes)) {
            value(mapper, json, answer);
            json.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize a GraphQL answer", e);
        }
    }

    private static void value(ObjectMapper mapper, JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String) {
            json.writeString((String) value);
        } else if (value instanceof Integer) {
            json.writeNumber((Integer) value);
        } else if (value instanceof Boolean) {
            json.writeBoolean((Boolean) value);
        } else if (value instanceof Map && stringKeys((Map<?, ?>) value)) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                json.writeFieldName((String) entry.getKey());
                value(mapper, json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List) {
            json.writeStartArray();
            for (Object item : (List<?>) value) {
                value(mapper, json, item);
            }
            json.writeEndArray();
        } else {
            mapper.writeValue(json, value);
        }
    }

    private static boolean stringKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
