package org.standoff.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.standoff.server.Fixtures;
import org.standoff.server.TestServer;

/**
 * The page shows the spans needing review after {@code reviseText}, in Debian's headless Chromium
 * against a real server: the edited quote outlined in the text and listed with its old text, the
 * orphaned mention listed (it has no text to outline), the attribution that lost it flagged.
 */
class ReviewPageTest extends BrowserTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.of(Fixtures.emoji());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void showsNothingBeforeARevisionAndTheSpansToReviewAfterIt() {
        ReadingPage page = new ReadingPage(browser).open(server.server().url("/read/emoji"));
        assertThat(page.find("#review-section").isDisplayed()).isFalse();
        assertThat(page.findAll("#text .seg.review")).isEmpty();

        String revised = "\uD83C\uDF89 " + Fixtures.EMOJI.replace("today", "tomorrow").replace("Ana ", "");
        assertThat(server.graphql("mutation ($text: String!) { reviseText(documentId: \"emoji\", text: $text,"
                + " expectedVersion: 1) { version } }", Map.of("text", revised)).at("/data/reviseText/version").asInt())
                .isEqualTo(2);

        page.open(server.server().url("/read/emoji"));
        page.visible("#review-section");
        List<WebElement> items = page.findAll("#review li");
        assertThat(items).extracting(item -> item.getAttribute("data-annotation")).containsExactly("m1", "q1", "a1");
        assertThat(items).extracting(item -> item.getAttribute("data-status")).containsExactly("ORPHANED", "EDITED", "ORPHANED");
        assertThat(items.get(0).getText()).contains("orphaned", "Mention m1", "was", "Ana");
        assertThat(items.get(1).getText()).contains("edited", "Quote q1", "today.", "now", "tomorrow.");
        assertThat(items.get(2).getText()).contains("Attribution a1", "lost m1");
        List<WebElement> outlined = page.findAll("#text .seg.review");
        assertThat(outlined).isNotEmpty().allSatisfy(segment -> assertThat(segment.getAttribute("data-quotes")).isEqualTo("q1"));
        assertThat(outlined.stream().map(WebElement::getText).reduce("", String::concat))
                .isEqualTo("\"We ship \uD83D\uDE80 tomorrow.\"");
        assertThat(page.renderedText()).isEqualTo(revised);
    }
}
