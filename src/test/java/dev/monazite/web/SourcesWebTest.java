package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import dev.monazite.collect.Collector;
import dev.monazite.collect.Fetcher;
import dev.monazite.collect.Kind;
import dev.monazite.collect.LocalSite;
import dev.monazite.collect.Source;
import dev.monazite.collect.Sources;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * The Sources page and its API, against a local site: list with status, add, test, resume, remove.
 * The API test runs first: the page's test resumes the paused source.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourcesWebTest {
    @TempDir
    static Path tmp;
    static LocalSite site;
    static WebServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        site = new LocalSite();
        site.page("/news/a.html", "text/html", LocalSite.article("Lanthanum glut weighs on prices",
                "Lanthanum oxide stocks rose again in April as polishing demand stayed weak."));
        site.page("/feed.xml", "application/rss+xml", site.rss("Lanthanum", "/news/a.html"));
        site.page("/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>" + site.url("/news/a.html") + "</loc></url></urlset>");
        site.route("/broken.xml", ex -> LocalSite.send(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        Path data = tmp.resolve("data");
        try (Sources sources = Sources.open(data, null)) {
            Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
            sources.add(new Source("wire", site.url("/feed.xml"), Kind.FEED, null, Duration.ofMinutes(30), "en",
                    List.of(), List.of()), t0);
            sources.add(new Source("broken", site.url("/broken.xml"), Kind.FEED, null, Duration.ofMinutes(30), null,
                    List.of(), List.of()), t0);
            pauseBroken(sources, data);
        }
        server = WebServer.start(data, null, "127.0.0.1", 0, null);
        base = "http://127.0.0.1:" + server.port();
    }

    // Five failed polls, a day apart, pause the broken source; wire is resumed so it stays new.
    private static void pauseBroken(Sources sources, Path data) throws Exception {
        Instant[] now = {Instant.parse("2026-03-01T08:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        Fetcher fetcher = new Fetcher(new Fetcher.Settings("Monazite-test/1.0", Duration.ofSeconds(2), Duration.ZERO, 1,
                Duration.ofMillis(10), Duration.ofSeconds(1), 1 << 20));
        Collector c = new Collector(sources, fetcher, data, files -> {}, Collector.Listener.NONE, clock, line -> {});
        sources.remove("wire");
        for (int i = 0; i < 5; i++) {
            c.collectDue();
            now[0] = now[0].plus(Duration.ofDays(2));
        }
        sources.add(new Source("wire", site.url("/feed.xml"), Kind.FEED, null, Duration.ofMinutes(30), "en",
                List.of(), List.of()), now[0]);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        site.close();
    }

    private static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1)
    void api_listsStatusAndLastError_andRefusesBadInputWithAMessage() throws Exception {
        HttpResponse<String> list = call("GET", "/api/sources", null);
        assertEquals(200, list.statusCode());
        JsonNode all = Json.MAPPER.readTree(list.body());
        JsonNode broken = all.get(0);
        assertEquals("broken", broken.get("name").asText());
        assertEquals("paused", broken.get("status").asText());
        assertTrue(broken.get("last_error").asText().contains("HTTP 500"), broken.toString());
        HttpResponse<String> listing = call("POST", "/api/sources", "{\"name\":\"page\",\"url\":\"" + site.url("/news/a.html") + "\"}");
        assertEquals(400, listing.statusCode(), listing.body());
        assertTrue(listing.body().contains("give the CSS selector"), listing.body());
        HttpResponse<String> badEvery = call("POST", "/api/sources", "{\"name\":\"x\",\"url\":\"" + site.url("/feed.xml")
                + "\",\"every\":\"often\"}");
        assertEquals(400, badEvery.statusCode());
        assertTrue(badEvery.body().contains("--every 'often' is not an interval"), badEvery.body());
        assertEquals(404, call("DELETE", "/api/sources/nosuch", null).statusCode());
        assertTrue(call("GET", "/api/openapi.json", null).body().contains("/api/sources/{name}/test"));
    }

    @Test
    @Order(2)
    void sourcesPage_showsPausedWithError_addsTestsResumesAndRemoves() throws Exception {
        try (Browser browser = Browser.start(tmp.resolve("b1"))) {
            var d = browser.driver();
            d.get(base + "/sources");
            WebElement broken = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-name=broken] td.status-paused")));
            assertTrue(broken.getText().contains("HTTP 500"), broken.getText());
            assertTrue(d.findElement(By.cssSelector("header")).getText().contains("Sources"), "nav link");

            d.findElement(By.id("src-name")).sendKeys("maps");
            d.findElement(By.id("src-url")).sendKeys(site.url("/sitemap.xml"));
            d.findElement(By.id("src-every")).sendKeys("2h");
            d.findElement(By.id("src-add")).click();
            WebElement added = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("added")));
            assertEquals("Added sitemap maps, polled every 2h.", added.getText());
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-name=maps]")));

            d.findElement(By.cssSelector("tr[data-name=wire] button.test")).click();
            WebElement lines = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("test-lines")));
            assertTrue(lines.getText().contains("would ingest") && lines.getText().contains("Lanthanum glut weighs on prices"),
                    lines.getText());
            browser.shot("sources");

            d.findElement(By.cssSelector("tr[data-name=broken] button.resume")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-name=broken] td.status-paused")));
            d.findElement(By.cssSelector("tr[data-name=maps] button.remove")).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-name=maps]")));
            JsonNode all = Json.MAPPER.readTree(call("GET", "/api/sources", null).body());
            assertEquals(2, all.size(), all.toString());
            assertEquals("ok", all.get(0).get("status").asText(), "broken resumed: " + all.get(0));
        }
    }
}
