package org.standoff.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.standoff.core.model.Annotation;
import org.standoff.core.model.Provenance;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;

/**
 * Accounts against a real server on loopback: each role (and a request without a token) against each
 * kind of mutation, tokens that are missing, garbled, revoked or rotated, and what an accepted edit
 * records about its author.
 */
class AccessOverHttpTest {
    private static final String MISSING = "no-such-document";

    @TempDir
    static Path directory;

    private static TestServer server;
    private static AccountsFile accounts;
    private static final Map<Role, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        accounts = AccountsFile.in(directory);
        for (Role role : Role.values()) {
            accounts.add(role.label() + "-1", role);
            TOKENS.put(role, accounts.issueToken(role.label() + "-1").token());
        }
        People people = new People(accounts, false);
        server = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), ServerConfig.DEFAULT, people);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The mutations that change a document as a whole, which need the admin role. */
    static final java.util.Set<String> ADMIN_MUTATIONS = java.util.Set.of("importDocument", "deleteDocument", "reviseText");

    /** The curation mutations, which need the curator role. */
    static final java.util.Set<String> CURATOR_MUTATIONS = java.util.Set.of("assignDocument", "curate");

    /** The table below names every mutation of the schema, so a new one cannot go unchecked. */
    @Test
    void theTableNamesEveryMutationOfTheSchema() {
        JsonNode fields = TestServer.parse(server.post("{ __type(name: \"Mutation\") { fields { name } } }",
                Map.of(), Map.of("Authorization", "Bearer " + TOKENS.get(Role.ADMIN))).body()).at("/data/__type/fields");
        List<String> inSchema = new ArrayList<>();
        fields.forEach(field -> inSchema.add(field.get("name").asText()));
        assertThat(mutations().stream().map(mutation -> mutation[0]).toList()).containsExactlyInAnyOrderElementsOf(inSchema);
    }

    /** One mutation of each kind, written so that it passes validation whatever it names. */
    static List<String[]> mutations() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("Entity", "entity: {canonicalName: \"X\", entityType: PERSON}");
        inputs.put("Mention", "mention: {start: 0, end: 4, mentionType: NAME}");
        inputs.put("Quote", "quote: {start: 0, end: 4, quoteType: DIRECT}");
        inputs.put("Cue", "cue: {start: 0, end: 4, lemma: \"say\"}");
        inputs.put("Attribution", "attribution: {contents: [{quote: \"q1\"}]}");
        inputs.put("Claim", "claim: {start: 0, end: 4, claimType: OTHER}");
        inputs.put("Span", "span: {layer: \"ner\", label: \"GPE\", start: 0, end: 4}");
        List<String[]> mutations = new ArrayList<>();
        inputs.forEach((kind, input) -> {
            mutations.add(new String[] {"create" + kind, "documentId: $doc, expectedVersion: 1, " + input, "version"});
            mutations.add(new String[] {"update" + kind, "documentId: $doc, expectedVersion: 1, " + input, "version"});
            mutations.add(new String[] {"delete" + kind, "documentId: $doc, expectedVersion: 1, id: \"x1\"", "version"});
        });
        mutations.add(new String[] {"importDocument", "standoffJson: $doc", "version"});
        mutations.add(new String[] {"deleteDocument", "id: $doc, expectedVersion: 1", "version"});
        mutations.add(new String[] {"reviseText", "documentId: $doc, expectedVersion: 1, text: \"x\"", "version"});
        mutations.add(new String[] {"assignDocument", "documentId: $doc, annotators: [\"annotator-1\"]", "version"});
        mutations.add(new String[] {"setCopyState", "documentId: $doc, annotator: \"annotator-1\", state: DONE", "version"});
        mutations.add(new String[] {"curate", "documentId: $doc, expectedVersion: 1, accept: []", "version"});
        return mutations;
    }

    static Stream<Arguments> everyRoleAgainstEveryMutation() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] mutation : mutations()) {
            Role needed = ADMIN_MUTATIONS.contains(mutation[0]) ? Role.ADMIN
                    : CURATOR_MUTATIONS.contains(mutation[0]) ? Role.CURATOR : Role.ANNOTATOR;
            cases.add(Arguments.of(null, mutation[0], mutation[1], "UNAUTHENTICATED"));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(role, mutation[0], mutation[1], role.includes(needed) ? null : "FORBIDDEN"));
            }
        }
        return cases.stream();
    }

    /**
     * Each role against each mutation kind, sent for a document that does not exist: an allowed one reaches
     * its resolver (and fails there, e.g. NOT_FOUND); a refused one answers UNAUTHENTICATED or FORBIDDEN,
     * byte for byte the same answer as for a document that exists, and changes nothing.
     */
    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("everyRoleAgainstEveryMutation")
    void everyRoleAgainstEveryMutation(Role role, String field, String arguments, String refusal) {
        String type = field.equals("importDocument") ? "String!" : "ID!";
        String query = "mutation ($doc: " + type + ") { result: " + field + "(" + arguments + ") { version } }";
        Map<String, String> headers = role == null ? Map.of() : Map.of("Authorization", "Bearer " + TOKENS.get(role));

        HttpResponse<String> missing = server.post(query, Map.of("doc", MISSING), headers);
        assertThat(missing.statusCode()).isEqualTo(200);
        JsonNode answer = TestServer.parse(missing.body());
        String code = answer.at("/errors/0/extensions/code").asText(null);
        if (refusal == null) {
            assertThat(code).as(missing.body()).isNotNull().isNotIn("UNAUTHENTICATED", "FORBIDDEN");
            return;
        }
        assertThat(code).as(missing.body()).isEqualTo(refusal);
        assertThat(answer.at("/data/result").isNull()).isTrue();
        long before = server.store().get("jiang").orElseThrow().version();
        HttpResponse<String> existing = server.post(query, Map.of("doc", "jiang"), headers);
        assertThat(existing.body()).isEqualTo(missing.body());
        assertThat(server.store().get("jiang").orElseThrow().version()).isEqualTo(before);
    }

    /** The corpus-wide root fields are queries: a reader may run them, a request without a token may not. */
    @Test
    void corpusWideQueriesNeedTheReaderRole() {
        String query = "{ quotes { totalCount } claims { totalCount } mentions { totalCount } entities { totalCount } }";
        JsonNode anonymous = TestServer.parse(server.post(query, Map.of(), Map.of()).body());
        assertThat(anonymous.at("/errors")).hasSize(4);
        anonymous.at("/errors").forEach(error -> assertThat(error.at("/extensions/code").asText()).isEqualTo("UNAUTHENTICATED"));
        // the connections are non-null, so a refused one nulls the whole data
        assertThat(anonymous.get("data").isNull()).as(anonymous.toString()).isTrue();
        JsonNode reader = TestServer.parse(server.post(query, Map.of(),
                Map.of("Authorization", "Bearer " + TOKENS.get(Role.READER))).body());
        assertThat(reader.has("errors")).as(reader.toString()).isFalse();
        assertThat(reader.at("/data/quotes/totalCount").asInt()).isEqualTo(2);
        assertThat(reader.at("/data/claims/totalCount").asInt()).isEqualTo(3);
        assertThat(reader.at("/data/mentions/totalCount").asInt()).isEqualTo(5);
        assertThat(reader.at("/data/entities/totalCount").asInt()).isEqualTo(5);
    }

    @Test
    void queriesNeedTheReaderRoleButViewerAnswersEveryone() {
        JsonNode anonymous = TestServer.parse(server.post("{ viewer { name role } document(id: \"jiang\") { id } }",
                Map.of(), Map.of()).body());
        assertThat(anonymous.at("/data/viewer/name").isNull()).isTrue();
        assertThat(anonymous.at("/data/viewer/role").isNull()).isTrue();
        assertThat(anonymous.at("/data/document").isNull()).isTrue();
        assertThat(anonymous.at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
        JsonNode schema = TestServer.parse(server.post("{ __schema { queryType { name } } }", Map.of(), Map.of()).body());
        assertThat(schema.at("/data/__schema/queryType/name").asText()).as("introspection is public").isEqualTo("Query");

        JsonNode reader = TestServer.parse(server.post("{ viewer { name role } document(id: \"jiang\") { id } }",
                Map.of(), bearer(TOKENS.get(Role.READER))).body());
        assertThat(reader.at("/data/viewer/name").asText()).isEqualTo("reader-1");
        assertThat(reader.at("/data/viewer/role").asText()).isEqualTo("READER");
        assertThat(reader.at("/data/document/id").asText()).isEqualTo("jiang");
        assertThat(reader.has("errors")).isFalse();
    }

    @Test
    void aGarbledTokenRefusesTheWholeRequestWith401() {
        for (String header : List.of("Bearer nonsense", "Bearer " + Tokens.generate(), "Basic YWxpY2U6c2VjcmV0",
                "Bearer", "Bearer " + TOKENS.get(Role.ADMIN) + "x", TOKENS.get(Role.ADMIN))) {
            HttpResponse<String> response = server.post("{ viewer { name } }", Map.of(), Map.of("Authorization", header));
            assertThat(response.statusCode()).as(header).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
            JsonNode answer = TestServer.parse(response.body());
            assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
            assertThat(response.body()).doesNotContain(TOKENS.get(Role.ADMIN));
        }
    }

    @Test
    void aRevokedOrReplacedTokenStopsWorkingAtOnce() {
        accounts.add("rotating", Role.READER);
        String first = accounts.issueToken("rotating").token();
        assertThat(viewerName(first)).isEqualTo("rotating");

        String second = accounts.issueToken("rotating").token();
        assertThat(status(first)).isEqualTo(401);
        assertThat(viewerName(second)).isEqualTo("rotating");

        accounts.revokeToken("rotating");
        assertThat(status(second)).isEqualTo(401);

        String third = accounts.issueToken("rotating").token();
        assertThat(viewerName(third)).isEqualTo("rotating");
        accounts.remove("rotating");
        assertThat(status(third)).isEqualTo(401);
    }

    @Test
    void anAcceptedEditNamesItsAuthorInProvenanceAndHistory() {
        String token = TOKENS.get(Role.ANNOTATOR);
        long version = server.store().get("jiang").orElseThrow().version();
        JsonNode created = TestServer.parse(server.post("mutation ($v: Version!) { createCue(documentId: \"jiang\","
                + " expectedVersion: $v, cue: {start: 0, end: 5, lemma: \"x\"}) { version cue { id } } }",
                Map.of("v", version), bearer(token)).body());
        String cueId = created.at("/data/createCue/cue/id").asText();
        assertThat(cueId).as(created.toString()).isNotEmpty();

        var document = server.store().get("jiang").orElseThrow().document();
        Annotation cue = document.annotation(cueId).orElseThrow();
        Provenance provenance = document.provenance().stream()
                .filter(record -> record.id().equals(cue.provenance())).findFirst().orElseThrow();
        assertThat(provenance.agent()).isEqualTo("annotator-1");
        JsonNode asked = TestServer.parse(server.post("query ($id: ID!) { document(id: \"jiang\") { annotation(id: $id)"
                + " { provenance { id agent agentType time } } } }", Map.of("id", cueId), bearer(token)).body());
        assertThat(asked.at("/data/document/annotation/provenance/agent").asText()).as(asked.toString()).isEqualTo("annotator-1");
        assertThat(asked.at("/data/document/annotation/provenance/agentType").asText()).isEqualTo("HUMAN");
        assertThat(asked.at("/data/document/annotation/provenance/id").asText()).isEqualTo(provenance.id().value());

        JsonNode history = TestServer.parse(server.post("{ history(documentId: \"jiang\", first: 100) { totalCount"
                + " edges { node { author version operation subject time } } } }", Map.of(), bearer(token)).body());
        JsonNode last = history.at("/data/history/edges").get(history.at("/data/history/totalCount").asInt() - 1);
        assertThat(last.at("/node/author").asText()).isEqualTo("annotator-1");
        assertThat(last.at("/node/operation").asText()).isEqualTo("createCue");
        assertThat(last.at("/node/subject").asText()).isEqualTo(cueId);
        assertThat(last.at("/node/version").asInt()).isEqualTo(version + 1);
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String viewerName(String token) {
        HttpResponse<String> response = server.post("{ viewer { name } }", Map.of(), bearer(token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.parse(response.body()).at("/data/viewer/name").asText();
    }

    private static int status(String token) {
        return server.post("{ viewer { name } }", Map.of(), bearer(token)).statusCode();
    }
}
