package org.standoff.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.standoff.core.model.Document;
import org.standoff.core.model.Entity;
import org.standoff.core.model.EntityType;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.server.TestServer;

/** The document picker over 120 documents: pages of 50, counts per document, search by title and by text. */
class DocumentListPageTest extends BrowserTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        List<Document> documents = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String text = "Report number " + i + " about " + (i == 42 ? "zebras" : "cats") + ".";
            documents.add(Document.builder(String.format("doc-%03d", i), text)
                    .metadata("title", "Report " + i)
                    .entity(Entity.of("e1", "The report", EntityType.DOCUMENT))
                    .add(Mention.of("m1", 0, 6, MentionType.NOMINAL, "e1"))
                    .build());
        }
        server = TestServer.of(documents.toArray(Document[]::new));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static List<String> listed(ReadingPage page) {
        return page.documentPicker().getOptions().stream().map(option -> option.getAttribute("value")).toList();
    }

    @Test
    void pagesThroughTheDocumentsWithTheirCountsAndSearchesTitlesAndText() {
        ReadingPage page = new ReadingPage(browser).open(server.server().url("/"));
        assertThat(page.find("#doc-page").getText()).isEqualTo("1–50 of 120");
        assertThat(listed(page)).hasSize(50).startsWith("doc-001", "doc-002");
        assertThat(page.documentPicker().getOptions().get(0).getText())
                .isEqualTo("Report 1 (doc-001) · 0 quotes, 1 mentions, 0 claims");
        assertThat(page.find("#doc-previous").isEnabled()).isFalse();

        page.find("#doc-next").click();
        page.waitForText("#doc-page", "51–100 of 120");
        assertThat(listed(page)).hasSize(51).contains("doc-051", "doc-100").startsWith("doc-001");
        page.find("#doc-next").click();
        page.waitForText("#doc-page", "101–120 of 120");
        assertThat(page.find("#doc-next").isEnabled()).isFalse();
        page.find("#doc-previous").click();
        page.waitForText("#doc-page", "51–100 of 120");

        page.documentPicker().selectByValue("doc-077");
        page.waitForText("#title", "Report 77");
        assertThat(browser.getCurrentUrl()).endsWith("/read/doc-077");

        WebElement search = page.find("#doc-search");
        page.press(org.openqa.selenium.Keys.ESCAPE, "/");
        page.waitUntil(() -> "doc-search".equals(browser.switchTo().activeElement().getAttribute("id")));
        search.sendKeys("zebra");
        page.waitForText("#title", "Report 42");
        assertThat(listed(page)).containsExactly("doc-042");
        assertThat(page.find("#doc-page").getText()).isEqualTo("1–1 of 1");

        search.clear();
        search.sendKeys("Report 11");
        page.waitForText("#title", "Report 11");
        page.waitUntil(() -> listed(page).size() == 11);
        assertThat(listed(page)).containsExactly("doc-011", "doc-110", "doc-111", "doc-112", "doc-113", "doc-114",
                "doc-115", "doc-116", "doc-117", "doc-118", "doc-119");

        // a search's answers are paged like the whole list: 119 documents are about cats (in any case)
        search.clear();
        search.sendKeys("CATS");
        page.waitForText("#doc-page", "1–50 of 119");
        page.find("#doc-next").click();
        page.waitForText("#doc-page", "51–100 of 119");
        page.find("#doc-next").click();
        page.waitForText("#doc-page", "101–119 of 119");
        assertThat(listed(page)).contains("doc-120").doesNotContain("doc-042");
    }
}
