package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.cli.Main;
import dev.monazite.index.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The search, article and facts pages in a real headless Chromium, over the samples, the development
 * set and a few stories written here (a story two outlets ran, with their URLs; a headline with a
 * figure; an HTML page with a canonical link). Screenshots: target/screenshots/search.png,
 * article.png and facts.png.
 */
class WorkspacePagesBrowserTest {
    @TempDir
    static Path tmp;
    static WebServer server;
    static String base;
    static Browser browser;
    static WebDriver driver;

    static final String HARBOUR = "Harbour Metals Wire", PACIFIC = "Pacific Alloy Post";
    static final Pattern READABLE = Pattern.compile("\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}\\b");

    @BeforeAll
    static void start() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Path dev = Fixtures.devSet(tmp);
        Files.writeString(corpus.resolve("wire.jsonl"), jsonl());
        Files.writeString(corpus.resolve("terbium.html"), """
                <html><head><title>Terbium oxide price climbs in Ganzhou</title>
                <link rel="canonical" href="https://metalsdesk.example/terbium-climbs">
                <meta property="og:site_name" content="Metals Desk">
                <meta property="article:published_time" content="2025-12-02T10:30:00"></head>
                <body><article><p>Terbium oxide rose to 7,100 yuan per kilogram in Ganzhou this week, traders said.</p>
                </article></body></html>""");
        Path data = tmp.resolve("data");
        if (Main.run("ingest", "--quiet", "--data", data.toString(), corpus.toString(), dev.toString()) != 0) {
            throw new IllegalStateException("ingest of the fixture failed");
        }
        server = WebServer.start(data, null, "127.0.0.1", 0, null);
        base = "http://127.0.0.1:" + server.port();
        browser = Browser.start(tmp);
        driver = browser.driver();
    }

    // A story two outlets ran in nearly the same words, each with its URL, and a headline that states a change.
    private static String jsonl() {
        String body = "Korvane Magnetics said on Thursday that it will build a new sintered magnet line at its plant in "
                + "Osaka, adding 3,000 tonnes of yearly capacity by the end of 2027. The company said the line would use "
                + "dysprosium-free grain boundary diffusion and serve carmakers in Japan and South Korea. Its chief "
                + "executive told reporters that orders from motor makers had grown for six quarters in a row and that "
                + "the firm had signed a supply deal for separated neodymium oxide with a refiner in Malaysia. Analysts "
                + "said the expansion would make Korvane the third largest magnet maker outside China.";
        String rewrite = body.replace("said on Thursday", "announced on Thursday").replace("Analysts said", "Industry analysts said");
        return line("Korvane Magnetics to add 3,000 tonnes of magnet capacity in Osaka", HARBOUR, "2025-11-20T09:15:00",
                "https://harbour.example/korvane-osaka", body)
                + line("Korvane plans Osaka magnet line", PACIFIC, "2025-11-21T07:40:00",
                "https://pacific.example/news/korvane", rewrite)
                + line("Gallium smelter restarts after repairs", "Quiet Ledger", "2025-09-02T08:00:00",
                "javascript:document.title='pwned'", "A gallium smelter in Guangxi restarted after two weeks of repairs.")
                + line("China's rare earth exports rose 12% in October", HARBOUR, "2025-11-07T18:05:00",
                "https://harbour.example/exports-october", "Customs figures showed shipments of rare earth products "
                        + "abroad increased in October from September, led by magnets bound for Europe.");
    }

    private static String line(String title, String source, String published, String url, String text) {
        return "{\"title\":\"" + title + "\",\"source\":\"" + source + "\",\"published\":\"" + published + "\",\"url\":\""
                + url + "\",\"text\":\"" + text + "\"}\n";
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

    private static <T> T await(Function<WebDriver, T> condition) {
        return browser.waiting().until(condition::apply);
    }

    private static WebElement await(String css) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    // "stories 1–5 of 17 (23 articles)": the numbers, once the page shows them
    private static int[] counts() {
        String count = await(d -> {
            String t = d.findElement(By.id("count")).getText();
            return t.startsWith("stories") ? t : null;
        });
        Matcher m = Pattern.compile("stories \\d+–\\d+ of (\\d+) \\((\\d+) articles\\)").matcher(count.replace(",", ""));
        assertTrue(m.find(), count);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static int facetSum(String dim) {
        int sum = 0;
        for (WebElement n : all("#facet-" + dim + " .n")) {
            sum += Integer.parseInt(n.getText().replace(",", ""));
        }
        return sum;
    }

    private static WebElement facet(String dim, String value) {
        return await("#facet-" + dim + " button[data-value='" + value + "']");
    }

    // Clicks and waits for the page to show a result set other than the one it showed.
    private static void clickAndWaitForNewResults(WebElement target) {
        String before = text("#count") + text("#chips");
        target.click();
        await(d -> {
            String now = d.findElement(By.id("count")).getText() + d.findElement(By.id("chips")).getText();
            return !now.equals(before) && now.startsWith("stories") || now.startsWith("no stories") ? true : null;
        });
    }

    @Test
    void searchFacets_countTheWholeResultSet_clickNarrows_secondClickAndChipRemove() throws Exception {
        driver.get(base + "/?q=magnet&limit=3");
        await(".hit a.title");
        int[] before = counts();
        assertEquals(3, all(".hit").size());
        // every article has one language: the language counts add up to the whole result set, not the page
        assertEquals(before[1], facetSum("lang"));
        assertTrue(before[1] > 3, "more articles match than one page shows");
        for (String dim : List.of("lang", "source", "entity", "month", "type")) {
            assertFalse(all("#facet-" + dim + " button").isEmpty(), dim);
        }

        clickAndWaitForNewResults(facet("source", HARBOUR));
        assertTrue(driver.getCurrentUrl().contains("source=Harbour"), driver.getCurrentUrl());
        assertEquals("source: " + HARBOUR + " ×", text("#chips .chip"));
        for (WebElement meta : all(".hit > .meta:first-of-type")) {
            assertTrue(meta.getText().startsWith(HARBOUR), meta.getText());
        }
        int[] harbour = counts();
        assertTrue(harbour[1] < before[1] && harbour[1] >= 2, harbour[1] + " of " + before[1]);

        clickAndWaitForNewResults(facet("type", "change"));
        assertEquals(1, counts()[1]);
        assertEquals("China's rare earth exports rose 12% in October", text(".hit a.title"));
        assertTrue(facet("type", "change").getAttribute("class").contains("active"));

        clickAndWaitForNewResults(facet("type", "change")); // a second click takes it out
        assertEquals(harbour[1], counts()[1]);
        assertEquals(1, all("#chips .chip").size());

        clickAndWaitForNewResults(facet("month", "2025-11"));
        assertTrue(facet("month", "2025-11").getText().startsWith("Nov 2025"), facet("month", "2025-11").getText());
        for (WebElement meta : all(".hit > .meta:first-of-type")) {
            assertTrue(meta.getText().contains(" Nov 2025 "), meta.getText());
        }
        browser.shot("search");

        for (int chips = 2; chips > 0; chips--) {
            clickAndWaitForNewResults(driver.findElement(By.cssSelector("#chips .chip")));
        }
        assertEquals(before[1], counts()[1]);
        assertTrue(all("#chips .chip").isEmpty());

        clickAndWaitForNewResults(facet("entity", "JP"));
        int japan = counts()[1];
        assertTrue(japan < before[1] && japan > 0, japan + " of " + before[1]);
        assertTrue(driver.getCurrentUrl().contains("entity=JP"), driver.getCurrentUrl());

        int english = Integer.parseInt(facet("lang", "en").findElement(By.cssSelector(".n")).getText());
        clickAndWaitForNewResults(facet("lang", "en"));
        assertEquals(english, counts()[1]);
        assertEquals("en", new Select(driver.findElement(By.id("lang"))).getFirstSelectedOption().getText());
        assertTrue(text("#chips").contains("language: en ×"), text("#chips"));
        assertEquals(english, facetSum("lang"));
    }

    @Test
    void searchDateRange_keepsOnlyStoriesPublishedInIt() {
        driver.get(base + "/?q=magnet");
        await(".hit a.title");
        int all = counts()[1];
        driver.get(base + "/?q=magnet&from=2025-11-20&to=2025-11-30");
        await(".hit a.title");
        int inRange = counts()[1];
        assertTrue(inRange > 0 && inRange < all, inRange + " of " + all);
        for (WebElement meta : all(".hit > .meta:first-of-type")) {
            Matcher m = Pattern.compile(" (\\d{1,2}) Nov 2025 ").matcher(meta.getText());
            assertTrue(m.find() && Integer.parseInt(m.group(1)) >= 20, meta.getText());
        }
        assertEquals("2025-11-20", driver.findElement(By.id("from")).getAttribute("value"));
    }

    @Test
    void searchHit_readableDate_linksToOriginal_andListsTheStorysOtherOutlets() {
        driver.get(base + "/?q=Korvane%20Osaka");
        WebElement hit = await(".hit");
        String meta = hit.findElement(By.cssSelector(".meta")).getText();
        assertTrue(READABLE.matcher(meta).find(), meta);
        assertFalse(meta.contains("2025-11-2"), "no raw ISO date: " + meta);
        String leader = hit.findElement(By.cssSelector(".meta a.original")).getAttribute("href");
        WebElement member = hit.findElement(By.cssSelector("ul.members li"));
        String other = member.findElement(By.cssSelector("a.original")).getAttribute("href");
        assertEquals(List.of("https://harbour.example/korvane-osaka", "https://pacific.example/news/korvane"),
                java.util.stream.Stream.of(leader, other).sorted().toList());
        assertTrue(member.getText().startsWith(HARBOUR) || member.getText().startsWith(PACIFIC), member.getText());
        assertTrue(member.findElement(By.cssSelector("a")).getAttribute("href").contains("/articles/"));

        driver.get(base + "/?q=%22terbium%20oxide%20price%20climbs%22");
        WebElement terbium = await(".hit");
        assertEquals("https://metalsdesk.example/terbium-climbs",
                terbium.findElement(By.cssSelector("a.original")).getAttribute("href"), "the HTML page's canonical link");
    }

    @Test
    void searchHit_anAddressThatIsNotHttp_isNoLink() {
        driver.get(base + "/?q=gallium%20smelter");
        WebElement hit = await(".hit");
        assertEquals("Gallium smelter restarts after repairs", hit.findElement(By.cssSelector("a.title")).getText());
        assertTrue(hit.findElements(By.cssSelector("a.original")).isEmpty(), "a javascript: URL from the input is not linked");
        hit.findElement(By.cssSelector("a.title")).click();
        await("#p1");
        assertTrue(all("a.original").isEmpty());
        assertFalse(driver.getTitle().contains("pwned"));
    }

    @Test
    void searchPages_throughTheWholeResultSet() {
        driver.get(base + "/?q=magnet&limit=4");
        await(".hit a.title");
        List<String> first = all(".hit a.title").stream().map(WebElement::getText).toList();
        assertTrue(text("#page").contains("page 1 of "), text("#page"));
        assertFalse(driver.findElement(By.id("next")).getAttribute("disabled") != null);
        driver.findElement(By.id("next")).click();
        await(d -> d.findElement(By.id("page")).getText().contains("page 2 of ") ? true : null);
        List<String> second = all(".hit a.title").stream().map(WebElement::getText).toList();
        assertEquals(4, second.size());
        assertTrue(second.stream().noneMatch(first::contains), first + " / " + second);
        assertTrue(text("#count").startsWith("stories 5–8 of "), text("#count"));
        driver.findElement(By.id("prev")).click();
        await(d -> d.findElement(By.id("page")).getText().contains("page 1 of ") ? true : null);
        assertEquals(first, all(".hit a.title").stream().map(WebElement::getText).toList());
    }

    @Test
    void article_showsTitleFacts_theStorysOtherOutlets_andTheOriginal() throws Exception {
        driver.get(base + "/?q=%22exports%20rose%2012%25%22");
        await(".hit a.title").click();
        WebElement title = await("#p0 .fact");
        assertTrue(title.getText().startsWith("change: ") && title.getText().contains("= 12"), title.getText());

        driver.get(base + "/?q=Korvane%20Osaka&source=" + HARBOUR.replace(" ", "%20"));
        await(".hit a.title").click();
        WebElement member = await("#members li");
        assertTrue(member.getText().startsWith(PACIFIC), member.getText());
        assertEquals("https://pacific.example/news/korvane", member.findElement(By.cssSelector("a.original")).getAttribute("href"));
        assertTrue(member.findElement(By.cssSelector("a")).getAttribute("href").contains("/articles/"));
        assertTrue(text("#story h3").contains("1 other article"), text("#story h3"));
        WebElement original = driver.findElement(By.cssSelector("#meta a.original"));
        assertEquals("https://harbour.example/korvane-osaka", original.getAttribute("href"));
        assertTrue(text("#meta").contains("20 Nov 2025 09:15"), text("#meta"));
        assertTrue(text("#p0 .fact").contains("3,000"), text("#p0"));
        browser.shot("article");
    }

    private static void filterFacts(String... fieldsAndValues) {
        driver.get(base + "/facts?limit=10");
        await("#facts tbody tr");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            WebElement f = driver.findElement(By.id(fieldsAndValues[i]));
            if (f.getTagName().equals("select")) {
                new Select(f).selectByVisibleText(fieldsAndValues[i + 1]);
            } else {
                f.clear();
                f.sendKeys(fieldsAndValues[i + 1]);
            }
        }
        String before = text("#facts-count");
        driver.findElement(By.cssSelector("#filter button")).click();
        await(d -> d.findElement(By.id("facts-count")).getText().equals(before) ? null : true);
    }

    private static List<String> column(int n) {
        return all("#facts tbody tr td:nth-child(" + n + ")").stream().map(WebElement::getText).toList();
    }

    private static int total() {
        Matcher m = Pattern.compile("of ([\\d,]+)").matcher(text("#facts-count"));
        assertTrue(m.find(), text("#facts-count"));
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void factsFilters_typeOutletPlaceAndDateRange_narrowTheTable() {
        filterFacts("type", "quantity", "source", "Harbour");
        assertEquals(List.of("quantity", "quantity"), column(1));
        assertTrue(column(6).stream().allMatch(HARBOUR::equals), column(6).toString());

        filterFacts("place", "JP");
        int japan = total();
        filterFacts("place", "JP", "subject", "CN");
        assertTrue(total() < japan && total() > 0, total() + " of " + japan);

        filterFacts("from", "2025-11", "to", "2025-11");
        assertTrue(total() > 0);
        assertTrue(column(4).stream().allMatch(d -> d.contains("Nov 2025")), column(4).toString());

        filterFacts("commodity", "Tb-oxide");
        assertTrue(total() > 0);
        assertTrue(column(2).stream().allMatch(a -> a.contains("Tb-oxide")), column(2).toString());
    }

    private static List<Double> values() {
        return column(3).stream().map(v -> Double.parseDouble(v.replaceAll("[^0-9.].*$", "").replace(",", ""))).toList();
    }

    @Test
    void factsTable_sortsByAColumn_reversesOnASecondClick_showsSharesInPercent_andPages() throws Exception {
        filterFacts("type", "share");
        assertTrue(column(3).stream().allMatch(v -> v.endsWith("%")), column(3).toString());
        int total = total();
        assertTrue(total > 10);

        driver.findElement(By.cssSelector("#facts th[data-sort='value']")).click();
        await(d -> d.findElement(By.cssSelector("#facts th[data-sort='value']")).getAttribute("class").contains("asc") ? true : null);
        List<Double> up = values();
        assertEquals(up.stream().sorted().toList(), up);
        driver.findElement(By.cssSelector("#facts th[data-sort='value']")).click();
        await(d -> d.getCurrentUrl().contains("sort=-value") ? true : null);
        await(d -> d.findElement(By.cssSelector("#facts th[data-sort='value']")).getAttribute("class").contains("desc") ? true : null);
        List<Double> down = values();
        assertEquals(down.stream().sorted(java.util.Comparator.reverseOrder()).toList(), down);
        assertTrue(down.get(0) > up.get(up.size() - 1), "sorted over all facts, not the page: " + up + " / " + down);

        assertEquals("facts 1–10 of " + total, text("#facts-count"));
        List<String> page1 = column(5);
        driver.findElement(By.id("facts-next")).click();
        await(d -> d.findElement(By.id("facts-count")).getText().startsWith("facts 11–20") ? true : null);
        assertNotEquals(page1, column(5));
        assertTrue(values().get(0) <= down.get(down.size() - 1), "page 2 goes on in the same order");
        assertTrue(text("#facts-page").contains("page 2 of " + (total + 9) / 10), text("#facts-page"));
    }

    @Test
    void factsDownloads_linkToTheFilteredTable_asCsvAndExcel() throws Exception {
        filterFacts("type", "price", "from", "2025", "to", "2026-06");
        driver.findElement(By.cssSelector("#facts th[data-sort='date']")).click();
        await(d -> d.getCurrentUrl().contains("sort=date") ? true : null);
        for (String format : List.of("csv", "xlsx")) {
            String href = await(d -> {
                String h = d.findElement(By.id("download-" + format)).getAttribute("href");
                return h.contains("sort=date") ? h : null;
            });
            assertTrue(href.startsWith(base + "/api/facts?"), href);
            String query = href.substring(href.indexOf('?') + 1);
            assertEquals(List.of("format=" + format, "from=2025", "sort=date", "to=2026-06", "type=price"),
                    java.util.Arrays.stream(query.split("&")).sorted().toList());
        }
        assertTrue(total() > 1);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('facts-count').scrollIntoView()");
        browser.shot("facts");
    }
}
