package org.standoff.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a GraphQL answer (maps with string keys, lists, strings, integers, booleans and nulls, as
 * graphql-java's result is made of) as JSON bytes through Jackson's streaming generator, with the
 * same bytes {@link ObjectMapper#writeValueAsBytes} gives, but without its serializer lookup for every
 * value. Anything else (another number type, an enum, an error's location …) is handed to the mapper.
 *
 * <p>The writing is bounded: past {@code maxBytes} bytes, or past the request's deadline, it stops
 * with {@link LimitReached} and what was written is dropped, so a huge answer never occupies more
 * than about {@code maxBytes} of memory nor a worker thread past the deadline.
 */
final class AnswerJson {
    /** Values written between two looks at the clock. */
    private static final int CLOCK_EVERY = 1_024;

    private AnswerJson() {
    }

    /** The answer could not be written within its bounds; the message says which. */
    static final class LimitReached extends RuntimeException {
        LimitReached(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code answer} as JSON, written as {@code mapper} would write it, without bounds. */
    static byte[] write(ObjectMapper mapper, Map<String, Object> answer) {
        return write(mapper, answer, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * {@code answer} as JSON of at most {@code maxBytes} bytes, written before {@code deadline} (a
     * {@link System#nanoTime()} value, or {@link Long#MAX_VALUE} for none).
     *
     * @throws LimitReached when the answer is larger or the deadline passes
     */
    static byte[] write(ObjectMapper mapper, Map<String, Object> answer, long maxBytes, long deadline) {
        CappedBytes bytes = new CappedBytes(maxBytes);
        try (JsonGenerator json = mapper.getFactory().createGenerator(bytes)) {
            new Writer(mapper, json, deadline).value(answer);
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize a GraphQL answer", e);
        }
        return bytes.toByteArray();
    }

    private static final class Writer {
        private final ObjectMapper mapper;
        private final JsonGenerator json;
        private final long deadline;
        private int values;

        Writer(ObjectMapper mapper, JsonGenerator json, long deadline) {
            this.mapper = mapper;
            this.json = json;
            this.deadline = deadline;
        }

        void value(Object value) throws IOException {
            if (++values % CLOCK_EVERY == 0 && deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
                throw new LimitReached("the answer could not be written before the query's deadline");
            }
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
                    value(entry.getValue());
                }
                json.writeEndObject();
            } else if (value instanceof List) {
                json.writeStartArray();
                for (Object item : (List<?>) value) {
                    value(item);
                }
                json.writeEndArray();
            } else {
                mapper.writeValue(json, value);
            }
        }
    }

    /** A byte buffer that refuses to grow past its cap (the generator flushes into it every few KB). */
    private static final class CappedBytes extends ByteArrayOutputStream {
        private final long cap;

        CappedBytes(long cap) {
            super(8_192);
            this.cap = cap;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            require(len);
            super.write(b, off, len);
        }

        @Override
        public synchronized void write(int b) {
            require(1);
            super.write(b);
        }

        private void require(int more) {
            if ((long) count + more > cap) {
                throw new LimitReached("the answer is larger than " + cap + " bytes; ask for fewer documents or fields");
            }
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
