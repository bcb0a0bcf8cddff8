package dev.monazite.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on the loopback address for collection tests: each path answers as a test routes it,
 * and every request is recorded with its headers, start and end. Unrouted paths (robots.txt too)
 * answer 404.
 */
public final class LocalSite implements AutoCloseable {
    /**
     * One request as the site saw it. It is listed as soon as it arrives, before it is answered: a
     * client that has its answer always finds its request counted.
     */
    public static final class Hit {
        private final String path;
        private final Map<String, String> headers;
        private final long startNanos;
        private volatile long endNanos;

        Hit(String path, Map<String, String> headers, long startNanos) {
            this.path = path;
            this.headers = headers;
            this.startNanos = startNanos;
            this.endNanos = startNanos;
        }

        public String path() {
            return path;
        }

        public Map<String, String> headers() {
            return headers;
        }

        public long startNanos() {
            return startNanos;
        }

        /** When the handler was done answering. */
        public long endNanos() {
            return endNanos;
        }
    }

    /** How a path answers. */
    @FunctionalInterface
    public interface Reply {
        void send(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, Reply> routes = new ConcurrentHashMap<>();
    private final List<Hit> hits = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public LocalSite route(String path, Reply reply) {
        routes.put(path, reply);
        return this;
    }

    /** A page that answers 200 with body, and 304 to a request that names its ETag. */
    public LocalSite page(String path, String contentType, String body) {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        return route(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.getResponseHeaders().set("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** How many requests a path got. */
    public int hits(String path) {
        synchronized (hits) {
            return (int) hits.stream().filter(h -> h.path().equals(path)).count();
        }
    }

    /** The requests of a path, in order. */
    public List<Hit> hitsOf(String path) {
        synchronized (hits) {
            return hits.stream().filter(h -> h.path().equals(path)).toList();
        }
    }

    /** The most requests the site was answering at one time. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    public static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    /** An article page: a title and paragraphs in an article element. */
    public static String article(String title, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    /** An RSS 2.0 feed of (title, path) pairs. */
    public String rss(String... titlesAndPaths) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Test wire</title><link>" + url("/") + "</link><description>test</description>");
        for (int i = 0; i < titlesAndPaths.length; i += 2) {
            b.append("<item><title>").append(titlesAndPaths[i]).append("</title><link>").append(url(titlesAndPaths[i + 1]))
                    .append("</link></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    private void handle(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        Map<String, String> headers = new java.util.HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        String path = ex.getRequestURI().getRawPath();
        Hit hit = new Hit(path, headers, start);
        hits.add(hit);
        try {
            Reply r = routes.get(path);
            if (r == null) {
                send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
            } else {
                r.send(ex);
            }
        } finally {
            hit.endNanos = System.nanoTime();
            inFlight.decrementAndGet();
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
