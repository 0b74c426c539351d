package org.standoff.server.web;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reading and annotating page in a browser, as a test drives it. Offsets are UTF-16 units. */
final class ReadingPage {
    /**
     * Selects [start, end) of the document text the way a user's drag does: a DOM range from a
     * point in one segment's text node to a point in another's.
     */
    private static final String SELECT = """
            const [start, end] = arguments;
            const segments = [...document.querySelectorAll('#text .seg')];
            const startSegment = segments.find((s) => +s.dataset.start <= start && start < +s.dataset.end);
            const endSegment = segments.find((s) => +s.dataset.start < end && end <= +s.dataset.end);
            const range = document.createRange();
            range.setStart(startSegment.firstChild, start - +startSegment.dataset.start);
            range.setEnd(endSegment.firstChild, end - +endSegment.dataset.start);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            """;

    private final WebDriver driver;
    private final WebDriverWait wait;

    ReadingPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.pollingEvery(Duration.ofMillis(50));
    }

    /** Opens {@code url} and waits until the page has shown its first document. */
    ReadingPage open(String url) {
        driver.get(url);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element matching {@code css}, once it is visible. */
    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element matching {@code css} shows {@code text}. */
    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    Select documentPicker() {
        return new Select(find("#document"));
    }

    /** The rendered text exactly as the DOM holds it (WebElement.getText() would normalize spaces). */
    String renderedText() {
        return (String) script("return document.getElementById('text').textContent");
    }

    /** The segment that starts at {@code offset}. */
    WebElement segmentAt(int offset) {
        return find("#text .seg[data-start='" + offset + "']");
    }

    /** Selects [start, end) of the document text. */
    void select(int start, int end) {
        script(SELECT, start, end);
    }

    /** The data-mentions of every segment with class {@code className}, one string per segment. */
    @SuppressWarnings("unchecked")
    List<String> mentionIdsOf(String className) {
        return (List<String>) script("return [...document.querySelectorAll('#text .seg.' + arguments[0])]"
                + ".map((segment) => segment.dataset.mentions || '')", className);
    }

    /** Types {@code keys} into whatever has the focus, as a user's key presses. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Selects [start, end) with the Alt key held, as a user placing a selection freely. */
    void selectHoldingAlt(int start, int end) {
        new Actions(driver).keyDown(Keys.ALT).perform();
        select(start, end);
        waitUntil(() -> "true".equals(String.valueOf(script("return !document.getElementById('annotate').hidden"
                + " && document.querySelector('#annotate .snap').textContent.includes('freely')"))));
        new Actions(driver).keyUp(Keys.ALT).perform();
    }

    /** Waits until {@code condition} holds. */
    void waitUntil(BooleanSupplier condition) {
        wait.until(ignored -> condition.getAsBoolean());
    }

    /** Whether the element's top edge lies inside the browser's viewport. */
    boolean inViewport(WebElement element) {
        return (Boolean) script("const r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.top < window.innerHeight;", element);
    }

    /** The annotate form's range once it has settled (trimmed and snapped), as "[start, end)". */
    String annotateRange() {
        visible("#annotate");
        waitUntil(() -> !String.valueOf(script("return document.getElementById('annotate').dataset.ready || ''")).isEmpty());
        return find("#annotate .selection-range").getText();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
