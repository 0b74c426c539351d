package org.standoff.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.standoff.corpus.Corpus;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/**
 * Annotating in Debian's headless Chromium with real mouse clicks and key presses: the keyboard
 * path, attributions, claims, edits with undo and redo, entities, span hygiene and plain-word
 * refusals, each against a fresh writable server holding the shipped article.
 */
class AnnotationPageTest extends BrowserTest {
    private static final String ARTICLE = Corpus.SHIPPED_DOCUMENT_ID;


    private TestServer server;
    private ReadingPage page;
    private String text;

    @BeforeEach
    void open() {
        server = TestServer.of(Fixtures.article());
        text = server.graphql("{ document(id: \"" + ARTICLE + "\") { text } }").at("/data/document/text").asText();
        page = new ReadingPage(browser).open(server.server().url("/read/" + ARTICLE));
    }

    @AfterEach
    void close() {
        server.close();
    }

    private JsonNode annotation(String id) {
        return server.graphql("query ($doc: ID!, $id: ID!) { document(id: $doc, unit: UTF16) { annotation(id: $id) {"
                + " id ... on SpanAnnotation { start end text }"
                + " ... on Mention { mentionType entity { id } }"
                + " ... on Claim { claimType checkworthy claimText claimant { id } quote { id } attribution { id } }"
                + " ... on Attribution { source { id } cue { id } contents { link quote { id } } nestedIn { id }"
                + " supplements { role range { text } } } } } }",
                Map.of("doc", ARTICLE, "id", id)).at("/data/document/annotation");
    }

    private JsonNode entity(String id) {
        return server.graphql("query ($doc: ID!, $id: ID!) { document(id: $doc) { entity(id: $id) {"
                + " id canonicalName mentions(first: 100) { totalCount } claims(first: 100) { totalCount } } } }",
                Map.of("doc", ARTICLE, "id", id)).at("/data/document/entity");
    }

    /** The ids of the annotations of {@code kind} (MENTION, QUOTE, …) lying exactly on [start, end). */
    private List<String> exactly(String kind, int start, int end) {
        List<String> ids = new ArrayList<>();
        server.graphql("query ($doc: ID!, $s: Int!, $e: Int!) { document(id: $doc, unit: UTF16) { annotations(kinds: ["
                + kind + "], first: 100, position: {coveredBy: {start: $s, end: $e}}) { edges { node { id start end } } } } }",
                Map.of("doc", ARTICLE, "s", start, "e", end)).at("/data/document/annotations/edges").forEach(edge -> {
                    JsonNode node = edge.get("node");
                    if (node.get("start").asInt() == start && node.get("end").asInt() == end) {
                        ids.add(node.get("id").asText());
                    }
                });
        return ids;
    }

    /** The id of the current annotation in the panel ("" while there is none); read in one step, as the panel re-renders. */
    private String current() {
        return String.valueOf(page.script("const code = document.querySelector('#panel .item.current h3 code');"
                + " return code ? code.textContent : '';"));
    }

    @Test
    void theFormAndTheMessagesStayInViewAfterScrollingAndEscapeClosesTheForm() {
        page.script("window.scrollTo(0, document.body.scrollHeight)");
        int start = text.lastIndexOf("Olympics");
        page.select(start, start + "Olympics".length());
        WebElement form = page.visible("#annotate");
        assertThat(page.annotateRange()).isEqualTo("[" + start + ", " + (start + 8) + ")");
        assertThat(page.inViewport(form)).isTrue();
        assertThat(((Number) page.script("return window.scrollY")).intValue()).isPositive();

        page.press(Keys.ESCAPE);
        page.waitUntil(() -> !form.isDisplayed());

        page.select(start, start + "Olympics".length());
        page.visible("#annotate [type=submit]").click();
        page.waitForText("#status", "Created mention");
        assertThat(page.inViewport(page.find("#status"))).isTrue();
        assertThat(exactly("MENTION", start, start + 8)).hasSize(1);
    }

    /** The span annotations in the page's order: start, longer first, then quote, mention, cue, claim. */
    private List<String> inTextOrder() {
        List<String[]> all = new ArrayList<>();
        String[] kinds = {"QUOTE", "MENTION", "CUE", "CLAIM"};
        for (int k = 0; k < kinds.length; k++) {
            String after = null;
            do {
                JsonNode page = server.graphql("query ($doc: ID!, $after: String) { document(id: $doc, unit: UTF16) { annotations(kinds: ["
                        + kinds[k] + "], first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id start end } } } } }",
                        after == null ? Map.of("doc", ARTICLE) : Map.of("doc", ARTICLE, "after", after)).at("/data/document/annotations");
                for (JsonNode edge : page.get("edges")) {
                    all.add(new String[] {edge.at("/node/id").asText(), edge.at("/node/start").asText(),
                        edge.at("/node/end").asText(), "" + k});
                }
                after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
            } while (after != null);
        }
        all.sort(Comparator.<String[]>comparingInt(a -> Integer.parseInt(a[1]))
                .thenComparing(a -> -Integer.parseInt(a[2])).thenComparingInt(a -> Integer.parseInt(a[3])));
        return all.stream().map(a -> a[0]).toList();
    }

    @Test
    void oneKeyboardPathGoesThroughTheAnnotationsAndTheHelpListsIt() {
        page.press("?");
        WebElement help = page.visible("#help");
        assertThat(help.getText()).contains("Next / previous annotation", "create a mention / quote / cue / claim", "Undo");
        page.press(Keys.ESCAPE);
        page.waitUntil(() -> !help.isDisplayed());

        List<String> order = inTextOrder();
        page.press("j");
        page.waitUntil(() -> current().equals(order.get(0)));
        page.press("j", "j");
        page.waitUntil(() -> current().equals(order.get(2)));
        page.press("k");
        page.waitUntil(() -> current().equals(order.get(1)));
        page.press("k", "k");
        page.waitUntil(() -> current().equals(order.get(order.size() - 1)));

        // the quote a3 continues in q4: each piece is reachable
        page.press(Keys.ESCAPE);
        int q4 = order.indexOf("q4");
        for (int i = 0; i <= q4; i++) {
            page.press("j");
        }
        page.waitUntil(() -> current().equals("q4"));
        assertThat(page.find("#panel .item.current [data-field='attribution']").getText()).isEqualTo("a3");
        assertThat(page.find("#text .seg.selected").getAttribute("data-quotes")).contains("q4");

        page.press("e");
        page.waitForText("#annotate-title", "Edit quote q4");
        new Select(page.find("#quote-type")).selectByVisibleText("INDIRECT");
        page.find("#annotate [type=submit]").sendKeys(Keys.ENTER);
        page.waitForText("#status", "Edited quote q4");
        assertThat(server.graphql("{ document(id: \"" + ARTICLE + "\") { annotation(id: \"q4\") { ... on Quote { quoteType } } } }")
                .at("/data/document/annotation/quoteType").asText()).isEqualTo("INDIRECT");

        int start = text.indexOf("four-day visit");
        page.select(start, start + "four-day visit".length());
        page.annotateRange();
        page.press("q");
        page.waitUntil(() -> page.find("#annotate input[value='quote']").isSelected());
        page.waitUntil(() -> "quote-type".equals(browser.switchTo().activeElement().getAttribute("id")));
        page.find("#annotate [type=submit]").sendKeys(Keys.ENTER);
        page.waitForText("#status", "Created quote");
        assertThat(exactly("QUOTE", start, start + "four-day visit".length())).hasSize(1);
    }

    @Test
    void attributesAQuoteToASpeakerAndACueByClickingThem() {
        int sentence = text.indexOf("Jiang arrived Sunday");
        int quoteStart = text.indexOf("for a four-day visit", sentence);
        int quoteEnd = quoteStart + "for a four-day visit".length();
        int cueStart = text.indexOf("arrived", sentence);
        int version = server.graphql("{ document(id: \"" + ARTICLE + "\") { version } }").at("/data/document/version").asInt();
        server.graphql("mutation ($v: Version!, $s: Int!, $e: Int!) { createQuote(documentId: \"" + ARTICLE
                + "\", expectedVersion: $v, unit: UTF16, quote: {id: \"q-visit\", start: $s, end: $e, quoteType: INDIRECT}) { version } }",
                Map.of("v", version, "s", quoteStart, "e", quoteEnd));
        server.graphql("mutation ($v: Version!, $s: Int!, $e: Int!) { createCue(documentId: \"" + ARTICLE
                + "\", expectedVersion: $v, unit: UTF16, cue: {id: \"c-arrived\", start: $s, end: $e, lemma: \"arrive\"}) { version } }",
                Map.of("v", version + 1, "s", cueStart, "e", cueStart + "arrived".length()));
        String speaker = exactly("MENTION", sentence, sentence + "Jiang".length()).get(0);
        page.open(server.server().url("/read/" + ARTICLE));

        page.segmentAt(quoteStart).click();
        page.waitUntil(() -> current().equals("q-visit"));
        page.press("a");
        page.visible("#attribute");
        page.segmentAt(sentence).click();
        page.waitUntil(() -> speaker.equals(new Select(page.find("#attribution-source")).getFirstSelectedOption().getAttribute("value")));
        page.segmentAt(cueStart).click();
        page.waitUntil(() -> "c-arrived".equals(new Select(page.find("#attribution-cue")).getFirstSelectedOption().getAttribute("value")));
        new Select(page.find("#attribution-link")).selectByVisibleText("EXPLICIT");
        new Select(page.find("#attribution-nested")).selectByValue("a3");
        int sunday = text.indexOf("Sunday", sentence);
        page.select(sunday, sunday + "Sunday".length());
        new Select(page.find("#supplement-role")).selectByVisibleText("SETTING");
        page.find("#attribute .add-supplement").click();
        page.waitForText("#attribute .supplements", "setting “Sunday”");
        assertThat(page.find("#annotate").isDisplayed()).isFalse();
        page.find("#attribute [type=submit]").click();
        page.waitForText("#status", "Attributed quote q-visit");

        JsonNode attribution = annotation(page.find("#panel .item.current [data-field='attribution']").getText());
        assertThat(attribution.at("/source/id").asText()).isEqualTo(speaker);
        assertThat(attribution.at("/cue/id").asText()).isEqualTo("c-arrived");
        assertThat(attribution.at("/contents/0/quote/id").asText()).isEqualTo("q-visit");
        assertThat(attribution.at("/contents/0/link").asText()).isEqualTo("EXPLICIT");
        assertThat(attribution.at("/nestedIn/id").asText()).isEqualTo("a3");
        assertThat(attribution.at("/supplements/0/role").asText()).isEqualTo("SETTING");
        assertThat(attribution.at("/supplements/0/range/text").asText()).isEqualTo("Sunday");
        String id = attribution.get("id").asText();

        // selecting the speaker highlights the cue and the quote, and the links are drawn strong
        page.press(Keys.ESCAPE);
        page.segmentAt(sentence).click();
        page.waitUntil(() -> current().equals(speaker));
        page.waitUntil(() -> page.segmentAt(cueStart).getAttribute("class").contains("partner"));
        assertThat(page.segmentAt(quoteStart).getAttribute("class")).contains("partner");
        assertThat(page.findAll("#links g.chosen[data-attribution='" + id + "'] path")).hasSize(2);
        assertThat(page.find("#panel .item.current .roles").getText()).contains("Speaker of attribution " + id);
    }

    @Test
    void createsClaimsInsideAndOutsideQuotesWithTheirClaimantAndListsThemAll() {
        String words = "The document comes amid the two countries' mounting concern";
        int outside = text.indexOf(words);
        int outsideEnd = outside + words.length();
        page.select(outside, outsideEnd);
        page.annotateRange();
        page.press("l");
        page.waitUntil(() -> page.find("#annotate input[value='claim']").isSelected());
        assertThat(new Select(page.find("#claim-claimant")).getFirstSelectedOption().getAttribute("value")).isEqualTo("e-author");
        new Select(page.find("#claim-type")).selectByVisibleText("COMPARISON");
        page.find("#claim-checkworthy").click();
        page.find("#claim-text").sendKeys("Russia and China are increasingly concerned.");
        page.find("#annotate [type=submit]").click();
        page.waitForText("#status", "Created claim");
        String id = current();
        JsonNode claim = annotation(id);
        assertThat(claim.get("start").asInt()).isEqualTo(outside);
        assertThat(claim.get("claimType").asText()).isEqualTo("COMPARISON");
        assertThat(claim.get("checkworthy").asBoolean()).isTrue();
        assertThat(claim.get("claimText").asText()).isEqualTo("Russia and China are increasingly concerned.");
        assertThat(claim.at("/claimant/id").asText()).isEqualTo("e-author");
        assertThat(claim.get("quote").isNull()).isTrue();

        String milestone = "This is a milestone in the development";
        int inside = text.indexOf(milestone);
        page.select(inside, inside + milestone.length());
        page.annotateRange();
        page.press("l");
        page.waitForText("#annotate .claim-context", "Inside quote");
        assertThat(new Select(page.find("#claim-claimant")).getFirstSelectedOption().getText()).isEqualTo("Jiang Zemin");
        page.find("#annotate [type=submit]").click();
        page.waitUntil(() -> !current().equals(id));
        assertThat(page.find("#status").getText()).isEqualTo("Created claim");
        JsonNode quoted = annotation(current());
        assertThat(quoted.at("/claimant/id").asText()).isEqualTo("e-jiang");
        assertThat(quoted.at("/quote/id").asText()).isEqualTo("q4");
        assertThat(quoted.at("/attribution/id").asText()).isEqualTo("a3");

        JsonNode all = server.graphql("{ document(id: \"" + ARTICLE + "\") { claims(first: 100) { totalCount edges { node { quote { id } } } } } }")
                .at("/data/document/claims");
        long inNoQuote = 0;
        for (JsonNode edge : all.get("edges")) {
            inNoQuote += edge.at("/node/quote").isNull() ? 1 : 0;
        }
        assertThat(page.findAll("#claims li")).hasSize(all.get("totalCount").asInt());
        page.find("#claims-outside").click();
        page.waitUntil(() -> page.findAll("#claims li").size() < all.get("totalCount").asInt());
        assertThat(page.findAll("#claims li")).hasSize((int) inNoQuote).allSatisfy(li ->
                assertThat(li.getText()).contains("(in no quote)"));
        page.find("#claims li[data-claim='" + id + "'] button").click();
        page.waitUntil(() -> current().equals(id));
    }

    @Test
    void editsRelinksAndNudgesAMentionAndUndoesAndRedoesEachEdit() {
        int jiang = text.indexOf("Jiang arrived Sunday");
        String mention = exactly("MENTION", jiang, jiang + 5).get(0);
        page.segmentAt(jiang).click();
        page.waitUntil(() -> current().equals(mention));
        page.press("e");
        page.waitForText("#annotate-title", "Edit mention " + mention);
        new Select(page.find("#mention-type")).selectByVisibleText("NOMINAL");
        new Select(page.find("#mention-entity")).selectByVisibleText("Vladimir Putin");
        page.find("#annotate [type=submit]").click();
        page.waitForText("#status", "Edited mention " + mention);
        assertThat(annotation(mention).get("mentionType").asText()).isEqualTo("NOMINAL");
        assertThat(annotation(mention).at("/entity/id").asText()).isEqualTo("e-putin");

        page.press("]");
        page.waitForText("#status", "Moved the start of mention " + mention + " right");
        assertThat(annotation(mention).get("text").asText()).isEqualTo("iang");
        page.press("[");
        page.waitForText("#status", "left");
        page.press("}");
        page.waitForText("#status", "Moved the end");
        assertThat(annotation(mention).get("text").asText()).isEqualTo("Jiang ");

        page.press("u");
        page.waitForText("#status", "Undid: Moved the end");
        assertThat(annotation(mention).get("text").asText()).isEqualTo("Jiang");
        page.press("u", "u");
        page.waitUntil(() -> "iang".equals(annotation(mention).get("text").asText()));
        page.press("u");
        page.waitForText("#status", "Undid: Edited mention");
        assertThat(annotation(mention).get("mentionType").asText()).isEqualTo("NAME");
        assertThat(annotation(mention).at("/entity/id").asText()).isEqualTo("e-jiang");
        page.press("U");
        page.waitForText("#status", "Redid: Edited mention");
        assertThat(annotation(mention).at("/entity/id").asText()).isEqualTo("e-putin");
        assertThat(page.findAll("#edits li.undone")).hasSize(3);
        assertThat(page.find("#edits").getText()).contains("Edited mention " + mention);

        // a deleted annotation comes back with its id
        page.find("#panel .item.current button.delete").click();
        page.waitForText("#status", "Deleted mention " + mention);
        assertThat(annotation(mention).isNull()).isTrue();
        page.find("#undo").click();
        page.waitForText("#status", "Undid: Deleted mention " + mention);
        assertThat(annotation(mention).at("/entity/id").asText()).isEqualTo("e-putin");
    }

    @Test
    void renamesMergesAndDeletesEntitiesAfterSayingWhatGoes() {
        page.find("#entities button[data-entity='e-yeltsin']").click();
        page.visible("#entity-card");
        WebElement name = page.find("#entity-rename");
        name.clear();
        name.sendKeys("Boris N. Yeltsin");
        page.find("#entity-card form.rename [type=submit]").click();
        page.waitForText("#status", "Renamed entity Boris Yeltsin to Boris N. Yeltsin");
        assertThat(entity("e-yeltsin").get("canonicalName").asText()).isEqualTo("Boris N. Yeltsin");

        int stalinMentions = entity("e-stalin").at("/mentions/totalCount").asInt();
        page.find("#entities button[data-entity='e-mao']").click();
        page.waitForText("#entity-card-title", "Mao Zedong");
        new Select(page.find("#entity-merge")).selectByVisibleText("Joseph Stalin");
        page.find("#entity-card form.merge [type=submit]").click();
        page.waitForText("#status", "Merged entity Mao Zedong into Joseph Stalin");
        assertThat(entity("e-mao").isNull()).isTrue();
        assertThat(entity("e-stalin").at("/mentions/totalCount").asInt()).isEqualTo(stalinMentions + 1);

        JsonNode jiang = entity("e-jiang");
        page.find("#entities button[data-entity='e-jiang']").click();
        page.waitForText("#entity-card-title", "Jiang Zemin");
        page.find("#entity-card .delete-entity").click();
        WebElement confirm = page.visible("#entity-card .confirm");
        assertThat(confirm.getText()).contains("mention m-jiang-3 “Jiang” is deleted", "attribution a3 loses its speaker",
                "loses its claimant");
        assertThat(page.findAll("#entity-card .goes li").stream().filter(li -> li.getText().endsWith("is deleted")))
                .hasSize(jiang.at("/mentions/totalCount").asInt() + 1);
        assertThat(page.findAll("#entity-card .goes li").stream().filter(li -> li.getText().endsWith("loses its claimant")))
                .hasSize(jiang.at("/claims/totalCount").asInt());
        page.find("#entity-card .confirm-delete").click();
        page.waitForText("#status", "Deleted entity Jiang Zemin");
        assertThat(entity("e-jiang").isNull()).isTrue();
        assertThat(annotation("m-jiang-3").isNull()).isTrue();
        assertThat(annotation("a3").get("source").isNull()).isTrue();

        page.press("u");
        page.waitForText("#status", "Undid: Deleted entity Jiang Zemin");
        assertThat(entity("e-jiang").at("/mentions/totalCount").asInt()).isEqualTo(jiang.at("/mentions/totalCount").asInt());
        assertThat(entity("e-jiang").at("/claims/totalCount").asInt()).isEqualTo(jiang.at("/claims/totalCount").asInt());
        assertThat(annotation("a3").at("/source/id").asText()).isEqualTo("m-jiang-3");
    }

    @Test
    void selectionsAreTrimmedAndSnappedToTokensUnlessPlacedFreelyAndDuplicatesNeedATick() {
        int milestone = text.indexOf("milestone in the");
        // " milestone in th" : a space before, half a word after
        page.select(milestone - 1, milestone + "milestone in th".length());
        assertThat(page.annotateRange()).isEqualTo("[" + milestone + ", " + (milestone + "milestone in the".length()) + ")");
        assertThat(page.find("#annotate .snap").getText()).contains("Widened to whole tokens");
        page.press(Keys.ESCAPE);

        page.selectHoldingAlt(milestone + 1, milestone + 7);
        assertThat(page.annotateRange()).isEqualTo("[" + (milestone + 1) + ", " + (milestone + 7) + ")");
        page.press(Keys.ESCAPE);

        int jiang = text.indexOf("Jiang arrived Sunday");
        page.select(jiang, jiang + 5);
        page.annotateRange();
        WebElement warning = page.visible("#annotate .duplicate .warning");
        assertThat(warning.getText()).isEqualTo("mention " + exactly("MENTION", jiang, jiang + 5).get(0)
                + " already covers exactly this text.");
        page.find("#annotate [type=submit]").click();
        page.waitForText("#annotate .errors", "Create a duplicate anyway");
        assertThat(exactly("MENTION", jiang, jiang + 5)).hasSize(1);
        page.find("#annotate input[name='allowDuplicate']").click();
        page.find("#annotate [type=submit]").click();
        page.waitForText("#status", "Created mention");
        assertThat(exactly("MENTION", jiang, jiang + 5)).hasSize(2);
    }

    @Test
    void aRefusedDeleteSaysInPlainWordsWhatUsesTheMentionAndGoesThere() {
        int said = text.indexOf("\" Jiang said") + 2;
        page.segmentAt(said).click();
        page.waitUntil(() -> current().equals("m-jiang-3"));
        page.press("x");
        page.waitForText("#alerts", "m-jiang-3 is the speaker of attribution a3");
        assertThat(page.find("#alerts").getText()).contains("ref.dangling");
        assertThat(annotation("m-jiang-3").isNull()).isFalse();
        page.find("#alerts button[data-go='a3']").click();
        page.waitUntil(() -> current().equals("q3"));
        assertThat(page.find("#panel .item.current [data-field='attribution']").getText()).isEqualTo("a3");
    }

    @Test
    void nudgesAndClaimsCountWholeCharactersPastEmoji() {
        try (TestServer emoji = TestServer.of(Fixtures.emoji())) {
            String emojiText = Fixtures.EMOJI;
            page.open(emoji.server().url("/read/emoji"));
            int ship = emojiText.indexOf("ship");
            int rocketEnd = emojiText.indexOf("\uD83D\uDE80") + 2;
            page.select(ship - 1, rocketEnd + 1);
            assertThat(page.annotateRange()).isEqualTo("[" + ship + ", " + rocketEnd + ")");
            page.press("l");
            page.waitForText("#annotate .claim-context", "Inside quote q1");
            assertThat(new Select(page.find("#claim-claimant")).getFirstSelectedOption().getText()).isEqualTo("Ana");
            page.find("#annotate [type=submit]").click();
            page.waitForText("#status", "Created claim");
            String id = current();
            String query = "{ document(id: \"emoji\", unit: UTF16) { annotation(id: \"" + id + "\") { ... on Claim {"
                    + " start end cpStart: start(unit: CODEPOINT) cpEnd: end(unit: CODEPOINT) text claimant { id } quote { id } } } } }";
            JsonNode claim = emoji.graphql(query).at("/data/document/annotation");
            assertThat(claim.get("text").asText()).isEqualTo("ship \uD83D\uDE80");
            assertThat(claim.get("cpStart").asInt()).isEqualTo(emojiText.codePointCount(0, ship));
            assertThat(claim.get("cpEnd").asInt()).isEqualTo(emojiText.codePointCount(0, rocketEnd));
            assertThat(claim.at("/claimant/id").asText()).isEqualTo("e1");
            assertThat(claim.at("/quote/id").asText()).isEqualTo("q1");

            page.press("{");
            page.waitForText("#status", "Moved the end of claim " + id + " left");
            claim = emoji.graphql(query).at("/data/document/annotation");
            assertThat(claim.get("end").asInt()).isEqualTo(rocketEnd - 2);
            assertThat(claim.get("cpEnd").asInt()).isEqualTo(emojiText.codePointCount(0, rocketEnd) - 1);
            page.press("}");
            page.waitForText("#status", "Moved the end of claim " + id + " right");
            assertThat(emoji.graphql(query).at("/data/document/annotation/text").asText()).isEqualTo("ship \uD83D\uDE80");
        }
    }
}
