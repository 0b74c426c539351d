package org.standoff.server.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.Quote;
import org.standoff.server.CurationServer;
import org.standoff.server.TestServer;

/**
 * Per-annotator copies and curation over HTTP, with real accounts: a curator assigns the shipped
 * article to two or three annotators, each edits an own copy through the ordinary mutations, the
 * curation lists exactly the places they differ, and curate writes the curated document.
 */
class CurationOverHttpTest {
    private static final String ID = CurationServer.ID;
    private static final String CURATION = """
            query($id: ID!) { curation(documentId: $id, onlyDisputed: true, unit: UTF16) {
              annotators itemCount agreedCount
              items { layer start end agreed options { signature text annotators choices { annotator id } } }
            } }""";

    @TempDir
    Path directory;
    private CurationServer accounts;
    private TestServer server;
    private Document article;

    @BeforeEach
    void start() throws Exception {
        accounts = new CurationServer(directory);
        server = accounts.server();
        article = accounts.article();
    }

    @AfterEach
    void stop() {
        accounts.close();
    }

    @Test
    void twoAnnotatorsDisagreeOnTwoAnnotationsAndTheCuratorPicks() {
        JsonNode assigned = accounts.as("cleo", "mutation($id: ID!) { assignDocument(documentId: $id, annotators: [\"ana\", \"ben\"]) "
                + "{ documentId copyOf annotator state version document { fingerprint { sha256 } } } }", Map.of("id", ID));
        assertThat(assigned.at("/data/assignDocument")).hasSize(2);
        assertThat(assigned.at("/data/assignDocument/1/documentId").asText()).isEqualTo(ID + "~ben");
        assertThat(assigned.at("/data/assignDocument/1/state").asText()).isEqualTo("NEW");
        assertThat(assigned.at("/data/assignDocument/1/document/fingerprint/sha256").asText())
                .isEqualTo(article.fingerprint().sha256());

        accounts.benRetypesTheHeadlineListAndShortensNewOrder("ben");
        JsonNode copies = accounts.as("rita", "query($id: ID!) { copies(documentId: $id) { annotator state version } }", Map.of("id", ID));
        assertThat(copies.at("/data/copies").toString())
                .isEqualTo("[{\"annotator\":\"ana\",\"state\":\"NEW\",\"version\":1},"
                        + "{\"annotator\":\"ben\",\"state\":\"IN_PROGRESS\",\"version\":3}]");
        JsonNode benCopy = accounts.as("rita", "query($id: ID!) { document(id: $id, annotator: \"ben\") { id "
                + "fingerprint { sha256 } } }", Map.of("id", ID));
        assertThat(benCopy.at("/data/document/id").asText()).as(benCopy.toString()).isEqualTo(ID + "~ben");
        assertThat(benCopy.at("/data/document/fingerprint/sha256").asText()).isEqualTo(article.fingerprint().sha256());

        JsonNode curation = accounts.as("rita", CURATION, Map.of("id", ID)).at("/data/curation");
        int all = article.mentions().size() + article.quotes().size() + article.cues().size()
                + article.claims().size() + article.attributions().size() + article.entities().size();
        assertThat(curation.at("/itemCount").asInt()).isEqualTo(all);
        assertThat(curation.at("/agreedCount").asInt()).isEqualTo(all - 3);
        assertThat(describe(curation.at("/items"))).containsExactly(
                "Mention [92, 104) LIST:ana NOMINAL:ben",
                "Quote [114, 123) q1@ana q1@ben",
                "Attribution [114, 123) a1@ana a1@ben");

        JsonNode refused = accounts.as("ana", "mutation($id: ID!) { curate(documentId: $id, expectedVersion: 1, accept: []) { version } }",
                Map.of("id", ID));
        assertThat(refused.at("/errors/0/extensions/code").asText()).isEqualTo("FORBIDDEN");

        JsonNode curated = accounts.as("cleo", """
                mutation($id: ID!) { curate(documentId: $id, expectedVersion: 1, accept: [
                  {annotator: "ana", id: "m-putin-jiang-1"}, {annotator: "ben", id: "a1"}]) {
                  version document { id mentionCount: mentions(first: 1) { totalCount } } errors { code message } } }""",
                Map.of("id", ID));
        assertThat(curated.has("errors")).as(curated.toString()).isFalse();
        assertThat(curated.at("/data/curate/version").asText()).isEqualTo("2");
        Document result = server.store().get(ID).orElseThrow().document();
        assertThat(result.quotes().get(0).extent().end()).isEqualTo(article.quotes().get(0).extent().end() - 1);
        assertThat(CurationServer.mention(result, "m-putin-jiang-1").mentionType()).isEqualTo(CurationServer.mention(article, "m-putin-jiang-1").mentionType());
        assertThat(result.mentions()).hasSize(article.mentions().size());
        assertThat(result.quotes()).hasSize(article.quotes().size());
        assertThat(result.attributions()).hasSize(article.attributions().size());
        assertThat(result.claims()).isEqualTo(article.claims());
        assertThat(result.text()).isEqualTo(article.text());

        JsonNode stale = accounts.as("cleo", "mutation($id: ID!) { curate(documentId: $id, expectedVersion: 1) { version } }", Map.of("id", ID));
        assertThat(stale.at("/errors/0/extensions/code").asText()).isEqualTo("CONFLICT");
        JsonNode edited = accounts.as("cleo", "mutation($id: ID!) { r: updateQuote(documentId: $id, expectedVersion: 2, unit: UTF16, "
                + "quote: {id: \"q1\", start: 114, end: 123, quoteType: " + article.quotes().get(0).quoteType() + "}) { version } }",
                Map.of("id", ID));
        assertThat(edited.at("/data/r/version").asText()).as("the curator edits the curated document").isEqualTo("3");
        assertThat(server.store().get(ID).orElseThrow().document().quotes().get(0).extent())
                .isEqualTo(article.quotes().get(0).extent());
    }

    @Test
    void withoutDecisionsOnlyTheAgreedItemsAreWritten() {
        accounts.as("cleo", "mutation($id: ID!) { assignDocument(documentId: $id, annotators: [\"ana\", \"ben\"]) { version } }", Map.of("id", ID));
        accounts.benRetypesTheHeadlineListAndShortensNewOrder("ben");
        JsonNode curated = accounts.as("cleo", "mutation($id: ID!) { curate(documentId: $id, expectedVersion: 1) { version errors { code } } }",
                Map.of("id", ID));
        assertThat(curated.at("/data/curate/version").asText()).as(curated.toString()).isEqualTo("2");
        Document result = server.store().get(ID).orElseThrow().document();
        assertThat(result.mentions()).hasSize(article.mentions().size() - 1);
        assertThat(result.quotes()).hasSize(article.quotes().size() - 1);
        assertThat(result.attributions()).hasSize(article.attributions().size() - 1);
        assertThat(result.mention(CurationServer.mention(article, "m-putin-jiang-1").id())).isEmpty();
    }

    @Test
    void threeAnnotatorsTwoAgainstOneAndAnExtraCue() {
        accounts.as("cleo", "mutation($id: ID!) { assignDocument(documentId: $id, annotators: [\"ana\", \"ben\", \"carl\"]) { version } }",
                Map.of("id", ID));
        accounts.benRetypesTheHeadlineListAndShortensNewOrder("ben");
        Mention headline = CurationServer.mention(article, "m-putin-jiang-1");
        JsonNode carl = accounts.as("carl", "mutation($id: ID!, $entity: ID) { r: updateMention(documentId: $id, expectedVersion: 1, unit: UTF16, "
                + "mention: {id: \"m-putin-jiang-1\", start: 92, end: 104, mentionType: NOMINAL, entity: $entity}) { version } "
                + "}", CurationServer.vars("id", ID + "~carl", "entity", headline.entity() == null ? null : headline.entity().value()));
        assertThat(carl.has("errors")).as(carl.toString()).isFalse();
        accounts.as("carl", "mutation($id: ID!) { createCue(documentId: $id, expectedVersion: 2, unit: UTF16, "
                + "cue: {id: \"c-extra\", start: 0, end: 4, lemma: \"x\"}) { version } }", Map.of("id", ID + "~carl"));

        JsonNode curation = accounts.as("rita", CURATION, Map.of("id", ID)).at("/data/curation");
        assertThat(curation.at("/annotators").toString()).isEqualTo("[\"ana\",\"ben\",\"carl\"]");
        assertThat(describe(curation.at("/items"))).containsExactly(
                "Mention [92, 104) LIST:ana NOMINAL:ben,carl",
                "Quote [114, 123) q1@ana,carl q1@ben",
                "Cue [0, 4) c-extra@carl",
                "Attribution [114, 123) a1@ana,carl a1@ben");
        int all = article.mentions().size() + article.quotes().size() + article.cues().size()
                + article.claims().size() + article.attributions().size() + article.entities().size();
        assertThat(curation.at("/itemCount").asInt()).isEqualTo(all + 1);
        assertThat(curation.at("/agreedCount").asInt()).isEqualTo(all - 3);
    }

    @Test
    void onlyTheCopysAnnotatorEditsItAndSetsItsState() {
        accounts.as("cleo", "mutation($id: ID!) { assignDocument(documentId: $id, annotators: [\"ana\", \"ben\"]) { version } }", Map.of("id", ID));
        JsonNode intruder = accounts.as("ana", "mutation($id: ID!) { deleteCue(documentId: $id, expectedVersion: 1, id: \"x\") { version } }",
                Map.of("id", ID + "~ben"));
        assertThat(intruder.at("/errors/0/extensions/code").asText()).isEqualTo("FORBIDDEN");
        assertThat(intruder.at("/errors/0/message").asText()).contains("copy of ben");
        JsonNode othersState = accounts.as("ana", "mutation($id: ID!) { setCopyState(documentId: $id, annotator: \"ben\", state: DONE) { state } }",
                Map.of("id", ID));
        assertThat(othersState.at("/errors/0/extensions/code").asText()).isEqualTo("FORBIDDEN");
        JsonNode reader = accounts.as("rita", "mutation($id: ID!) { setCopyState(documentId: $id, state: DONE) { state } }", Map.of("id", ID));
        assertThat(reader.at("/errors/0/extensions/code").asText()).isEqualTo("FORBIDDEN");
        JsonNode done = accounts.as("ben", "mutation($id: ID!) { setCopyState(documentId: $id, state: DONE) { documentId state version } }",
                Map.of("id", ID));
        assertThat(done.at("/data/setCopyState/state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.at("/data/setCopyState/version").asText()).isEqualTo("2");
        JsonNode byCurator = accounts.as("cleo", "mutation($id: ID!) { setCopyState(documentId: $id, annotator: \"ana\", state: IN_PROGRESS) { state } }",
                Map.of("id", ID));
        assertThat(byCurator.at("/data/setCopyState/state").asText()).isEqualTo("IN_PROGRESS");
        JsonNode again = accounts.as("cleo", "mutation($id: ID!) { assignDocument(documentId: $id, annotators: [\"ben\"]) { state version } }",
                Map.of("id", ID));
        assertThat(again.at("/data/assignDocument/0/state").asText()).as("an existing copy is kept").isEqualTo("DONE");
        JsonNode badName = accounts.as("cleo", "mutation($id: ID!) { assignDocument(documentId: $id, annotators: [\"a~b\"]) { state } }",
                Map.of("id", ID));
        assertThat(badName.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        JsonNode copyOfCopy = accounts.as("cleo", "mutation($id: ID!) { assignDocument(documentId: $id, annotators: [\"carl\"]) { state } }",
                Map.of("id", ID + "~ben"));
        assertThat(copyOfCopy.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_REQUEST");
        JsonNode unassigned = accounts.as("rita", "query { curation(documentId: \"" + "nope" + "\") { itemCount } }", Map.of());
        assertThat(unassigned.at("/errors/0/extensions/code").asText()).isEqualTo("NOT_FOUND");
    }

    /** Each item as "layer [start, end) option option…", an option as its category or first id and its annotators. */
    private static List<String> describe(JsonNode items) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            StringBuilder line = new StringBuilder(item.at("/layer").asText() + " [" + item.at("/start").asInt() + ", "
                    + item.at("/end").asInt() + ")");
            for (JsonNode option : item.at("/options")) {
                List<String> names = new ArrayList<>();
                option.at("/annotators").forEach(name -> names.add(name.asText()));
                String signature = option.at("/signature").asText();
                String label = item.at("/layer").asText().equals("Mention") ? signature.substring(signature.lastIndexOf(' ') + 1) + ":"
                        : option.at("/choices/0/id").asText() + "@";
                line.append(' ').append(label).append(String.join(",", names));
            }
            out.add(line.toString());
        }
        return out;
    }
}
