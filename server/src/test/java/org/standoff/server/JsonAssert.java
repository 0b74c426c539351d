package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Compares JSON answers with expected JSON text, as trees (key order and spacing do not matter). */
public final class JsonAssert {
    private JsonAssert() {
    }

    public static void assertJson(JsonNode actual, String expected) {
        assertThat(actual.toPrettyString()).isEqualTo(TestServer.parse(expected).toPrettyString());
    }
}
