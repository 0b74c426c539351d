package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/** Introspection queries that graphql-java's good-faith check refuses are a limit, not an internal error. */
class IntrospectionAbuseTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.of(Fixtures.jiang());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void cyclesThroughTheSchemaAreALimit() {
        JsonNode answer = server.graphql("{ __schema { types { fields { type { fields { type { fields { type { fields"
                + " { name } } } } } } } } } }");
        assertThat(answer.at("/errors/0/extensions/code").asText()).as(answer.toString()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(answer.has("data")).isFalse();
    }

    @Test
    void repeatedSchemaFieldsAreALimit() {
        JsonNode answer = server.graphql("{ a: __schema { queryType { name } } b: __schema { queryType { name } } }");
        assertThat(answer.at("/errors/0/extensions/code").asText()).as(answer.toString()).isEqualTo("LIMIT_EXCEEDED");
    }

    @Test
    void anOrdinaryIntrospectionIsAnswered() {
        JsonNode answer = server.graphql("{ __schema { queryType { name } } __type(name: \"Document\") { name } }");
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
    }
}
