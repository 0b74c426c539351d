package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standoff.core.agreement.Agreement;
import org.standoff.core.agreement.AgreementReport;
import org.standoff.core.agreement.AnnotatorCopy;
import org.standoff.core.agreement.KappaScore;
import org.standoff.core.model.Document;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/** {@code Query.agreement} over HTTP gives the figures {@link Agreement} computes. */
class AgreementApiTest {
    private static final String QUERY = """
            query($ids: [ID!]!) { agreement(documentIds: $ids) {
              annotators textLength
              spans { layer first second matching firstCount secondCount matched precision recall f1 }
              attributions { matching paired source cue content triple tripleF1 }
              kappas { layer attribute method annotators items observed expected kappa }
              alphas { layer alpha categories { category observed expected alpha } }
              disagreements { layer kind first second firstId firstSpans { start end } secondId secondSpans { start end } detail context }
            } }""";

    private final Document ana = Fixtures.article().toBuilder().id("article~ana").build();
    private final Document ben = Fixtures.articleCopyEdited().toBuilder().id("article~ben").build();
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.of(ana, ben, Fixtures.jiang());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSameFiguresAsTheLibrary() {
        JsonNode answer = server.graphql(QUERY, Map.of("ids", List.of("article~ana", "article~ben")));
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        JsonNode agreement = answer.at("/data/agreement");
        AgreementReport report = Agreement.measure(List.of(new AnnotatorCopy("article~ana", ana),
                new AnnotatorCopy("article~ben", ben)));
        assertThat(agreement.at("/annotators").toString()).isEqualTo("[\"article~ana\",\"article~ben\"]");
        assertThat(agreement.at("/spans")).hasSize(report.spans().size());
        for (int i = 0; i < report.spans().size(); i++) {
            assertThat(agreement.at("/spans/" + i + "/matched").asInt()).isEqualTo(report.spans().get(i).matched());
            assertThat(agreement.at("/spans/" + i + "/f1").asDouble()).isEqualTo(report.spans().get(i).f1());
        }
        JsonNode quoteExact = agreement.at("/spans/2");
        assertThat(quoteExact.at("/layer").asText()).isEqualTo("Quote");
        assertThat(quoteExact.at("/matching").asText()).isEqualTo("EXACT");
        assertThat(quoteExact.at("/matched").asInt()).isEqualTo(ana.quotes().size() - 1);
        KappaScore mentions = report.kappas().get(0);
        assertThat(agreement.at("/kappas/0/kappa").asDouble()).isEqualTo(mentions.coefficient().value(), within(1e-15));
        assertThat(agreement.at("/kappas/0/items").asInt()).isEqualTo(ana.mentions().size());
        assertThat(agreement.at("/alphas/0/alpha").asDouble())
                .isEqualTo(report.alphas().get(0).alpha().overall().value(), within(1e-15));
        assertThat(agreement.at("/attributions/0/triple").asInt()).isEqualTo(ana.attributions().size() - 1);
        assertThat(agreement.at("/disagreements")).hasSize(3);
        JsonNode boundary = agreement.at("/disagreements/1");
        assertThat(boundary.at("/kind").asText()).isEqualTo("BOUNDARY");
        int end = ana.quotes().get(0).span().end();
        assertThat(boundary.at("/firstSpans/0/end").asInt()).isEqualTo(end);
        assertThat(boundary.at("/secondSpans/0/end").asInt()).isEqualTo(end - 1);
        assertThat(boundary.at("/context").asText()).contains("«" + ana.quotes().get(0).coveredText(ana.text()) + "»");
    }

    @Test
    void badRequestsAreRefusedWithTheirCode() {
        assertThat(code(List.of("article~ana"))).isEqualTo("BAD_REQUEST");
        assertThat(code(List.of("article~ana", "article~ana"))).isEqualTo("BAD_REQUEST");
        assertThat(code(List.of("article~ana", "nope"))).isEqualTo("NOT_FOUND");
        JsonNode otherText = server.graphql(QUERY, Map.of("ids", List.of("article~ana", Fixtures.jiang().id())));
        assertThat(otherText.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(otherText.at("/errors/0/message").asText()).contains("another text");
        assertThat(code(java.util.stream.IntStream.range(0, 11).mapToObj(i -> "d" + i).toList()))
                .isEqualTo("BAD_REQUEST");
    }

    private String code(List<String> ids) {
        JsonNode answer = server.graphql(QUERY, Map.of("ids", ids));
        assertThat(answer.at("/data/agreement").isNull()).as(answer.toString()).isTrue();
        return answer.at("/errors/0/extensions/code").asText();
    }
}
