package dev.monazite.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run) for the
 * browser tests, with the flags this closed network needs, and screenshots to target/screenshots/.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path DRIVER = Paths.get("/usr/bin/chromedriver");
    static final Path SHOTS = Paths.get("target", "screenshots");
    /** Where the README's screenshots live: each run of the browser tests refreshes them. */
    static final Path README_SHOTS = Paths.get("docs", "screenshots");
    /** The shots the README shows, one per page, by the names the tests give them. */
    static final java.util.Set<String> README_PAGES = java.util.Set.of("search", "article", "facts",
            "conflicts-sections", "timeline", "charts", "chain", "scenario", "digest", "sources", "alerts");
    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    static Browser start(Path tmp) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + tmp.resolve("chrome-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        Files.createDirectories(SHOTS);
        return new Browser(new ChromeDriver(service, options));
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * A wait that retries when the page replaced an element between finding it and reading it: the pages
     * re-render whole lists after each fetch, so a condition may hold a node that is gone a moment later.
     */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Saves what the browser shows as target/screenshots/NAME.png; a page the README shows is also copied to
     * docs/screenshots/, so the README's pictures are whatever the last run of the tests saw.
     */
    void shot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
        if (README_PAGES.contains(name) && Files.isDirectory(README_SHOTS.getParent())) {
            Files.createDirectories(README_SHOTS);
            Files.write(README_SHOTS.resolve(name + ".png"), png);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
