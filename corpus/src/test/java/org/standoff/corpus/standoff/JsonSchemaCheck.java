package org.standoff.corpus.standoff;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates bytes against the shipped JSON Schema with networknt json-schema-validator, as a
 * Python user with {@code jsonschema} would: the bytes must be UTF-8 JSON (a leading byte order
 * mark is skipped, as Python's {@code utf-8-sig} does).
 */
final class JsonSchemaCheck {
    static final String RESOURCE = "/org/standoff/corpus/standoff/standoff-1.schema.json";
    private static final Schema SCHEMA = load();

    private JsonSchemaCheck() {
    }

    private static Schema load() {
        try (InputStream in = JsonSchemaCheck.class.getResourceAsStream(RESOURCE)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about {@code bytes}, or one "not JSON" entry; empty when valid. */
    static List<String> errors(byte[] bytes) {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return List.of("not JSON: not UTF-8");
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        try {
            return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
        } catch (RuntimeException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** Whether the schema accepts {@code json}. */
    static boolean isValid(String json) {
        return errors(json.getBytes(StandardCharsets.UTF_8)).isEmpty();
    }
}
