package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The scenario and digest pages in a real headless Chromium over the samples: a what-if from five fields
 * summarised in words, by calendar month, and cleared by an error; a digest with its header, an ad-hoc
 * query, downloads that carry the query, and bullets free of the sources' own [1] markers.
 * Screenshots: scenario-quick.png, digest-workflow.png, digest-query.png.
 */
class ScenarioDigestBrowserTest extends WorkspaceBrowserTest {

    private static void quick(String supplier, String recipient, String product, String fraction, String months) {
        for (String[] f : List.of(new String[] {"q-supplier", supplier}, new String[] {"q-recipient", recipient},
                new String[] {"q-fraction", fraction}, new String[] {"q-months", months})) {
            WebElement input = driver.findElement(By.id(f[0]));
            input.clear();
            input.sendKeys(f[1]);
        }
        new Select(driver.findElement(By.id("q-product"))).selectByVisibleText(product);
        driver.findElement(By.id("quick-run")).click();
    }

    private static String monthName(YearMonth m, TextStyle style) {
        return m.getMonth().getDisplayName(style, Locale.ENGLISH) + " " + m.getYear();
    }

    @Test
    void quickWhatIf_summarisesInWords_byCalendarMonth_withTheModelsSources() throws Exception {
        driver.get(web.base + "/scenario");
        assertTrue(driver.findElement(By.id("result")).getText().contains("Run a what-if"), "the page says what to do first");
        YearMonth now = YearMonth.now();
        quick("CN", "JP", "Dy", "1", "6");
        WebElement summary = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary li")));
        String sentence = summary.getText();
        assertTrue(sentence.matches("JP Dy: stock runs out in [A-Z][a-z]+ \\d{4} \\(month \\d+\\); [\\d.,]+ t not supplied "
                + "over 18 months \\([\\d.]+% of demand\\)\\."), sentence);
        int month = Integer.parseInt(sentence.replaceAll(".*\\(month (\\d+)\\).*", "$1"));
        assertTrue(sentence.contains(monthName(now.plusMonths(month - 1L), TextStyle.FULL)), sentence);
        assertFalse(driver.findElement(By.id("result")).getText().contains("{"), "no raw JSON");
        // calendar months on the axis and in the month-by-month table, one row per month
        List<WebElement> rows = driver.findElements(By.cssSelector("#months tbody tr"));
        assertEquals(18, rows.size());
        String first = monthName(now, TextStyle.SHORT);
        assertEquals(first, rows.get(0).findElement(By.cssSelector("td")).getText());
        Object axis = ((JavascriptExecutor) driver).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('curve')).getOption().xAxis[0].data[0];");
        assertEquals(first, axis);
        String assumptions = driver.findElement(By.id("assumptions")).getText();
        assertTrue(assumptions.contains("JP/Dy share from CN") && assumptions.contains("JP/Dy inventory")
                && assumptions.contains("JOGMEC"), "the model's figures come with their sources");
        browser.shot("scenario-quick");
    }

    @Test
    void scenarioError_clearsThePreviousResult() throws Exception {
        driver.get(web.base + "/scenario");
        quick("CN", "US", "REE", "0.5", "3");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary li")));
        quick("CN", "ZZ", "REE", "0.5", "3");
        WebElement error = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertTrue(error.getText().contains("recipient 'ZZ'"), error.getText());
        assertTrue(driver.findElements(By.cssSelector("#summary, #curve, #months")).isEmpty(),
                "no figures of the earlier run are left beside the error");
    }

    @Test
    void exampleScenarioFile_namesItsOwnCalendarMonths() throws Exception {
        driver.get(web.base + "/scenario");
        browser.waiting().until(d -> !d.findElement(By.id("yaml")).getAttribute("value").isBlank());
        driver.findElement(By.cssSelector("#file summary")).click();
        new Select(driver.findElement(By.id("example"))).selectByValue("china-dy-tb-japan-12-months.yaml");
        driver.findElement(By.id("run")).click();
        WebElement summary = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary li")));
        assertTrue(summary.getText().matches("JP Dy: stock runs out in [A-Z][a-z]+ 2026 \\(month \\d+\\).*EV.*not made\\."),
                summary.getText());
        assertEquals("Jan 2026", driver.findElement(By.cssSelector("#months tbody tr td")).getText());
    }

    @Test
    void digestPage_showsAWorkflowBeforeAnyClick_withItsHeader() throws Exception {
        driver.get(web.base + "/digest");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#digest[data-rendered] .story")));
        assertFalse(new Select(driver.findElement(By.id("workflow"))).getFirstSelectedOption().getAttribute("value").isEmpty());
        for (String part : List.of("figures", "policies", "conflicts")) {
            assertEquals(1, driver.findElements(By.cssSelector("#overview #" + part + " h3")).size(), part);
        }
        assertFalse(driver.findElements(By.cssSelector("#policies li a[href^='/articles/']")).isEmpty(), "policy events, cited");
        assertFalse(driver.findElements(By.cssSelector("#conflicts li a[href^='/articles/']")).isEmpty(), "conflicts, cited");
        new Select(driver.findElement(By.id("workflow"))).selectByValue("钕铁硼永磁体");
        driver.findElement(By.id("make")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("#overview h2")).getText().equals("Workflow 钕铁硼永磁体"));
        List<WebElement> figures = driver.findElements(By.cssSelector("#figures li"));
        assertFalse(figures.isEmpty(), "latest figures");
        assertTrue(figures.get(0).getText().matches("(?s).+: [\\d,.]+ .*\\(.*\\d{4}, .+\\) “.+”"), figures.get(0).getText());
        assertTrue(driver.findElement(By.id("md")).getAttribute("href").endsWith("format=md"));
        browser.shot("digest-workflow");
    }

    @Test
    void digestAdHocQuery_downloadsCarryIt_andBulletsLoseTheSourcesMarkers() throws Exception {
        driver.get(web.base + "/digest");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#digest[data-rendered]")));
        driver.findElement(By.id("q")).sendKeys("欧洲放缓调门");
        driver.findElement(By.id("make")).click();
        browser.waiting().until(d -> d.findElement(By.cssSelector("#overview h2")).getText().equals("Query “欧洲放缓调门”"));
        assertEquals("", new Select(driver.findElement(By.id("workflow"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(driver.findElements(By.cssSelector(".story a.title")).stream()
                .anyMatch(a -> a.getText().startsWith("欧盟急筑矿产防线")), "the story whose source numbers its claims [4]");
        @SuppressWarnings("unchecked")
        List<String> bullets = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('.bullet')].map(li => li.firstChild.textContent);");
        assertTrue(bullets.size() > 5, bullets.toString());
        for (String b : bullets) {
            assertFalse(b.matches("(?s).*[\\[［]\\s*\\d{1,3}(\\s*[,，、]\\s*\\d{1,3})*\\s*[\\]］].*"), "a source's marker left in: " + b);
        }
        String q = "q=%E6%AC%A7%E6%B4%B2%E6%94%BE%E7%BC%93%E8%B0%83%E9%97%A8";
        assertTrue(driver.findElement(By.id("md")).getAttribute("href").endsWith("/api/digest?" + q + "&format=md"));
        assertTrue(driver.findElement(By.id("html")).getAttribute("href").endsWith("/api/digest?" + q + "&format=html"));
        browser.shot("digest-query");
    }
}
