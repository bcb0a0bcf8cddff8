package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workspace in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/run): search, open an article, see a highlighted figure, open the conflicts view, render a
 * chart. Screenshots of each page go to target/screenshots/.
 */
class BrowserTest extends WorkspaceBrowserTest {

    private static WebDriverWait waiting() {
        return browser.waiting();
    }

    private static void shot(String name) throws Exception {
        browser.shot(name);
    }

    @Test
    void search_thenOpenArticle_showsHighlightedFigure() throws Exception {
        driver.get(web.base + "/");
        driver.findElement(By.id("q")).sendKeys("氧化镨钕");
        driver.findElement(By.id("go")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit a.title")));
        List<WebElement> hits = driver.findElements(By.cssSelector(".hit"));
        assertFalse(hits.isEmpty());
        assertTrue(driver.findElements(By.cssSelector(".hit mark")).size() >= 1, "snippets highlight the query");
        shot("search-first-hit");
        hits.get(0).findElement(By.cssSelector("a.title")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".para mark.quantity")));
        WebElement figure = driver.findElement(By.cssSelector(".para mark.quantity"));
        assertTrue(figure.getText().matches(".*\\d.*"), figure.getText());
        shot("article-figure");
    }

    @Test
    void addFiles_fromTheSearchPage_reportsLikeTheCli_andTheStoryIsFound() throws Exception {
        Path file = tmp.resolve("upload").resolve("erbium-note.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Erbium fibre plant expands\nWire Desk · 2026-11-04 08:00\n\nAn erbium fibre "
                + "plant will double its capacity next year, its owner said.\n");
        driver.get(web.base + "/");
        driver.findElement(By.cssSelector("#add summary")).click();
        driver.findElement(By.id("files")).sendKeys(file.toString());
        driver.findElement(By.id("upload")).click();
        WebElement summary = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upload-summary")));
        assertTrue(summary.getText().contains("1 article(s) added"), summary.getText());
        assertTrue(driver.findElement(By.id("upload-report")).getText().contains("erbium-note.txt: 1 article(s)"));
        shot("upload");
        driver.findElement(By.id("q")).sendKeys("erbium fibre");
        driver.findElement(By.id("go")).click();
        WebElement hit = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit a.title")));
        assertEquals("Erbium fibre plant expands", hit.getText());
    }

    @Test
    void hostileArticle_rendersAsText_andRunsNoScript() throws Exception {
        driver.get(web.base + "/?q=title%3Ahostile");
        WebElement link = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit a.title")));
        assertEquals(WebFixture.HOSTILE_TITLE, link.getText());
        link.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".para")));
        assertTrue(driver.findElement(By.cssSelector(".para .text")).getText().contains("<script>"));
        assertFalse(driver.getTitle().contains("pwned"));
        assertTrue(driver.findElements(By.cssSelector(".para img")).isEmpty());
        shot("hostile-article");
    }

    @Test
    void conflictsView_listsDisagreeingClaims() throws Exception {
        driver.get(web.base + "/facts");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".conflict h3")));
        String text = driver.findElement(By.id("conflicts")).getText();
        assertTrue(text.contains("refining share"), text);
        assertTrue(driver.findElements(By.cssSelector("#facts tbody tr")).size() > 10);
        shot("facts-conflicts");
    }

    @Test
    void chartsPage_rendersPriceChart() throws Exception {
        driver.get(web.base + "/charts?commodity=PrNd-oxide");
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("charts")), "data-rendered"));
        assertTrue(Integer.parseInt(driver.findElement(By.id("charts")).getAttribute("data-rendered")) >= 1);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#charts canvas")));
        shot("charts");
    }

    @Test
    void scenarioPage_runsExample_andDrawsTheCurve() throws Exception {
        driver.get(web.base + "/scenario");
        waiting().until(d -> !d.findElement(By.id("yaml")).getAttribute("value").isBlank());
        driver.findElement(By.cssSelector("#file summary")).click();
        driver.findElement(By.id("run")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#curve[data-rendered]")));
        assertTrue(Integer.parseInt(driver.findElement(By.id("curve")).getAttribute("data-rendered")) >= 12);
        assertTrue(driver.findElements(By.cssSelector("#assumptions tbody tr")).size() >= 1);
        assertTrue(driver.findElement(By.id("summary")).getText().contains("stock runs out in"));
        driver.findElement(By.cssSelector("#file summary")).click(); // folded, so the shot shows the result
        shot("scenario");
    }

    @Test
    void chainPage_drawsSankey() throws Exception {
        driver.get(web.base + "/chain");
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(driver.findElement(By.id("sankey")), "data-rendered"));
        assertTrue(driver.findElements(By.cssSelector("#concentration tbody tr")).size() >= 3);
        shot("chain");
    }

    @Test
    void digestPage_showsCitedBullets() throws Exception {
        driver.get(web.base + "/digest");
        waiting().until(d -> !d.findElements(By.cssSelector("#workflow option")).isEmpty());
        driver.findElement(By.id("make")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bullet a")));
        assertTrue(driver.findElement(By.cssSelector(".bullet a")).getText().matches("\\[\\d+\\]"));
        shot("digest");
    }

    @Test
    void timelinePage_listsDatedActsFirst() throws Exception {
        driver.get(web.base + "/timeline");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#events tbody tr")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#events tbody tr td:first-child"));
        assertFalse(rows.get(0).getText().equals("undated"));
        shot("timeline");
    }
}
