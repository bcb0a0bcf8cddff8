package dev.monazite.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a local site: politeness per host, robots.txt, Retry-After, gzip. */
class FetcherTest {
    LocalSite site;

    @BeforeEach
    void start() throws Exception {
        site = new LocalSite();
        for (int i = 0; i < 6; i++) {
            site.route("/p" + i, ex -> {
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LocalSite.send(ex, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void oneHost_fetchedFromSeveralThreads_getsOneRequestAtATime_withTheDelayBetween() throws Exception {
        Duration delay = Duration.ofMillis(150);
        Fetcher f = new Fetcher(Collecting.fast(delay));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Fetcher.Page>> pages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            URI u = URI.create(site.url("/p" + i));
            pages.add(pool.submit(() -> f.get(u, null, null)));
        }
        for (Future<Fetcher.Page> p : pages) {
            assertEquals(200, p.get().status());
        }
        pool.shutdown();
        assertEquals(1, site.mostInFlight(), "never two requests at once to one host");
        List<LocalSite.Hit> hits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hits.addAll(site.hitsOf("/p" + i));
        }
        hits.sort(java.util.Comparator.comparingLong(LocalSite.Hit::startNanos));
        for (int i = 1; i < hits.size(); i++) {
            long gap = hits.get(i).startNanos() - hits.get(i - 1).endNanos();
            assertTrue(gap >= delay.toNanos() - Duration.ofMillis(5).toNanos(), "gap " + gap / 1_000_000 + " ms");
        }
    }

    @Test
    void robotsTxt_crawlDelay_isHonouredAboveTheFetchersOwn() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\nDisallow: /private\n");
        Fetcher f = new Fetcher(Collecting.fast(Duration.ZERO));
        assertTrue(f.allowed(URI.create(site.url("/p0"))));
        assertTrue(!f.allowed(URI.create(site.url("/private/x"))), "disallowed by robots.txt");
        f.get(URI.create(site.url("/p0")), null, null);
        f.get(URI.create(site.url("/p1")), null, null);
        long gap = site.hitsOf("/p1").get(0).startNanos() - site.hitsOf("/p0").get(0).endNanos();
        assertTrue(gap >= Duration.ofMillis(990).toNanos(), "crawl delay of 1 s, gap " + gap / 1_000_000 + " ms");
    }

    @Test
    void retryAfterBeyondTheLongestWait_failsAtOnceNamingTheWait() throws Exception {
        site.route("/busy", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            LocalSite.send(ex, 429, "text/plain", "later".getBytes(StandardCharsets.UTF_8));
        });
        Fetcher f = new Fetcher(Collecting.fast(Duration.ZERO));
        FetchException e = assertThrows(FetchException.class, () -> f.get(URI.create(site.url("/busy")), null, null));
        assertTrue(e.getMessage().contains("HTTP 429, asked to retry after 3600 s"), e.getMessage());
        assertEquals(1, site.hits("/busy"));
    }

    @Test
    void missingRobotsTxt_allowsEverything_butAnUnreachableOneAllowsNothing() throws Exception {
        Fetcher f = new Fetcher(Collecting.fast(Duration.ZERO));
        assertTrue(f.allowed(URI.create(site.url("/p0"))), "404 robots.txt");
        site.route("/robots.txt", ex -> LocalSite.send(ex, 503, "text/plain", "down".getBytes(StandardCharsets.UTF_8)));
        Fetcher fresh = new Fetcher(Collecting.fast(Duration.ZERO));
        assertTrue(!fresh.allowed(URI.create(site.url("/p0"))), "5xx robots.txt");
    }

    @Test
    void redirect_isFollowedHopByHop_butNotIntoWhatRobotsTxtDisallows() throws Exception {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
        site.route("/old", ex -> {
            ex.getResponseHeaders().set("Location", "/p0");
            ex.sendResponseHeaders(301, -1);
        });
        site.route("/sneaky", ex -> {
            ex.getResponseHeaders().set("Location", site.url("/private/x"));
            ex.sendResponseHeaders(302, -1);
        });
        Fetcher f = new Fetcher(Collecting.fast(Duration.ZERO));
        Fetcher.Page p = f.get(URI.create(site.url("/old")), null, null);
        assertEquals(200, p.status());
        assertEquals(site.url("/p0"), p.uri().toString());
        FetchException e = assertThrows(FetchException.class, () -> f.get(URI.create(site.url("/sneaky")), null, null));
        assertTrue(e.getMessage().contains("redirected to " + site.url("/private/x") + ", which robots.txt"), e.getMessage());
        assertEquals(0, site.hits("/private/x"));
    }

    @Test
    void retryAfter_readsSecondsAndDates() {
        assertEquals(Duration.ofSeconds(120), Fetcher.retryAfter("120"));
        assertEquals(Duration.ZERO, Fetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), "a date past");
        assertEquals(null, Fetcher.retryAfter("soon"));
    }
}
