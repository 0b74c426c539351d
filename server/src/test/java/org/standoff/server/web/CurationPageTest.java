package org.standoff.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standoff.core.model.Document;
import org.standoff.core.model.Mention;
import org.standoff.core.model.MentionType;
import org.standoff.core.model.Quote;
import org.standoff.server.CurationServer;
import org.standoff.server.TestServer;

/**
 * The copy switcher of the reading page and the curation view, in headless Chromium against a real
 * server with accounts: the shipped article assigned to two or three annotators whose copies differ
 * in known ways (ben retyped the headline's LIST mention as NOMINAL and cut the last character of the
 * quote "New Order", the content of attribution a1; carl retyped the mention too and added a cue).
 * The curator sees exactly those items, picks sides with clicks and keys, and writes the curated
 * document, which is then exactly the chosen mix.
 */
class CurationPageTest extends BrowserTest {
    private static final String ID = CurationServer.ID;

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
        browser.executeScript("sessionStorage.clear()");
        accounts.close();
    }

    @Test
    void anAnnotatorOpensTheirOwnCopyAndMarksItDoneAndACuratorSwitchesBetweenCopies() {
        assign("ana", "ben");
        ReadingPage page = signIn("ana");
        page.open(server.server().url("/read/" + ID));
        page.visible("#copy");
        assertThat(optionTexts("#copy")).containsExactly("curated document", "your copy (new)");
        assertThat(page.findAll("#curate-link")).isEmpty();
        assertThat(page.findAll("#copy-state")).as("the curated document has no state").isEmpty();

        new Select(page.find("#copy")).selectByVisibleText("your copy (new)");
        waitForUrl("/read/" + ID + "~ana");
        page.open(browser.getCurrentUrl());
        page.visible("#copy-state");
        assertThat(new Select(page.find("#copy")).getFirstSelectedOption().getText()).isEqualTo("your copy (new)");
        assertThat(new Select(page.find("#copy-state")).getFirstSelectedOption().getText()).isEqualTo("new");
        assertThat(page.find("#version").getText()).isEqualTo("version 1");

        new Select(page.find("#copy-state")).selectByVisibleText("done");
        page.waitForText("#status", "ana's copy is done");
        page.waitForText("#version", "version 2");
        page.visible("#copy");
        assertThat(optionTexts("#copy")).containsExactly("curated document", "your copy (done)");
        assertThat(copyStates()).isEqualTo("ana DONE, ben NEW");

        ReadingPage curator = signIn("cleo");
        curator.open(server.server().url("/read/" + ID + "~ben"));
        curator.visible("#curate-link");
        assertThat(optionTexts("#copy")).containsExactly("curated document", "ana's copy (done)", "ben's copy (new)");
        assertThat(new Select(curator.find("#copy")).getFirstSelectedOption().getText()).isEqualTo("ben's copy (new)");
        assertThat(new Select(curator.find("#copy-state")).getFirstSelectedOption().getText()).isEqualTo("new");
        new Select(curator.find("#copy-state")).selectByVisibleText("in progress");
        curator.waitForText("#status", "ben's copy is in progress");
        assertThat(copyStates()).isEqualTo("ana DONE, ben IN_PROGRESS");
        new Select(curator.find("#copy")).selectByVisibleText("curated document");
        waitForUrl("/read/" + ID);
        curator.open(browser.getCurrentUrl());
        curator.visible("#curate-link").click();
        waitForUrl("/curate/" + ID);
    }

    @Test
    void twoCopiesTheCuratorTakesAnasMentionAndBensAttribution() {
        assign("ana", "ben");
        accounts.benRetypesTheHeadlineListAndShortensNewOrder("ben");
        Quote q1 = article.quotes().get(0);
        ReadingPage page = openCuration("cleo");
        assertThat(page.find("#summary").getText()).isEqualTo("2 copies (ana, ben): " + items(0) + " items, "
                + (items(0) - 3) + " agreed, 3 to decide.");
        assertThat(page.find("#agreed-title").getText()).isEqualTo("Agreed items (" + (items(0) - 3) + ", pre-accepted)");
        assertThat(disputed()).containsExactly(
                "Mention 92–104 | ana: [92, 104) LIST «Putin, Jiang» | ben: [92, 104) NOMINAL «Putin, Jiang» | none of them",
                "Quote 114–123 | ana: [114, 123) " + q1.quoteType() + " «New Order» | ben: [114, 122) " + q1.quoteType()
                        + " «New Orde» | none of them",
                "Attribution 114–123 | ana: source [92, 104) cue [105, 113) content [114, 123) «New Order»"
                        + " | ben: source [92, 104) cue [105, 113) content [114, 122) «New Orde» | none of them");
        assertThat(page.find("#decided").getText()).isEqualTo("0 of 3 decided; undecided items are left out.");

        option(page, 0, "ana").click();
        option(page, 1, "ana").click();
        radio(page, 1, "ana").sendKeys(Keys.ARROW_RIGHT); // moves the group's choice to ben's quote
        option(page, 2, "ben").click();
        assertThat(radio(page, 1, "ben").isSelected()).isTrue();
        assertThat(page.find("#decided").getText()).isEqualTo("3 of 3 decided; undecided items are left out.");
        page.find("#write").click();
        page.waitForText("#written", "Wrote the curated document: version 2.");

        Document curated = server.store().get(ID).orElseThrow().document();
        Document ben = server.store().get(ID + "~ben").orElseThrow().document();
        assertThat(curated.mentions()).containsExactlyInAnyOrderElementsOf(article.mentions());
        assertThat(curated.quotes()).containsExactlyInAnyOrderElementsOf(ben.quotes());
        assertThat(curated.quote(q1.id()).orElseThrow().extent().toString()).isEqualTo("[114, 122)");
        assertThat(curated.attributions()).containsExactlyInAnyOrderElementsOf(article.attributions());
        assertThat(curated.cues()).containsExactlyInAnyOrderElementsOf(article.cues());
        assertThat(curated.claims()).containsExactlyInAnyOrderElementsOf(article.claims());
        assertThat(curated.entities()).containsExactlyInAnyOrderElementsOf(article.entities());

        page.find("#edit-curated").click();
        waitForUrl("/read/" + ID);
        page.open(browser.getCurrentUrl());
        page.visible("#copy");
        assertThat(page.find("#version").getText()).isEqualTo("version 2");
        assertThat(new Select(page.find("#copy")).getFirstSelectedOption().getText()).isEqualTo("curated document");
    }

    @Test
    void threeCopiesTwoAgainstOneAndAnExtraCue() {
        assign("ana", "ben", "carl");
        accounts.benRetypesTheHeadlineListAndShortensNewOrder("ben");
        Mention headline = article.mentions().stream().filter(m -> m.id().value().equals("m-putin-jiang-1")).findFirst().orElseThrow();
        accounts.as("carl", "mutation($id: ID!, $entity: ID) { r: updateMention(documentId: $id, expectedVersion: 1, unit: UTF16, "
                + "mention: {id: \"m-putin-jiang-1\", start: 92, end: 104, mentionType: NOMINAL, entity: $entity}) { version } }",
                CurationServer.vars("id", ID + "~carl", "entity", headline.entity() == null ? null : headline.entity().value()));
        accounts.as("carl", "mutation($id: ID!) { createCue(documentId: $id, expectedVersion: 2, unit: UTF16, "
                + "cue: {id: \"c-extra\", start: 0, end: 4, lemma: \"x\"}) { version } }", CurationServer.vars("id", ID + "~carl"));
        Quote q1 = article.quotes().get(0);
        String type = q1.quoteType().name();

        ReadingPage page = openCuration("cleo");
        assertThat(page.find("#summary").getText()).isEqualTo("3 copies (ana, ben, carl): " + (items(0) + 1) + " items, "
                + (items(0) - 3) + " agreed, 4 to decide.");
        assertThat(disputed()).containsExactly(
                "Mention 92–104 | ana: [92, 104) LIST «Putin, Jiang» | ben, carl: [92, 104) NOMINAL «Putin, Jiang» | none of them",
                "Quote 114–123 | ana, carl: [114, 123) " + type + " «New Order» | ben: [114, 122) " + type + " «New Orde» | none of them",
                "Cue 0–4 | carl: [0, 4) «" + article.text().substring(0, 4).strip() + "» | none of them",
                "Attribution 114–123 | ana, carl: source [92, 104) cue [105, 113) content [114, 123) «New Order»"
                        + " | ben: source [92, 104) cue [105, 113) content [114, 122) «New Orde» | none of them");
        assertThat(page.findAll("#copies-list tbody tr")).extracting(WebElement::getText).containsExactly(
                "ana's copy new 1", "ben's copy in progress 3", "carl's copy in progress 3");

        option(page, 0, "ben,carl").click();
        radio(page, 1, "ana,carl").sendKeys(Keys.SPACE);
        radio(page, 2, "carl").sendKeys(Keys.SPACE);
        option(page, 3, "ana,carl").click();
        page.find("#write").click();
        page.waitForText("#written", "Wrote the curated document: version 2.");

        Document curated = server.store().get(ID).orElseThrow().document();
        Document ben = server.store().get(ID + "~ben").orElseThrow().document();
        Document carl = server.store().get(ID + "~carl").orElseThrow().document();
        assertThat(curated.mentions()).as("ben's NOMINAL (the option's first copy), chosen itself, stays against ana's that a1 brings")
                .containsExactlyInAnyOrderElementsOf(ben.mentions());
        assertThat(curated.mentions().stream().filter(m -> m.id().value().equals("m-putin-jiang-1")).findFirst().orElseThrow()
                .mentionType()).isEqualTo(MentionType.NOMINAL);
        assertThat(curated.quotes()).containsExactlyInAnyOrderElementsOf(article.quotes());
        assertThat(curated.cues()).containsExactlyInAnyOrderElementsOf(carl.cues()).hasSize(article.cues().size() + 1);
        assertThat(curated.attributions()).containsExactlyInAnyOrderElementsOf(article.attributions());
    }

    @Test
    void theCuratorEditsAMentionsTypeAndAQuotesEndBeforeWriting() {
        assign("ana", "ben");
        accounts.benRetypesTheHeadlineListAndShortensNewOrder("ben");
        Quote q1 = article.quotes().get(0);
        ReadingPage page = openCuration("cleo");
        WebElement mention = page.find("#disputed > li:nth-child(1) .option.edit");
        assertThat(mention.getText()).contains("edit ana's");
        new Select(mention.findElement(By.name("type"))).selectByVisibleText("NAME");
        WebElement quote = page.find("#disputed > li:nth-child(2) .option.edit");
        WebElement end = quote.findElement(By.name("end"));
        assertThat(end.getAttribute("value")).isEqualTo("123");
        end.sendKeys(Keys.chord(Keys.CONTROL, "a"), "121");
        assertThat(page.findAll("#disputed > li:nth-child(3) .option.edit")).as("attributions are not edited here").isEmpty();
        option(page, 2, "ana").click();
        assertThat(page.find("#decided").getText()).isEqualTo("3 of 3 decided; undecided items are left out.");
        page.find("#write").click();
        page.waitForText("#written", "Wrote the curated document: version 4 (2 edited).");

        Document curated = server.store().get(ID).orElseThrow().document();
        Mention headline = curated.mentions().stream().filter(m -> m.id().value().equals("m-putin-jiang-1")).findFirst().orElseThrow();
        assertThat(headline.mentionType()).isEqualTo(MentionType.NAME);
        assertThat(headline.extent().toString()).isEqualTo("[92, 104)");
        Quote edited = curated.quote(q1.id()).orElseThrow();
        assertThat(edited.extent().toString()).isEqualTo("[114, 121)");
        assertThat(edited.quoteType()).isEqualTo(q1.quoteType());
        assertThat(curated.quotes()).hasSize(article.quotes().size());
        assertThat(curated.attributions()).containsExactlyInAnyOrderElementsOf(article.attributions());
    }

    @Test
    void anAnnotatorSeesTheCurationButCannotWrite() {
        assign("ana", "ben");
        accounts.benRetypesTheHeadlineListAndShortensNewOrder("ben");
        ReadingPage page = openCuration("ana");
        assertThat(page.find("#summary").getText()).endsWith("Only a curator can write the curated document.");
        assertThat(page.find("#write").isDisplayed()).isFalse();
        assertThat(page.findAll("#disputed input")).isNotEmpty().allSatisfy(input -> assertThat(input.isEnabled()).isFalse());
    }

    /** The number of annotations and entities of the article: its curation's items when all copies agree. */
    private int items(int extra) {
        return article.mentions().size() + article.quotes().size() + article.cues().size() + article.claims().size()
                + article.attributions().size() + article.entities().size() + extra;
    }

    private ReadingPage openCuration(String person) {
        ReadingPage page = signIn(person);
        browser.get(server.server().url("/curate/" + ID));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        return page;
    }

    /** Each disputed item as "Layer start–end | annotators: signature «marked text» | … | none of them". */
    private List<String> disputed() {
        List<String> out = new ArrayList<>();
        for (WebElement item : browser.findElements(By.cssSelector("#disputed > li"))) {
            StringBuilder line = new StringBuilder(item.findElement(By.tagName("h3")).getText());
            for (WebElement option : item.findElements(By.cssSelector("label.option"))) {
                if (option.getAttribute("class").contains("none")) {
                    line.append(" | ").append(option.getText().trim());
                    continue;
                }
                line.append(" | ").append(option.findElement(By.className("who")).getText()).append(": ")
                        .append(option.findElement(By.tagName("code")).getText()).append(" «")
                        .append(option.findElement(By.tagName("mark")).getText()).append('»');
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The option of disputed item {@code item} (from 0) that {@code annotators} (comma-separated) have. */
    private WebElement option(ReadingPage page, int item, String annotators) {
        return page.find("#disputed > li:nth-child(" + (item + 1) + ") label.option[data-annotators='" + annotators + "']");
    }

    private WebElement radio(ReadingPage page, int item, String annotators) {
        return option(page, item, annotators).findElement(By.tagName("input"));
    }

    private ReadingPage signIn(String person) {
        ReadingPage page = new ReadingPage(browser);
        browser.get(server.server().url("/"));
        browser.executeScript("sessionStorage.clear()");
        browser.get(server.server().url("/"));
        waitForState("signed-out");
        page.visible("#token").sendKeys(accounts.token(person));
        page.find("#sign-in button[type=submit]").click();
        waitForState("signed-in");
        return page;
    }

    private void waitForState(String state) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.attributeToBe(By.id("account"), "data-state", state));
    }

    private void waitForUrl(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(server.server().url(path)));
    }

    private List<String> optionTexts(String css) {
        return new Select(browser.findElement(By.cssSelector(css))).getOptions().stream().map(WebElement::getText).toList();
    }

    private String copyStates() {
        JsonNode copies = accounts.as("cleo", "query($id: ID!) { copies(documentId: $id) { annotator state } }", CurationServer.vars("id", ID));
        List<String> states = new ArrayList<>();
        copies.at("/data/copies").forEach(copy -> states.add(copy.at("/annotator").asText() + " " + copy.at("/state").asText()));
        return String.join(", ", states);
    }

    private void assign(String... annotators) {
        JsonNode assigned = accounts.as("cleo", "mutation($id: ID!, $who: [String!]!) { assignDocument(documentId: $id, annotators: $who) "
                + "{ annotator } }", Map.of("id", ID, "who", List.of(annotators)));
        assertThat(assigned.has("errors")).as(assigned.toString()).isFalse();
    }
}
