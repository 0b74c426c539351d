package org.standoff.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.standoff.server.Fixtures;
import org.standoff.server.ServerConfig;
import org.standoff.server.TestServer;
import org.standoff.server.auth.AccountsFile;
import org.standoff.server.auth.People;
import org.standoff.server.auth.Role;

/**
 * The page and GraphiQL on a server with accounts, in headless Chromium: signed out, it asks for a token
 * and shows nothing of the corpus; signed in, it reads (and annotates only with the role for it), says
 * who is signed in, keeps the token out of the URL, and GraphiQL sends it too.
 */
class SignInPageTest extends BrowserTest {
    @TempDir
    static Path directory;

    private static TestServer server;
    private static String readerToken;
    private static String annotatorToken;

    @BeforeAll
    static void start() throws Exception {
        AccountsFile accounts = AccountsFile.in(directory);
        accounts.add("rita", Role.READER);
        accounts.add("anna", Role.ANNOTATOR);
        readerToken = accounts.issueToken("rita").token();
        annotatorToken = accounts.issueToken("anna").token();
        server = TestServer.over(TestServer.memoryStore(Fixtures.jiang()), ServerConfig.DEFAULT,
                new People(accounts, false));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void signedOutSignedInAndOutAgain() {
        ReadingPage page = new ReadingPage(browser);
        browser.get(server.server().url("/"));
        waitForState("signed-out");
        assertThat(page.find("#title").getText()).isEqualTo("Sign in to read this corpus");
        assertThat(page.renderedText()).isEmpty();

        signIn(page, "sot_not-a-token");
        waitForState("signed-out");
        assertThat(page.find("#sign-in-problem").getText()).contains("not accepted");
        assertThat(storedToken(page)).isNull();

        signIn(page, readerToken);
        waitForState("signed-in");
        page.waitForText("#text", "friendship");
        assertThat(page.find("#signed-in").getText()).isEqualTo("Signed in as rita (reader)");
        assertThat(page.find("#annotate-help").isDisplayed()).isFalse();
        assertThat(page.findAll("#panel .delete")).isEmpty();
        assertThat(browser.getCurrentUrl()).doesNotContain(readerToken);
        assertThat(storedToken(page)).isEqualTo(readerToken);

        page.find("#sign-out").click();
        waitForState("signed-out");
        assertThat(storedToken(page)).isNull();
        assertThat(page.renderedText()).isEmpty();

        signIn(page, annotatorToken);
        waitForState("signed-in");
        page.waitForText("#text", "friendship");
        assertThat(page.find("#signed-in").getText()).isEqualTo("Signed in as anna (annotator)");
        assertThat(page.find("#annotate-help").isDisplayed()).isTrue();
        assertThat(consoleText()).doesNotContain(annotatorToken).doesNotContain(readerToken);
        page.find("#sign-out").click();
        waitForState("signed-out");
    }

    @Test
    void graphiqlSendsTheTokenThePageSignedInWith() {
        ReadingPage page = new ReadingPage(browser);
        browser.get(server.server().url("/"));
        waitForState("signed-out");
        signIn(page, readerToken);
        waitForState("signed-in");

        browser.get(server.server().url("/graphiql"));
        assertThat(runDefaultQuery(page)).contains("\"name\": \"rita\"").contains("documentCount");

        browser.get(server.server().url("/"));
        waitForState("signed-in");
        page.find("#sign-out").click();
        waitForState("signed-out");
        browser.get(server.server().url("/graphiql"));
        assertThat(runDefaultQuery(page)).contains("UNAUTHENTICATED");
    }

    private String runDefaultQuery(ReadingPage page) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button"))).click();
        wait.until(driver -> String.valueOf(page.script("const r = document.querySelector('.result-window');"
                + " return r ? r.innerText : ''")).contains("\""));
        return String.valueOf(page.script("return document.querySelector('.result-window').innerText"));
    }

    private void signIn(ReadingPage page, String token) {
        page.visible("#token").sendKeys(token);
        page.find("#sign-in button[type=submit]").click();
    }

    private void waitForState(String state) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.attributeToBe(By.id("account"), "data-state", state));
    }

    private static Object storedToken(ReadingPage page) {
        return page.script("return sessionStorage.getItem('standoff.token')");
    }

    private String consoleText() {
        List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(entry.getMessage()).append('\n'));
        return text.toString();
    }
}
