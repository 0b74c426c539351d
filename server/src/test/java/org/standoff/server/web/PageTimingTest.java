package org.standoff.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.Select;
import org.standoff.corpus.Corpus;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;

/**
 * Time to first paint and to interactive for the shipped article and for a document twenty times
 * its size (the article's text and annotations repeated), and screenshots of reading, attributing
 * and claiming. Figures and pictures go to target/page-timing (docs/PAGE.md quotes a run).
 */
class PageTimingTest extends BrowserTest {
    private static final String ARTICLE = Corpus.SHIPPED_DOCUMENT_ID;
    private static final int TIMES = 20;
    private static final Path OUT = Path.of("target", "page-timing");
    /** Annotation fields naming another annotation of the same copy (entities and provenance stay shared). */
    private static final Set<String> REFERENCES = Set.of("id", "source", "cue", "quote", "nestedIn", "attribution", "embeddedIn");
    private static final List<String> LISTS = List.of("mentions", "quotes", "cues", "attributions", "claims", "segments");


    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        // the twenty-fold document's JSON is larger than the default request limit
        ServerConfig config = new ServerConfig(ServerConfig.DEFAULT.host(), 0, 100_000_000L,
                ServerConfig.DEFAULT.limits(), ServerConfig.DEFAULT.http(), ServerConfig.DEFAULT.responseCacheBytes());
        server = TestServer.over(TestServer.memoryStore(Fixtures.article()), config);
        String json = server.graphql("{ document(id: \"" + ARTICLE + "\") { standoffJson(unit: UTF16) } }")
                .at("/data/document/standoffJson").asText();
        JsonNode imported = server.graphql("mutation ($json: String!) { importDocument(standoffJson: $json) { version errors { message } } }",
                Map.of("json", repeated(json, TIMES)));
        assertThat(imported.at("/data/importDocument/errors")).isEmpty();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The article `times` over: its text repeated, every annotation copied with shifted offsets and ids ending in -k. */
    static String repeated(String json, int times) throws IOException {
        ObjectNode document = (ObjectNode) TestServer.JSON.readTree(json);
        String text = document.get("text").asText();
        document.put("id", ARTICLE + "-x" + times);
        document.put("text", text.repeat(times));
        document.remove("fingerprint");
        ObjectNode metadata = (ObjectNode) document.get("metadata");
        metadata.put("title", metadata.path("title").asText() + " (" + times + "×)");
        for (String list : LISTS) {
            ArrayNode original = (ArrayNode) document.get(list);
            ArrayNode copies = TestServer.JSON.createArrayNode();
            for (int k = 0; k < times; k++) {
                for (JsonNode item : original) {
                    copies.add(shifted(item.deepCopy(), k * text.length(), "-" + k));
                }
            }
            document.set(list, copies);
        }
        return TestServer.JSON.writeValueAsString(document);
    }

    private static JsonNode shifted(JsonNode node, int by, String suffix) {
        if (node instanceof ArrayNode array) {
            array.forEach(item -> shifted(item, by, suffix));
        } else if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if ((name.equals("start") || name.equals("end")) && value.isInt()) {
                    object.put(name, value.asInt() + by);
                } else if (REFERENCES.contains(name) && value.isTextual()) {
                    object.put(name, value.asText() + suffix);
                } else {
                    shifted(value, by, suffix);
                }
            }
        }
        return node;
    }

    /** Opens `documentId` cold and answers {first contentful paint, interactive} in milliseconds. */
    private static long[] timeOpening(String documentId) {
        browser.get("about:blank");
        ReadingPage page = new ReadingPage(browser);
        page.open(server.server().url("/read/" + documentId));
        Object paint = page.script("const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : -1;");
        Object ready = page.script("return performance.getEntriesByName('standoff-interactive')[0].startTime;");
        return new long[] {Math.round(((Number) paint).doubleValue()), Math.round(((Number) ready).doubleValue())};
    }

    @Test
    void measuresFirstPaintAndInteractiveForTheArticleAndTwentyTimesIt() throws IOException {
        String big = ARTICLE + "-x" + TIMES;
        timeOpening(ARTICLE); // warms the server and the browser's module cache
        StringBuilder report = new StringBuilder("document\tcharacters\tfirst paint ms\tinteractive ms\n");
        long[] article = null;
        long[] twenty = null;
        for (int run = 0; run < 3; run++) {
            article = timeOpening(ARTICLE);
            twenty = timeOpening(big);
            report.append(ARTICLE).append('\t').append(5115).append('\t').append(article[0]).append('\t').append(article[1]).append('\n');
            report.append(big).append('\t').append(5115 * TIMES).append('\t').append(twenty[0]).append('\t').append(twenty[1]).append('\n');
        }
        Files.writeString(OUT.resolve("timing.tsv"), report);
        System.out.print(report);

        // the big document is usable: all of its text is there and the keyboard path answers at once
        ReadingPage page = new ReadingPage(browser);
        assertThat(((String) page.script("return document.getElementById('text').textContent")).length()).isEqualTo(5115 * TIMES);
        long before = System.nanoTime();
        page.press("j");
        page.visible("#panel .item.current");
        long stepMs = (System.nanoTime() - before) / 1_000_000;
        Files.writeString(OUT.resolve("timing.tsv"), "next annotation (j) on " + big + ": " + stepMs + " ms\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(twenty[1]).isPositive();
        assertThat(stepMs).isLessThan(2000);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(OUT.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void screenshotsOfReadingAttributingAndClaiming() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 820));
        ReadingPage page = new ReadingPage(browser).open(server.server().url("/read/" + ARTICLE));
        String text = (String) page.script("return document.getElementById('text').textContent");
        int quote = text.indexOf("\"The friendship treaty");
        page.segmentAt(quote).click();
        page.waitForText("#panel [data-field='speaker-entity']", "Jiang Zemin");
        screenshot("reading");

        page.press("a");
        page.visible("#attribute");
        new Select(page.find("#attribution-link")).selectByVisibleText("EXPLICIT");
        screenshot("attribution");
        page.press(org.openqa.selenium.Keys.ESCAPE);

        String words = "The document comes amid the two countries' mounting concern";
        int claim = text.indexOf(words);
        page.select(claim, claim + words.length());
        page.annotateRange();
        page.press("l");
        page.find("#claim-checkworthy").click();
        page.find("#claim-text").sendKeys("Russia and China are increasingly concerned about US missile defence plans.");
        new Select(page.find("#claim-type")).selectByVisibleText("OPINION");
        screenshot("claim");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
}
