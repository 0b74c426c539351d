package org.standoff.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.standoff.corpus.Corpus;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.store.EmbeddedCorpus;
import org.standoff.server.store.StoredDocument;

/**
 * The web page in Debian's headless Chromium, against real servers on loopback: the shipped article
 * (writable, over a temporary data directory, and read-only), and a text with emoji.
 */
class WebPageTest extends BrowserTest {
    private static final String ARTICLE = Corpus.SHIPPED_DOCUMENT_ID;
    private static final String FIRST_DIRECT_QUOTE = "\"The friendship treaty will bring Russian-Chinese friendship"
            + " from generation to generation,\"";

    @TempDir
    static Path data;
    @TempDir
    static Path readOnlyData;

    private static TestServer server;
    private static TestServer readOnly;
    private static TestServer emoji;

    private ReadingPage page;

    @BeforeAll
    static void start() throws Exception {
        List<StoredDocument> shipped = EmbeddedCorpus.load();
        server = TestServer.over(EmbeddedCorpus.open(data, false, shipped), ServerConfig.DEFAULT);
        readOnly = TestServer.over(EmbeddedCorpus.open(readOnlyData, true, shipped), ServerConfig.DEFAULT);
        emoji = TestServer.of(Fixtures.emoji());
    }

    @AfterAll
    static void stop() {
        for (TestServer each : new TestServer[] {server, readOnly, emoji}) {
            if (each != null) {
                each.close();
            }
        }
    }

    @BeforeEach
    void newPage() {
        page = new ReadingPage(browser);
    }

    private static String text(TestServer on, String documentId) {
        return on.graphql("query ($id: ID!) { document(id: $id) { text } }", Map.of("id", documentId))
                .at("/data/document/text").asText();
    }

    @Test
    void listsTheShippedArticleAndRendersItsTextExactly() {
        page.open(server.server().url("/"));
        assertThat(page.documentPicker().getOptions()).extracting(option -> option.getAttribute("value"))
                .containsExactly(ARTICLE);
        assertThat(page.find("#title").getText()).isEqualTo("Putin, Jiang Call For New Order");
        assertThat(page.renderedText()).isEqualTo(text(server, ARTICLE));

        WebElement putin = page.find("#text .seg[data-mentions~='m-putin-1']");
        assertThat(putin.getText()).isEqualTo("Putin");
        assertThat(putin.getAttribute("data-mentions")).isEqualTo("m-putin-jiang-1 m-putin-1");
        assertThat(putin.getAttribute("class")).contains("nested");

        page.open(server.server().url("/read/" + ARTICLE));
        assertThat(page.documentPicker().getFirstSelectedOption().getAttribute("value")).isEqualTo(ARTICLE);
    }

    /** The console's messages about the Content-Security-Policy since the last call. */
    private static List<String> policyViolations() {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    @Test
    void thePagesWorkUnderTheirContentSecurityPolicy() {
        policyViolations();
        page.open(server.server().url("/"));
        assertThat(page.find("#title").getText()).isEqualTo("Putin, Jiang Call For New Order");
        page.segmentAt(0).click();
        assertThat(policyViolations()).isEmpty();

        browser.get(server.server().url("/graphiql"));
        page.visible(".graphiql-container");
        page.visible(".graphiql-query-editor");
        page.find(".graphiql-execute-button").click();
        page.waitForText(".graphiql-response", "documentCount");
        assertThat(page.find(".graphiql-response").getText()).contains("\"documentCount\": 1");
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void segmentsCutOverlappingSpansAtEveryBoundary() {
        page.open(emoji.server().url("/"));
        Object pieces = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/web/js/segments.js').then(({ segment }) => done(segment(10, [
                  { id: 'A', start: 2, end: 6 }, { id: 'B', start: 4, end: 8 }, { id: 'Z', start: 5, end: 5 }])
                  .map((s) => `${s.start}-${s.end}:${s.spans.map((span) => span.id).join('')}`).join(' ')));
                """);
        assertThat(pieces).isEqualTo("0-2: 2-4:A 4-5:AB 5-6:AB 6-8:B 8-10:");
    }

    @Test
    void clickingTheFirstDirectQuoteShowsItsSpeakerAndCue() {
        page.open(server.server().url("/"));
        int start = text(server, ARTICLE).indexOf(FIRST_DIRECT_QUOTE);
        WebElement first = page.segmentAt(start);
        assertThat(first.getAttribute("class")).contains("quote", "q-direct");
        List<WebElement> quote = page.findAll("#text .seg[data-quotes~='" + first.getAttribute("data-quotes") + "']");
        assertThat(quote).allSatisfy(segment -> assertThat(segment.getAttribute("class")).contains("q-direct"));
        assertThat(quote.stream().map(WebElement::getText).reduce("", String::concat)).isEqualTo(FIRST_DIRECT_QUOTE);

        first.click();
        page.waitForText("#panel [data-field='speaker-entity']", "Jiang Zemin");
        assertThat(page.find("#panel [data-field='speaker-entity']").getText()).isEqualTo("Jiang Zemin");
        assertThat(page.find("#panel [data-field='cue']").getText()).isEqualTo("said (say)");
        assertThat(page.find("#panel [data-field='link']").getText()).isEqualTo("EXPLICIT");
        assertThat(page.find("#panel [data-field='claims']").getText()).contains("Jiang Zemin", "PREDICTION");
    }

    @Test
    void createsAMentionOverTheSelectedWordWithExactOffsets() {
        page.open(server.server().url("/"));
        int start = text(server, ARTICLE).indexOf("milestone");
        int end = start + "milestone".length();
        page.select(start, end);
        page.visible("#annotate");
        assertThat(page.find("#annotate .selection-range").getText()).isEqualTo("[" + start + ", " + end + ")");
        assertThat(page.find("#annotate .selection-text").getText()).isEqualTo("milestone");

        new Select(page.find("#mention-type")).selectByVisibleText("NOMINAL");
        new Select(page.find("#mention-entity")).selectByVisibleText("New entity…");
        page.visible("#entity-name").sendKeys("the milestone");
        new Select(page.find("#entity-type")).selectByVisibleText("EVENT");
        page.find("#annotate [type=submit]").click();
        page.waitForText("#status", "Created mention");

        JsonNode mentions = server.graphql("query ($id: ID!, $start: Int!, $end: Int!) { document(id: $id, unit: UTF16) {"
                + " mentions: annotations(kinds: [MENTION], position: {coveredBy: {start: $start, end: $end}}) {"
                + " edges { node { id start end text ... on Mention { mentionType entity { canonicalName entityType } } } } } } }",
                Map.of("id", ARTICLE, "start", start, "end", end)).at("/data/document/mentions/edges");
        assertThat(mentions).hasSize(1);
        JsonNode mention = mentions.get(0).get("node");
        assertThat(mention.get("start").asInt()).isEqualTo(start);
        assertThat(mention.get("end").asInt()).isEqualTo(end);
        assertThat(mention.get("text").asText()).isEqualTo("milestone");
        assertThat(mention.get("mentionType").asText()).isEqualTo("NOMINAL");
        assertThat(mention.at("/entity/canonicalName").asText()).isEqualTo("the milestone");

        page.segmentAt(start).click();
        page.visible("#panel [data-mention] button.delete").click();
        page.waitForText("#status", "Deleted mention " + mention.get("id").asText());
        assertThat(server.graphql("query ($id: ID!) { document(id: $id) { annotation(id: \"" + mention.get("id").asText()
                + "\") { id } } }", Map.of("id", ARTICLE)).at("/data/document/annotation").isNull()).isTrue();
    }

    @Test
    void offsetsCountUtf16UnitsPastAstralCharacters() {
        page.open(emoji.server().url("/read/emoji"));
        String text = text(emoji, "emoji");
        assertThat(page.renderedText()).isEqualTo(text);
        int start = text.indexOf("ship");
        int end = text.indexOf("today") + "today".length();
        page.select(start, end);
        assertThat(page.visible("#annotate .selection-range").getText()).isEqualTo("[" + start + ", " + end + ")");
        page.find("#annotate input[value='cue']").click();
        page.visible("#cue-lemma").sendKeys("ship");
        page.find("#annotate [type=submit]").click();
        page.waitForText("#status", "Created cue");
        JsonNode cue = emoji.graphql("{ document(id: \"emoji\", unit: UTF16) { cues(lemma: \"ship\") { edges { node {"
                + " start end codepointStart: start(unit: CODEPOINT) text } } } } }").at("/data/document/cues/edges/0/node");
        assertThat(cue.get("start").asInt()).isEqualTo(start);
        assertThat(cue.get("end").asInt()).isEqualTo(end);
        assertThat(cue.get("codepointStart").asInt()).isEqualTo(text.codePointCount(0, start));
        assertThat(cue.get("text").asText()).isEqualTo("ship \uD83D\uDE80 today");
    }

    @Test
    void clickingAnEntityHighlightsAllItsMentions() {
        JsonNode entity = server.graphql("query ($id: ID!) { document(id: $id) { entity(id: \"e-jiang\") {"
                + " mentions(first: 100) { totalCount edges { node { id } } } } } }", Map.of("id", ARTICLE))
                .at("/data/document/entity/mentions");
        Set<String> expected = new HashSet<>();
        entity.get("edges").forEach(edge -> expected.add(edge.at("/node/id").asText()));
        page.open(server.server().url("/"));
        WebElement button = page.find("#entities button[data-entity='e-jiang']");
        assertThat(button.getText()).isEqualTo("Jiang Zemin " + entity.get("totalCount").asInt());

        button.click();
        page.waitForText("#status", expected.size() + " mention(s) of Jiang Zemin highlighted");
        assertThat(page.find("#entities button[data-entity='e-jiang']").getAttribute("aria-pressed")).isEqualTo("true");
        Set<String> highlighted = new HashSet<>();
        for (String segment : page.mentionIdsOf("hl")) {
            List<String> ids = List.of(segment.split(" "));
            assertThat(ids).containsAnyElementsOf(expected);
            ids.stream().filter(expected::contains).forEach(highlighted::add);
        }
        assertThat(highlighted).hasSize(20).isEqualTo(expected);
    }

    @Test
    void aReadOnlyServerShowsNoAnnotateControls() {
        page.open(readOnly.server().url("/"));
        assertThat(page.find("#annotate-help").isDisplayed()).isFalse();
        int start = text(readOnly, ARTICLE).indexOf(FIRST_DIRECT_QUOTE);
        page.select(start + 1, start + 4);
        page.segmentAt(start).click();
        page.waitForText("#panel [data-field='speaker-entity']", "Jiang Zemin");
        assertThat(page.find("#annotate").isDisplayed()).isFalse();
        assertThat(page.findAll("button.delete")).isEmpty();
    }

    @Test
    void showsValidationErrorsAndConflicts() {
        page.open(server.server().url("/"));
        String text = text(server, ARTICLE);
        int jiang = text.indexOf(FIRST_DIRECT_QUOTE) + FIRST_DIRECT_QUOTE.length() + 1;
        page.segmentAt(jiang).click();
        page.visible("#panel [data-mention] button.delete").click();
        page.waitForText("#alerts", "INVALID_ANNOTATION");
        assertThat(page.find("#alerts .diagnostics").getText()).contains("ref.dangling");

        int version = server.graphql("query ($id: ID!) { document(id: $id) { version } }", Map.of("id", ARTICLE))
                .at("/data/document/version").asInt();
        server.graphql("mutation ($id: ID!, $v: Version!) { createCue(documentId: $id, expectedVersion: $v,"
                + " cue: {start: 0, end: 3}) { version } }", Map.of("id", ARTICLE, "v", version));
        page.select(jiang, jiang + "Jiang said".length());
        page.visible("#annotate [type=submit]").click();
        page.waitForText("#alerts", "CONFLICT");
        page.find("#alerts button.reload").click();
        page.waitForText("#version", "version " + (version + 1));
    }
}
