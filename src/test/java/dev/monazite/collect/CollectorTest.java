package dev.monazite.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.article.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources collected from a local web site into a real index and store. */
class CollectorTest {
    private static final String RSS = "application/rss+xml";
    private static final String HTML = "text/html; charset=utf-8";

    @TempDir
    Path tmp;

    LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        site.page("/news/oxide-quota.html", HTML, LocalSite.article("Oxide quota raised for the second half",
                "The ministry raised the second-half quota for rare-earth oxide mining by eight percent.",
                "Traders in Baotou said the move had been expected since the spring."));
        site.page("/news/magnet-plant.html", HTML, LocalSite.article("Magnet plant opens in Vietnam",
                "A new sintered magnet plant near Hai Phong began trial production this week.",
                "The plant will use neodymium metal bought under a three-year contract."));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static Map<String, Article> byUrl(Path data) throws Exception {
        return Collecting.articles(data).stream().collect(Collectors.toMap(Article::url, Function.identity()));
    }

    @Test
    void feed_collectsEachEntryWithItsUrl_andTellsTheListenerOnce() throws Exception {
        site.page("/feed.xml", RSS, site.rss("Oxide quota", "/news/oxide-quota.html", "Magnet plant", "/news/magnet-plant.html"));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            Collector.Outcome o = c.collectOne();
            assertNull(o.error(), o.line());
            assertEquals(2, o.stored(), o.line());
            Map<String, Article> stored = byUrl(c.data);
            assertEquals(2, stored.size());
            assertEquals("Oxide quota raised for the second half", stored.get(site.url("/news/oxide-quota.html")).title());
            assertEquals(1, c.batches.size(), "one batch of new articles");
            assertEquals(2, c.batches.get(0).size());
            assertTrue(site.hitsOf("/feed.xml").get(0).headers().get("user-agent").startsWith("Monazite"));
            assertFalse(Files.exists(Spool.of(c.data).resolve("x")), "spool emptied");
            try (var files = Files.list(Spool.of(c.data))) {
                assertEquals(0, files.filter(f -> f.toString().endsWith(".jsonl")).count(), "the spool is empty");
            }
        }
    }

    @Test
    void undatedPage_takesTheFeedEntrysDate_andTheSourceNameAsOutlet() throws Exception {
        site.page("/feed.xml", RSS, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>x</link>"
                + "<description>d</description><item><title>Oxide quota</title><link>" + site.url("/news/oxide-quota.html")
                + "</link><pubDate>Fri, 27 Feb 2026 06:30:00 GMT</pubDate></item></channel></rss>");
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            c.collectOne();
            Article a = byUrl(c.data).get(site.url("/news/oxide-quota.html"));
            assertEquals(java.time.LocalDateTime.parse("2026-02-27T06:30"), a.published());
            assertEquals("wire", a.source());
        }
    }

    @Test
    void failingListener_isReported_andTheArticlesStayStoredAndRecorded() throws Exception {
        site.page("/feed.xml", RSS, site.rss("Oxide quota", "/news/oxide-quota.html"));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            Collector failing = new Collector(c.sources, c.fetcher, c.data, files -> Collecting.ingest(c.data, files),
                    articles -> {
                        throw new IllegalStateException("mail server down");
                    }, c.clock, c.log::add);
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            List<Collector.Outcome> out = failing.collectDue();
            assertEquals(1, out.get(0).stored(), out.toString());
            assertTrue(c.log.contains("the listener of new articles failed on 1 article(s): "
                    + "IllegalStateException: mail server down"), c.log.toString());
            assertEquals(1, c.sources.collected(List.of(site.url("/news/oxide-quota.html"))).size());
        }
    }

    @Test
    void secondPoll_getsA304_andFetchesAndIngestsNothing() throws Exception {
        site.page("/feed.xml", RSS, site.rss("Oxide quota", "/news/oxide-quota.html"));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            c.collectOne();
            c.clock.advance(Duration.ofMinutes(31));
            Collector.Outcome again = c.collectOne();
            assertTrue(again.notModified(), again.line());
            assertEquals(0, again.stored());
            assertEquals(2, site.hits("/feed.xml"));
            assertNotNull(site.hitsOf("/feed.xml").get(1).headers().get("if-none-match"), "conditional GET");
            assertEquals(1, site.hits("/news/oxide-quota.html"), "the article is fetched once");
            assertEquals(1, c.batches.size(), "no second batch");
        }
    }

    @Test
    void changedFeed_fetchesOnlyTheNewEntry_evenAfterARestart() throws Exception {
        site.page("/feed.xml", RSS, site.rss("Oxide quota", "/news/oxide-quota.html"));
        Path data = tmp.resolve("data");
        try (Collecting c = new Collecting(data)) {
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            c.collectOne();
        }
        site.page("/feed.xml", RSS, site.rss("Magnet plant", "/news/magnet-plant.html", "Oxide quota", "/news/oxide-quota.html"));
        try (Collecting restarted = new Collecting(data)) {
            restarted.clock.advance(Duration.ofHours(1));
            Collector.Outcome o = restarted.collectOne();
            assertEquals(1, o.stored(), o.line());
            assertEquals(1, o.known(), o.line());
        }
        assertEquals(1, site.hits("/news/oxide-quota.html"));
        assertEquals(1, site.hits("/news/magnet-plant.html"));
        assertEquals(2, Collecting.articles(data).size());
    }

    @Test
    void sitemapIndex_collectsTheUrlsOfItsSitemaps_gzippedOrNot() throws Exception {
        String index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + site.url("/sitemap-1.xml") + "</loc></sitemap></sitemapindex>";
        String map = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>" + site.url("/news/oxide-quota.html") + "</loc><news:news><news:title>Oxide quota</news:title></news:news></url>"
                + "<url><loc>" + site.url("/news/magnet-plant.html") + "</loc></url></urlset>";
        site.page("/sitemap.xml", "application/xml", index);
        byte[] zipped = LocalSite.gzip(map);
        site.route("/sitemap-1.xml", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalSite.send(ex, 200, "application/xml", zipped);
        });
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            assertEquals(Kind.SITEMAP, c.collector.detect(site.url("/sitemap.xml")));
            c.add("maps", site.url("/sitemap.xml"), Kind.SITEMAP);
            Collector.Outcome o = c.collectOne();
            assertEquals(2, o.stored(), o.line());
            assertEquals(2, byUrl(c.data).size());
        }
    }

    @Test
    void listingPage_collectsTheLinksItsSelectorPicks() throws Exception {
        site.page("/latest", HTML, "<html><body><nav><a href=\"/about\">About</a></nav><main>"
                + "<div class=\"story\"><h2><a href=\"news/oxide-quota.html#top\">Oxide quota</a></h2></div>"
                + "<div class=\"story\"><h2><a href=\"/news/magnet-plant.html\">Magnet plant</a></h2></div>"
                + "</main></body></html>");
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            assertEquals(Kind.LISTING, c.collector.detect(site.url("/latest")));
            c.add("latest", site.url("/latest"), Kind.LISTING, ".story h2 a", List.of(), List.of());
            Collector.Outcome o = c.collectOne();
            assertEquals(2, o.stored(), o.line());
            assertEquals(0, site.hits("/about"));
            assertTrue(byUrl(c.data).containsKey(site.url("/news/oxide-quota.html")), "relative link resolved, fragment dropped");
        }
    }

    @Test
    void includeAndExclude_keepOnlyTheArticlesThatMatch_andNeverFetchTheRestAgain() throws Exception {
        site.page("/feed.xml", RSS, site.rss("Oxide quota", "/news/oxide-quota.html", "Magnet plant", "/news/magnet-plant.html"));
        site.page("/news/rumour.html", HTML, LocalSite.article("Quota rumour denied",
                "A rumour about the oxide quota was denied by the ministry on Friday."));
        site.page("/feed2.xml", RSS, site.rss("Rumour", "/news/rumour.html"));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("quota", site.url("/feed.xml"), Kind.FEED, null, List.of("QUOTA"), List.of());
            c.add("norumour", site.url("/feed2.xml"), Kind.FEED, null, List.of(), List.of("rumour"));
            List<Collector.Outcome> out = c.collector.collectDue();
            assertEquals(1, out.get(0).filtered(), "norumour (first by name) drops the rumour: " + out);
            assertEquals(1, out.get(1).filtered(), "quota drops the magnet plant: " + out);
            assertEquals(List.of(site.url("/news/oxide-quota.html")), List.copyOf(byUrl(c.data).keySet()));
            c.clock.advance(Duration.ofHours(1));
            site.page("/feed.xml", RSS, site.rss("Magnet plant", "/news/magnet-plant.html", "x", "/news/oxide-quota.html"));
            c.collector.collectDue();
            assertEquals(1, site.hits("/news/magnet-plant.html"), "a filtered URL is not fetched again");
        }
    }

    @Test
    void robotsTxt_disallowedArticlesAreNotFetched() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /news/magnet\n");
        site.page("/feed.xml", RSS, site.rss("Oxide quota", "/news/oxide-quota.html", "Magnet plant", "/news/magnet-plant.html"));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            Collector.Outcome o = c.collectOne();
            assertEquals(1, o.stored(), o.line());
            assertEquals(0, site.hits("/news/magnet-plant.html"));
            assertEquals(1, site.hits("/robots.txt"), "robots.txt read once per host");
        }
    }

    @Test
    void robotsTxt_disallowingTheSource_failsItWithThatReason() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: monazite\nDisallow: /\n\nUser-agent: *\nAllow: /\n");
        site.page("/feed.xml", RSS, site.rss("Oxide quota", "/news/oxide-quota.html"));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            Collector.Outcome o = c.collectOne();
            assertTrue(o.error().contains("robots.txt"), o.line());
            assertEquals(0, site.hits("/feed.xml"));
        }
    }

    @Test
    void duplicateText_atTwoUrls_isStoredOnce() throws Exception {
        site.page("/news/copy.html", HTML, LocalSite.article("Oxide quota raised for the second half",
                "The ministry raised the second-half quota for rare-earth oxide mining by eight percent.",
                "Traders in Baotou said the move had been expected since the spring."));
        site.page("/feed.xml", RSS, site.rss("Oxide quota", "/news/oxide-quota.html"));
        site.page("/feed2.xml", RSS, site.rss("Oxide quota", "/news/copy.html"));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("a", site.url("/feed.xml"), Kind.FEED);
            c.add("b", site.url("/feed2.xml"), Kind.FEED);
            List<Collector.Outcome> out = c.collector.collectDue();
            assertEquals(1, out.get(1).known(), out.toString());
            assertEquals(1, Collecting.articles(c.data).size());
        }
    }

    @Test
    void wrongCharsetHeader_redirectAndUtf8Text_storeTheRightTextAtTheFinalUrl() throws Exception {
        byte[] page = LocalSite.article("稀土配额上调", "工信部下达第二批稀土开采指标，同比增加百分之八。",
                "包头的贸易商表示，这一调整早在春季就有预期。").getBytes(StandardCharsets.UTF_8);
        site.route("/zh/quota.html", ex -> LocalSite.send(ex, 200, "text/html; charset=ISO-8859-1", page));
        site.route("/zh/old.html", ex -> {
            ex.getResponseHeaders().set("Location", site.url("/zh/quota.html"));
            ex.sendResponseHeaders(301, -1);
        });
        site.page("/feed.xml", RSS, site.rss("配额", "/zh/old.html"));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("zh", site.url("/feed.xml"), Kind.FEED);
            c.collectOne();
            Article a = byUrl(c.data).get(site.url("/zh/quota.html"));
            assertNotNull(a, "stored at the final URL: " + byUrl(c.data).keySet());
            assertEquals("稀土配额上调", a.title());
            assertEquals("zh-Hans", a.lang());
        }
    }

    @Test
    void serverErrors_areRetriedWithBackoff_thenTheArticleIsStored() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        byte[] body = LocalSite.article("Oxide quota raised for the second half",
                "The ministry raised the quota for rare-earth oxide mining.").getBytes(StandardCharsets.UTF_8);
        site.route("/news/flaky.html", ex -> {
            int n = calls.incrementAndGet();
            if (n == 1) {
                LocalSite.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else if (n == 2) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LocalSite.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
            } else {
                LocalSite.send(ex, 200, HTML, body);
            }
        });
        site.page("/feed.xml", RSS, site.rss("Flaky", "/news/flaky.html"));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            Collector.Outcome o = c.collectOne();
            assertEquals(1, o.stored(), o.line());
            List<LocalSite.Hit> hits = site.hitsOf("/news/flaky.html");
            assertEquals(3, hits.size());
            long waited = hits.get(2).startNanos() - hits.get(1).endNanos();
            assertTrue(waited >= Duration.ofMillis(950).toNanos(), "Retry-After: 1 honoured, waited " + waited / 1_000_000 + " ms");
        }
    }

    @Test
    void failingSource_backsOff_isPausedWithItsError_andResumes() throws Exception {
        site.route("/feed.xml", ex -> LocalSite.send(ex, 500, "text/plain", "broken".getBytes(StandardCharsets.UTF_8)));
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("broken", site.url("/feed.xml"), Kind.FEED);
            Collector.Outcome first = c.collectOne();
            assertTrue(first.error().contains("HTTP 500 after 3 attempt(s)"), first.line());
            assertEquals(3, site.hits("/feed.xml"), "three attempts in one poll");
            assertTrue(c.collector.collectDue().isEmpty(), "not due again at once");
            Source.Status s = c.sources.find("broken").orElseThrow();
            assertEquals(Duration.ofMinutes(60), Duration.between(c.clock.instant(), s.nextDue()), "backoff doubles the interval");
            for (int i = 2; i <= Collector.PAUSE_AFTER; i++) {
                c.clock.advance(Duration.ofDays(1));
                c.collectOne();
            }
            s = c.sources.find("broken").orElseThrow();
            assertTrue(s.paused(), "paused after " + Collector.PAUSE_AFTER + " failures");
            assertTrue(s.lastError().contains("HTTP 500"), s.lastError());
            c.clock.advance(Duration.ofDays(2));
            assertTrue(c.collector.collectDue().isEmpty(), "a paused source is not polled");
            site.page("/feed.xml", RSS, site.rss("Oxide quota", "/news/oxide-quota.html"));
            assertTrue(c.sources.resume("broken"));
            Collector.Outcome back = c.collectOne();
            assertNull(back.error(), back.line());
            assertEquals(1, back.stored());
            assertFalse(c.sources.find("broken").orElseThrow().paused());
        }
    }

    @Test
    void badXml_isTheSourcesError() throws Exception {
        site.page("/feed.xml", RSS, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>Open");
        try (Collecting c = new Collecting(tmp.resolve("data"))) {
            c.add("bad", site.url("/feed.xml"), Kind.FEED);
            Collector.Outcome o = c.collectOne();
            assertTrue(o.error().contains("not a readable RSS or Atom feed"), o.line());
            assertEquals(1, c.sources.find("bad").orElseThrow().failures());
        }
    }

    @Test
    void slowServer_timesOut_andTheArticleIsTriedAgainNextPoll() throws Exception {
        site.route("/news/slow.html", ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalSite.send(ex, 200, HTML, LocalSite.article("Late", "Too late to matter.").getBytes(StandardCharsets.UTF_8));
        });
        site.page("/feed.xml", RSS, site.rss("Slow", "/news/slow.html", "Oxide quota", "/news/oxide-quota.html"));
        Fetcher.Settings quick = new Fetcher.Settings("Monazite-test/1.0", Duration.ofMillis(300), Duration.ZERO, 2,
                Duration.ofMillis(20), Duration.ofSeconds(5), 1024 * 1024);
        try (Collecting c = new Collecting(tmp.resolve("data"), quick)) {
            c.add("wire", site.url("/feed.xml"), Kind.FEED);
            Collector.Outcome o = c.collectOne();
            assertEquals(1, o.failed(), o.line());
            assertEquals(1, o.stored(), "the other article went on: " + o.line());
            assertTrue(c.sources.collected(List.of(site.url("/news/slow.html"))).isEmpty(), "not recorded: retried later");
        }
    }
}
