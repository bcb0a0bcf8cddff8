package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.cli.Main;
import dev.monazite.testing.AlertNews;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The alerts page in a real headless Chromium: a watch added with the page's form fires on the
 * next ingest, the header of every page counts the new alerts, the page lists each with its outlet and
 * evidence, and the Atom feed carries the same. The screenshot goes to target/screenshots/alerts.png.
 */
class AlertsBrowserTest {
    @TempDir
    static Path tmp;
    static Path data;
    static WebServer server;
    static Browser browser;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        data = tmp.resolve("data");
        if (Main.run("ingest", "--quiet", "--data", data.toString(), AlertNews.first(tmp).toString()) != 0) {
            throw new IllegalStateException("ingest of the first batch failed");
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

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static WebElement await(String css) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void watchAddedOnThePage_firesOnIngest_countedInNav_listedAndInTheFeed() throws Exception {
        driver.get(base() + "/alerts");
        await("#no-alerts");
        addWatch("prices", "fact", "price PrNd-oxide CNY/t moves 5%");
        addWatch("controls", "fact", "policy CN export_control");
        browser.waiting().until(d -> d.findElements(By.cssSelector("tr.watch-row")).size() == 2);
        addWatch("broken", "fact", "policy CN embargo");
        assertTrue(await("#watch-error .error").getText().contains("'embargo' is not a policy action"));

        assertEquals(0, Main.run("ingest", "--quiet", "--data", data.toString(), AlertNews.second(tmp).toString()));

        driver.get(base() + "/facts");
        browser.waiting().until(d -> d.findElement(By.id("alert-count")).getText().equals("2"));

        driver.findElement(By.id("nav-alerts")).click();
        browser.waiting().until(d -> d.findElements(By.cssSelector("#alerts .alert")).size() == 2);
        String text = driver.findElement(By.id("alerts")).getText();
        assertTrue(text.contains("Baotou Market Letter · 2025-10-09"), text);
        assertTrue(text.contains("PrNd-oxide CNY/t 560,000 (2025-10-09), +12.0% against 500,000 (2025-10-02)"), text);
        assertTrue(text.contains("policy by CN: export_control"), text);
        assertTrue(text.contains("announced export controls on seven medium and heavy rare earth elements"), text);
        browser.shot("alerts");

        driver.get(base() + "/facts");
        browser.waiting().until(d -> !d.findElements(By.id("alert-count")).isEmpty());
        assertEquals("", driver.findElement(By.id("alert-count")).getText(), "seen alerts are not counted again");

        assertEquals(java.util.Set.of("[prices] Oxide prices jump again after the holiday",
                "[controls] Oxide prices jump again after the holiday"), java.util.Set.copyOf(feedTitles()));
    }

    private static void addWatch(String name, String kind, String spec) {
        driver.findElement(By.id("watch-name")).sendKeys(name);
        new Select(driver.findElement(By.id("watch-kind"))).selectByValue(kind);
        driver.findElement(By.id("watch-spec")).sendKeys(spec);
        driver.findElement(By.id("watch-add")).click();
        if (!spec.contains("embargo")) {
            browser.waiting().until(d -> d.findElements(By.xpath("//tr[@class='watch-row']/td[text()='" + name + "']")).size() == 1);
        }
    }

    // The entries' titles of the Atom feed, read as XML.
    private static List<String> feedTitles() throws Exception {
        HttpResponse<byte[]> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/api/alerts.atom")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(res.body()));
        assertEquals("http://www.w3.org/2005/Atom", doc.getDocumentElement().getNamespaceURI());
        NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
            out.add(e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
            String link = ((org.w3c.dom.Element) e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0))
                    .getAttribute("href");
            assertTrue(link.startsWith(base() + "/articles/"), link);
        }
        assertEquals(2, out.size(), out.toString());
        return out;
    }
}
