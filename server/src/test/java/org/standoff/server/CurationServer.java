package org.standoff.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.server.auth.AccountsFile;
import org.standoff.server.auth.People;
import org.standoff.server.auth.Role;

/**
 * The shipped article served with real accounts, for the curation tests: annotators ana, ben and carl,
 * curator cleo and reader rita, each with a token; requests as one of them; and the edits by which one
 * annotator's copy differs from another's.
 */
public final class CurationServer implements AutoCloseable {
    /** The article's id; an annotator's copy is this id, {@code ~} and the annotator's name. */
    public static final String ID = Fixtures.article().id();

    private final Document article = Fixtures.article();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final TestServer server;

    /** Starts the server, its accounts file in {@code directory}. */
    public CurationServer(Path directory) throws Exception {
        AccountsFile accounts = AccountsFile.in(directory);
        Map<String, Role> people = Map.of("ana", Role.ANNOTATOR, "ben", Role.ANNOTATOR, "carl", Role.ANNOTATOR,
                "cleo", Role.CURATOR, "rita", Role.READER);
        for (Map.Entry<String, Role> person : people.entrySet()) {
            accounts.add(person.getKey(), person.getValue());
            tokens.put(person.getKey(), accounts.issueToken(person.getKey()).token());
        }
        server = TestServer.over(TestServer.memoryStore(article), ServerConfig.DEFAULT, new People(accounts, false));
    }

    public TestServer server() {
        return server;
    }

    /** The article as served. */
    public Document article() {
        return article;
    }

    /** {@code person}'s token. */
    public String token(String person) {
        return tokens.get(person);
    }

    /** The answer to {@code query} sent by {@code person}. */
    public JsonNode as(String person, String query, Map<String, Object> variables) {
        return TestServer.parse(server.post(query, variables, Map.of("Authorization", "Bearer " + tokens.get(person))).body());
    }

    /** Variables from keys and values in turn (values may be null). */
    public static Map<String, Object> vars(String... keysAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            variables.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return variables;
    }

    /** The article's mention {@code id}. */
    public static Mention mention(Document document, String id) {
        return document.mentions().stream().filter(m -> m.id().value().equals(id)).findFirst().orElseThrow();
    }

    /**
     * In {@code annotator}'s copy (at version 1), as that annotator: the headline's list mention
     * (m-putin-jiang-1) becomes NOMINAL, and the first quote ends at 122.
     */
    public void benRetypesTheHeadlineListAndShortensNewOrder(String annotator) {
        Mention headline = mention(article, "m-putin-jiang-1");
        Quote q1 = article.quotes().get(0);
        JsonNode retyped = as(annotator, "mutation($id: ID!, $entity: ID) { r: updateMention(documentId: $id, expectedVersion: 1, "
                + "unit: UTF16, mention: {id: \"m-putin-jiang-1\", start: 92, end: 104, mentionType: NOMINAL, entity: $entity}) "
                + "{ version } }", vars("id", ID + "~" + annotator, "entity", headline.entity() == null ? null : headline.entity().value()));
        assertThat(retyped.has("errors")).as(retyped.toString()).isFalse();
        JsonNode shortened = as(annotator, "mutation($id: ID!) { r: updateQuote(documentId: $id, expectedVersion: 2, unit: UTF16, "
                + "quote: {id: \"q1\", start: 114, end: 122, quoteType: " + q1.quoteType() + "}) { version } }",
                vars("id", ID + "~" + annotator));
        assertThat(shortened.has("errors")).as(shortened.toString()).isFalse();
    }

    @Override
    public void close() {
        server.close();
    }
}
