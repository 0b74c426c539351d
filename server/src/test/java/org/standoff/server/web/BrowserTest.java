package org.standoff.server.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test class that drives one headless Chromium ({@link HeadlessChromium}), started with a fresh
 * profile before the class's first test (and before its own {@code @BeforeAll}) and quit after its
 * last (after its own {@code @AfterAll}).
 */
abstract class BrowserTest {
    @TempDir
    static Path profile;

    /** The browser of the running test class. */
    static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
