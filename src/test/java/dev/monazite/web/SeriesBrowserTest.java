package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Series and timeline in a real browser, on stories written for this test: a ten-month total is one
 * point drawn over its period, two outlets that disagree on October show both figures, never their
 * average; the timeline filters by action. Screenshots: series-periods.png, timeline-filtered.png.
 */
class SeriesBrowserTest {
    @TempDir
    static Path tmp;
    static WebServer server;
    static String base;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        story(in, "a.txt", "Rare earth exports to US slip", "Wire Alpha · 2025-11-20 09:00",
                "China exported 5,473 tonnes of rare earths to the United States in October 2025, customs data showed.");
        story(in, "b.txt", "October shipments to America", "Wire Beta · 2025-11-21 10:00",
                "Chinese rare earth exports to the United States reached 6,100 tonnes in October 2025.");
        story(in, "c.txt", "Ten-month total", "Wire Alpha · 2025-11-22 10:00",
                "From January to October 2025, China shipped 50,100 tonnes of rare earths to the United States.");
        story(in, "d.txt", "September figures", "Wire Gamma · 2025-10-20 10:00",
                "In September 2025, China exported 5,774 tonnes of rare earths to the United States.");
        story(in, "e.txt", "Holmium curbs", "Wire Gamma · 2025-10-10 10:00",
                "On 9 October 2025, China's commerce ministry announced export controls on holmium.");
        story(in, "f.txt", "Magnet tariffs", "Wire Beta · 2025-04-12 10:00",
                "In April 2025 the United States raised tariffs on Chinese magnets.");
        story(in, "g.txt", "Oxide prices firm", "Wire Delta · 2025-10-16 10:00",
                "On 15 October 2025 the price of praseodymium-neodymium oxide was 560,000 yuan per tonne.");
        story(in, "h.txt", "Oxide in Europe", "Wire Delta · 2025-10-17 10:00",
                "On 16 October 2025 praseodymium-neodymium oxide traded at 95 dollars per kilogram in Rotterdam.");
        Path data = tmp.resolve("data");
        assertEquals(0, Main.run("ingest", "--quiet", "--data", data.toString(), in.toString()));
        server = WebServer.start(data, null, "127.0.0.1", 0, null);
        base = "http://127.0.0.1:" + server.port();
        browser = Browser.start(tmp);
    }

    private static void story(Path dir, String file, String title, String dateline, String body) throws Exception {
        Files.writeString(dir.resolve(file), title + "\n" + dateline + "\n\n" + body + "\n");
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

    @Test
    void chart_drawsACumulativeTotalAsAPeriod_andADisputedMonthAsBothFigures() throws Exception {
        browser.driver().get(base + "/charts?commodity=REE");
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("charts"), "data-rendered", "1"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.points tbody tr"));
        List<String> periods = rows.stream().map(r -> r.findElement(By.cssSelector("td")).getText()).toList();
        assertEquals(List.of("Jan–Oct 2025 (period)", "Sep 2025", "Oct 2025"), periods);
        WebElement october = rows.get(2);
        assertTrue(october.getAttribute("class").contains("disputed"));
        assertEquals("sources disagree: 5,473 | 6,100", october.findElement(By.cssSelector("td:nth-child(2)")).getText());
        assertTrue(october.getText().contains("Wire Alpha") && october.getText().contains("Wire Beta"), october.getText());
        assertTrue(browser.driver().findElement(By.cssSelector(".chart canvas")).isDisplayed());
        // a time axis, on which the ten-month total is a segment from its first day to its last
        Object drawn = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "const o = echarts.getInstanceByDom(document.querySelector('#charts .chart')).getOption();"
                        + "const p = o.series.find(s => s.name === 'Jan–Oct 2025 (period)');"
                        + "return o.xAxis[0].type + ' ' + p.data.map(d => d.value.join('=')).join(' to ');");
        assertEquals("time 2025-01-01=50100 to 2025-10-31=50100", drawn);
        browser.shot("series-periods");
    }

    @Test
    void chart_picksCommodityAndUnit_andTheExcelLinkCarriesThePick() throws Exception {
        browser.driver().get(base + "/charts?commodity=REE");
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("charts"), "data-rendered", "1"));
        Select commodity = new Select(browser.driver().findElement(By.id("commodity")));
        assertTrue(commodity.getOptions().stream().map(WebElement::getText).toList()
                .containsAll(List.of("REE — rare earths", "PrNd-oxide — praseodymium-neodymium oxide")),
                commodity.getOptions().stream().map(WebElement::getText).toList().toString());
        assertTrue(browser.driver().findElement(By.id("xlsx")).getAttribute("href").endsWith("/api/series/REE?format=xlsx"));
        commodity.selectByValue("PrNd-oxide");
        browser.waiting().until(d -> d.findElement(By.id("charts")).getText().contains("USD/kg"));
        Select unit = new Select(browser.driver().findElement(By.id("unit")));
        assertEquals(List.of("", "CNY/t", "USD/kg"), unit.getOptions().stream().map(o -> o.getAttribute("value")).toList());
        unit.selectByValue("USD/kg");
        browser.waiting().until(d -> !d.findElement(By.id("charts")).getText().contains("CNY/t"));
        assertEquals("Price PrNd-oxide (USD/kg)", browser.driver().findElement(By.cssSelector("#charts h3")).getText());
        assertTrue(browser.driver().findElement(By.id("xlsx")).getAttribute("href")
                .endsWith("/api/series/PrNd-oxide?unit=USD%2Fkg&format=xlsx"), browser.driver().findElement(By.id("xlsx")).getAttribute("href"));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/charts?commodity=PrNd-oxide&unit=USD%2Fkg"), browser.driver().getCurrentUrl());
        browser.shot("charts-picked");
    }

    @Test
    void chartPoint_clicksThroughToItsSentenceOnTheArticlePage() throws Exception {
        browser.driver().get(base + "/charts?commodity=REE");
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("charts"), "data-rendered", "1"));
        WebElement chart = browser.driver().findElement(By.cssSelector("#charts .chart"));
        // where ECharts drew September's 5,774 t, relative to the chart's centre
        @SuppressWarnings("unchecked")
        List<Number> px = (List<Number>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return echarts.getInstanceByDom(arguments[0]).convertToPixel({seriesIndex: 0}, ['2025-09-01', 5774]);", chart);
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(chart,
                px.get(0).intValue() - chart.getSize().getWidth() / 2, px.get(1).intValue() - chart.getSize().getHeight() / 2)
                .click().perform();
        browser.waiting().until(ExpectedConditions.urlContains("#fact-"));
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("/articles/"), url);
        WebElement fact = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.id(url.substring(url.indexOf('#') + 1))));
        WebElement paragraph = fact.findElement(By.xpath("ancestor::div[contains(@class,'para')]"));
        assertTrue(paragraph.getText().contains("In September 2025, China exported 5,774 tonnes"), paragraph.getText());
        String tableLink = null;
        browser.driver().navigate().back();
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id("charts"), "data-rendered", "1"));
        tableLink = browser.driver().findElement(By.cssSelector("table.points tbody tr:nth-child(2) a")).getAttribute("href");
        assertEquals(url, tableLink, "the table's source and the chart's point lead to the same sentence");
    }

    @Test
    void timeline_filtersByAction_andShowsEachActsSources() throws Exception {
        browser.driver().get(base + "/timeline");
        browser.waiting().until(d -> d.findElements(By.cssSelector("#events tbody tr")).size() == 2);
        new Select(browser.driver().findElement(By.id("action"))).selectByVisibleText("export_control");
        browser.driver().findElement(By.cssSelector("#filter button")).click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("#events tbody tr")).size() == 1);
        String row = browser.driver().findElement(By.cssSelector("#events tbody tr")).getText();
        assertTrue(row.startsWith("2025-10-09 CN export_control"), row);
        assertTrue(row.contains("Wire Gamma"), row);
        browser.shot("timeline-filtered");
    }
}
