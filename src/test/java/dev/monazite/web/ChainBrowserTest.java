package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The chain page in a real headless Chromium: beside the Sankey, the rescaling the applied corpus
 * figure caused and the candidates left out, each with why and its citations; confirming a lone
 * candidate applies it. Screenshots: target/screenshots/chain-candidates.png, chain-confirmed.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChainBrowserTest {
    @TempDir
    static Path tmp;
    static ChainFixture web;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        web = new ChainFixture(tmp);
        browser = Browser.start(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.close();
        }
    }

    @Test
    @Order(1)
    void chainPage_showsRescalingAndCandidatesBesideSankey() throws Exception {
        browser.driver().get(web.base + "/chain");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#candidates li.candidate")));
        assertTrue(browser.driver().findElement(By.id("sankey")).getAttribute("data-rendered").matches("[1-9]\\d*"));
        String rescaling = browser.driver().findElement(By.cssSelector("#rescalings li.rescaling")).getText();
        assertTrue(rescaling.contains("AU was set to 10.5% (reference 7.4%) by 2 agreeing outlets"), rescaling);
        List<WebElement> candidates = browser.driver().findElements(By.cssSelector("#candidates li.candidate"));
        assertTrue(candidates.stream().anyMatch(c -> c.getText().contains("US 70% for 2026")
                && c.getText().contains("one outlet, not confirmed")
                && c.getText().contains("Asia Times, 2026-04-01, “Washington bets on domestic supply”")), candidates.get(0).getText());
        assertEquals("CN China", browser.driver().findElement(By.cssSelector("#concentration tbody tr td:nth-child(2)")).getText());
        assertTrue(browser.driver().findElement(By.cssSelector("#concentration tbody tr td:nth-child(4)")).getText().matches("\\d{1,3}(,\\d{3})*"));
        assertTrue(browser.driver().findElements(By.cssSelector("#legend tbody tr")).size() > 20);
        browser.shot("chain-candidates");
    }

    @Test
    @Order(1)
    void chainPage_explainsEveryCode_citesEveryFigure_andLinksTheExcelDownload() throws Exception {
        browser.driver().get(web.base + "/chain");
        browser.waiting().until(d -> d.findElements(By.cssSelector("#shares tbody tr")).size() > 5);
        java.util.Set<String> legend = new java.util.HashSet<>(browser.driver().findElements(By.cssSelector("#legend tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList());
        List<WebElement> codes = browser.driver().findElements(By.cssSelector("#concentration .code, #shares .code, #dependence .code"));
        assertTrue(codes.size() > 20, "codes shown: " + codes.size());
        for (String table : List.of("concentration", "shares", "dependence")) {
            for (WebElement cell : browser.driver().findElements(By.cssSelector("#" + table + " tbody td:not(.cite)"))) {
                String text = cell.getText();
                List<WebElement> kind = cell.findElements(By.cssSelector(".kind"));
                if (!kind.isEmpty()) {
                    assertFalse(kind.get(0).getAttribute("title").isBlank(), "the kind " + text + " is explained on hover");
                    continue;
                }
                if (text.matches("[A-Z]{2}|[a-z_]+|[A-Za-z]+-[A-Za-z]+")) {
                    throw new AssertionError("a bare code without its meaning in #" + table + ": " + text);
                }
            }
        }
        for (WebElement code : codes) {
            String c = code.findElement(By.tagName("b")).getText();
            assertTrue(legend.contains(c), c + " is not in the table of codes");
            assertFalse(code.getAttribute("title").isBlank(), c + " has no meaning on hover");
        }
        assertTrue(browser.driver().findElement(By.cssSelector("#shares tbody")).getText().contains("JP Japan")
                || browser.driver().findElement(By.cssSelector("#dependence tbody")).getText().contains("JP Japan"));
        for (WebElement cite : browser.driver().findElements(By.cssSelector("#shares td.cite, #dependence td.cite"))) {
            assertTrue(cite.getText().length() > 30, "a figure without a citation: " + cite.getText());
        }
        String volume = browser.driver().findElement(By.cssSelector("#shares tbody tr td:nth-child(4)")).getText();
        assertTrue(volume.matches("\\d{1,3}(,\\d{3})* .+"), "volumes are grouped: " + volume);
        assertTrue(browser.driver().findElement(By.id("xlsx")).getAttribute("href").endsWith("/api/chain?commodity=REE&format=xlsx"));
        browser.shot("chain-codes");
    }

    @Test
    @Order(2)
    void confirmingALoneCandidate_appliesIt_andRescalesTheStage() throws Exception {
        browser.driver().get(web.base + "/chain");
        WebElement us = browser.waiting().until(d -> d.findElements(By.cssSelector("#candidates li.candidate")).stream()
                .filter(c -> c.getText().contains("US 70% for 2026")).findFirst().orElse(null));
        us.findElement(By.cssSelector("button.confirm-candidate")).click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("#rescalings li.rescaling")).stream()
                .anyMatch(r -> r.getText().contains("US was set to 70%")));
        assertTrue(browser.driver().findElements(By.cssSelector("#candidates li.candidate")).stream()
                .noneMatch(c -> c.getText().contains("US 70% for 2026")), "the confirmed figure is no longer a candidate");
        assertEquals("US United States", browser.driver().findElement(By.cssSelector("#concentration tbody tr td:nth-child(2)")).getText(),
                "an analyst's confirmation may change the leader");
        browser.shot("chain-confirmed");
    }
}
