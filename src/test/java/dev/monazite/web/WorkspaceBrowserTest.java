package dev.monazite.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * A browser test over the shared workspace ({@link WebFixture}): one web server and one headless
 * Chromium for the test class, started before its first test and closed after its last. Test classes
 * run one after another, so the fields hold the running class's.
 */
abstract class WorkspaceBrowserTest {
    @TempDir
    static Path tmp;
    static WebFixture web;
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void startWorkspace() throws Exception {
        web = new WebFixture(tmp);
        browser = Browser.start(tmp);
        driver = browser.driver();
    }

    @AfterAll
    static void stopWorkspace() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (web != null) {
                web.close();
            }
            browser = null;
            web = null;
            driver = null;
        }
    }
}
