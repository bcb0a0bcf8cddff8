package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.cli.Main;
import dev.monazite.index.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The conflicts view in a real headless Chromium, over the samples and the development set (whose
 * outlets disagree with each other): disagreements between outlets and within one outlet are shown
 * in two sections, every claim names its period, every statement its outlet, publication date and
 * fact id. The screenshot goes to target/screenshots/conflicts-sections.png.
 */
class ConflictsBrowserTest {
    // a claim ends with its period: a year, a month, a day, a range, or undated
    private static final String PERIOD = ".*, (\\d{4}(-\\d{2}){0,2}(/\\d{4}(-\\d{2})?)?|undated.*)";

    @TempDir
    static Path tmp;
    static WebServer server;
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Path data = tmp.resolve("data");
        if (Main.run("ingest", "--quiet", "--data", data.toString(), Fixtures.corpus(tmp).toString(),
                Fixtures.devSet(tmp).toString()) != 0) {
            throw new IllegalStateException("ingest of the samples and the development set failed");
        }
        server = WebServer.start(data, null, "127.0.0.1", 0, null);
        browser = Browser.start(tmp);
        driver = browser.driver();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebElement await(String css) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void conflictsView_showsBetweenAndWithinOutletsApart_withPeriodsOutletsAndFactIds() throws Exception {
        driver.get("http://127.0.0.1:" + server.port() + "/facts");
        await("#conflicts-within .conflict h3");
        WebElement between = driver.findElement(By.id("conflicts-between"));
        WebElement within = driver.findElement(By.id("conflicts-within"));
        assertTrue(between.findElement(By.tagName("h3")).getText().startsWith("Between outlets ("));
        assertTrue(within.findElement(By.tagName("h3")).getText().startsWith("Within one outlet ("));
        assertFalse(between.findElements(By.cssSelector(".conflict")).isEmpty());
        assertFalse(within.findElements(By.cssSelector(".conflict")).isEmpty());
        for (WebElement claim : driver.findElements(By.cssSelector(".conflict h3"))) {
            assertTrue(claim.getText().matches(PERIOD), claim.getText());
        }
        for (WebElement box : between.findElements(By.cssSelector(".conflict p.muted"))) {
            assertFalse(box.getText().startsWith("1 outlet"), "a disagreement between outlets has two: " + box.getText());
        }
        WebElement statement = driver.findElement(By.cssSelector(".conflict .statement"));
        assertTrue(statement.getText().matches("(?s).* · published \\d{1,2} [A-Z][a-z]{2} 20\\d\\d.*"), statement.getText());
        assertTrue(statement.findElement(By.cssSelector(".fact-id")).getText().matches("[0-9a-f]{1,12}-[0-9a-f]{8}"));
    }

    @Test
    void shareConflicts_bothSectionsOnOnePage_screenshot() throws Exception {
        driver.get("http://127.0.0.1:" + server.port() + "/facts");
        await("#conflicts-within .conflict h3");
        new Select(driver.findElement(By.id("type"))).selectByVisibleText("share");
        driver.findElement(By.cssSelector("#filter button")).click();
        // the list is drawn anew: wait until every claim shown is a share
        browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const hs = [...document.querySelectorAll('#conflicts-within .conflict h3, #conflicts-between .conflict h3')];"
                        + " return hs.length > 0 && hs.every((h) => h.textContent.includes(' share of '));"));
        String text = driver.findElement(By.id("conflicts")).getText();
        assertTrue(text.contains("refining share of REE in WORLD, undated, published 2025"), text);
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('facts').getBoundingClientRect().top + window.scrollY;")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(4000, height + 120)));
        try {
            browser.shot("conflicts-sections");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1000));
        }
        assertEquals(2, driver.findElements(By.cssSelector("#conflicts > section")).size());
    }
}
