package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chain page in a real headless Chromium, as {@link BrowserTest} runs it: beside the Sankey, the
 * rescaling the applied corpus figure caused and the candidates left out, each with why and its
 * citations. The screenshot goes to target/screenshots/chain-candidates.png.
 */
class ChainBrowserTest {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path DRIVER = Paths.get("/usr/bin/chromedriver");
    static final Path SHOTS = Paths.get("target", "screenshots");

    @TempDir
    static Path tmp;
    static ChainFixture web;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver (.ci/run does)");
        }
        web = new ChainFixture(tmp);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + tmp.resolve("chrome-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    @Test
    void chainPage_showsRescalingAndCandidatesBesideSankey() throws Exception {
        driver.get(web.base + "/chain");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#candidates li.candidate")));
        assertTrue(driver.findElement(By.id("sankey")).getAttribute("data-rendered").matches("[1-9]\\d*"));
        String rescaling = driver.findElement(By.cssSelector("#rescalings li.rescaling")).getText();
        assertTrue(rescaling.contains("AU was set to 10.5% (reference 7.4%) by 2 agreeing outlets"), rescaling);
        List<WebElement> candidates = driver.findElements(By.cssSelector("#candidates li.candidate"));
        assertTrue(candidates.stream().anyMatch(c -> c.getText().contains("US 70% for 2026")
                && c.getText().contains("one outlet, not confirmed")
                && c.getText().contains("Asia Times, 2026-04-01, “Washington bets on domestic supply”")), candidates.get(0).getText());
        assertEquals("CN", driver.findElement(By.cssSelector("#concentration tbody tr td:nth-child(2)")).getText());
        assertTrue(driver.findElement(By.cssSelector("#concentration tbody tr td:nth-child(4)")).getText().matches("\\d+"));
        assertTrue(driver.findElements(By.cssSelector("#legend tbody tr")).size() > 20);
        Files.write(SHOTS.resolve("chain-candidates.png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
