package dev.monazite.collect;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.GZIPInputStream;

/**
 * Fetches pages as a good web citizen: a clear User-Agent, one request at a time per host with a
 * minimum delay between them (longer when robots.txt asks for a crawl delay), robots.txt honoured,
 * timeouts, gzip, conditional GET, and retries with backoff on 5xx, 429 and timeouts, honouring
 * Retry-After. Thread-safe: the serve scheduler and a `source test` may fetch at once.
 */
public final class Fetcher {
    /** The name robots.txt rules are matched against. */
    static final String ROBOT = "monazite";

    /**
     * How the fetcher behaves: its User-Agent, the timeout of one request, the delay between two
     * requests to one host, how many attempts a page gets, the first backoff (doubling), the longest
     * wait it accepts (a Retry-After beyond it fails the fetch at once), and the largest body read.
     */
    public record Settings(String userAgent, Duration timeout, Duration hostDelay, int attempts, Duration backoff,
                           Duration longestWait, int maxBytes) {
        /** What `collect` uses. */
        public static Settings defaults() {
            return new Settings("Monazite/0.1 (rare-earth news collector; robots.txt honoured)", Duration.ofSeconds(30),
                    Duration.ofSeconds(2), 3, Duration.ofSeconds(5), Duration.ofMinutes(2), 20 * 1024 * 1024);
        }
    }

    /** A response: its status, final address (after redirects), body, validators and asked-for wait. */
    public record Page(int status, URI uri, byte[] body, String contentType, String etag, String lastModified,
                       Duration retryAfter, String location) {
        boolean notModified() {
            return status == 304;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** One host's turn: requests to it queue on the lock, and the next may start at nextAt. */
    private static final class Host {
        final ReentrantLock turn = new ReentrantLock(true);
        long nextAt;
        long delayNanos;
        BaseRobotRules robots;
        long robotsReadAt;
    }

    /** How long robots.txt is trusted before it is read again (a long-running `serve` sees changes). */
    private static final long ROBOTS_FOR_NANOS = Duration.ofHours(24).toNanos();

    private final Settings settings;
    private final HttpClient http;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    public Fetcher(Settings settings) {
        this.settings = settings;
        // redirects are followed here, not by the client: each hop is checked against its host's
        // robots.txt and waits its host's turn
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).build();
    }

    /**
     * Fetches uri, sending the validators given (either may be null) so an unchanged page comes
     * back as a 304 with no body. A 4xx other than 429 is returned, not retried.
     *
     * @throws FetchException when the server keeps failing (5xx, 429, timeouts) or cannot be reached
     */
    public Page get(URI uri, String etag, String lastModified) throws FetchException {
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Page page = getOnce(at, etag, lastModified);
            URI next = redirect(page);
            if (next == null) {
                return page;
            }
            if (!allowed(next)) {
                throw new FetchException(uri + ": redirected to " + next + ", which robots.txt of " + next.getHost()
                        + " does not let Monazite fetch");
            }
            at = next;
        }
        throw new FetchException(uri + ": more than " + MAX_REDIRECTS + " redirects");
    }

    /** The most redirects followed from one address. */
    private static final int MAX_REDIRECTS = 5;

    // Where a redirect points, or null when the page is not one (or points nowhere usable).
    private static URI redirect(Page page) {
        int s = page.status();
        if ((s != 301 && s != 302 && s != 303 && s != 307 && s != 308) || page.location() == null) {
            return null;
        }
        try {
            URI next = page.uri().resolve(page.location().strip());
            return "http".equals(next.getScheme()) || "https".equals(next.getScheme()) ? next : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Page getOnce(URI uri, String etag, String lastModified) throws FetchException {
        Host host = host(uri);
        String why = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            Page page;
            try {
                page = politely(host, () -> read(uri, etag, lastModified));
            } catch (IOException e) {
                why = e instanceof HttpTimeoutException ? "no answer within " + settings.timeout().toSeconds() + " s"
                        : "cannot connect (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
                backOff(host, backoff(attempt));
                continue;
            }
            if (page.status() != 429 && page.status() < 500) {
                return page;
            }
            why = "HTTP " + page.status();
            Duration wait = page.retryAfter() == null ? backoff(attempt) : page.retryAfter();
            if (wait.compareTo(settings.longestWait()) > 0) {
                throw new FetchException(uri + ": " + why + ", asked to retry after " + wait.toSeconds() + " s");
            }
            backOff(host, wait);
        }
        throw new FetchException(uri + ": " + why + " after " + settings.attempts() + " attempt(s)");
    }

    /**
     * Whether robots.txt of uri's host lets Monazite fetch it: read once a day per host and fetcher; a
     * missing one (4xx) allows everything, an unreachable one (5xx, no answer) allows nothing.
     */
    public boolean allowed(URI uri) {
        Host host = host(uri);
        synchronized (host) {
            if (host.robots == null || System.nanoTime() - host.robotsReadAt > ROBOTS_FOR_NANOS) {
                host.robots = robots(uri, host);
                host.robotsReadAt = System.nanoTime();
                long crawlDelay = host.robots.getCrawlDelay();
                if (crawlDelay > 0 && crawlDelay != BaseRobotRules.UNSET_CRAWL_DELAY) {
                    host.delayNanos = Math.max(host.delayNanos, Duration.ofMillis(Math.min(crawlDelay, 60_000)).toNanos());
                }
            }
            return host.robots.isAllowed(uri.toString());
        }
    }

    private BaseRobotRules robots(URI uri, Host host) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI robots = uri.resolve("/robots.txt");
        try {
            Page p = politely(host, () -> read(robots, null, null));
            if (p.ok()) {
                return parser.parseContent(robots.toString(), p.body(), p.contentType(), List.of(ROBOT));
            }
            return parser.failedFetch(p.status());
        } catch (IOException e) {
            return parser.failedFetch(503);
        }
    }

    private Duration backoff(int attempt) {
        return settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    private void backOff(Host host, Duration wait) {
        host.turn.lock();
        try {
            host.nextAt = Math.max(host.nextAt, System.nanoTime() + wait.toNanos());
        } finally {
            host.turn.unlock();
        }
    }

    private Host host(URI uri) {
        String key = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
        return hosts.computeIfAbsent(key, k -> {
            Host h = new Host();
            h.delayNanos = settings.hostDelay().toNanos();
            return h;
        });
    }

    private interface Request {
        Page send() throws IOException;
    }

    // One request to a host at a time, each starting no sooner than the delay after the last ended.
    private static Page politely(Host host, Request request) throws IOException {
        host.turn.lock();
        try {
            long wait = host.nextAt - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            try {
                return request.send();
            } finally {
                host.nextAt = System.nanoTime() + host.delayNanos;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            host.turn.unlock();
        }
    }

    private Page read(URI uri, String etag, String lastModified) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("User-Agent", settings.userAgent()).header("Accept-Encoding", "gzip")
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                        + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        try {
            HttpResponse<InputStream> r = http.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] body = body(r);
            var h = r.headers();
            return new Page(r.statusCode(), r.uri(), body, h.firstValue("Content-Type").orElse(null),
                    h.firstValue("ETag").orElse(null), h.firstValue("Last-Modified").orElse(null),
                    retryAfter(h.firstValue("Retry-After").orElse(null)), h.firstValue("Location").orElse(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private byte[] body(HttpResponse<InputStream> r) throws IOException {
        boolean gzip = r.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(java.util.Locale.ROOT).contains("gzip")).orElse(false);
        try (InputStream in = gzip ? new GZIPInputStream(r.body()) : r.body()) {
            byte[] data = in.readNBytes(settings.maxBytes() + 1);
            if (data.length > settings.maxBytes()) {
                throw new FetchException(r.uri() + ": larger than " + settings.maxBytes() / (1024 * 1024) + " MB; not read");
            }
            return data;
        }
    }

    /** A Retry-After header's wait: seconds, or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value.strip(),
                        DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (java.time.format.DateTimeParseException bad) {
                return null;
            }
        }
    }
}
