package dev.monazite.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.monazite.article.Json;
import dev.monazite.collect.Collector;
import dev.monazite.collect.FetchException;
import dev.monazite.collect.Fetcher;
import dev.monazite.collect.Kind;
import dev.monazite.collect.Source;
import dev.monazite.collect.Sources;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources API behind the Sources page: list, add (the kind told from the page when not given),
 * remove, test and resume, as `monazite source` does. Each request opens the sources in the store
 * and closes them: the page is used now and then, and a team's other members change them too.
 */
final class SourcesApi {
    private final Path dataDir;
    private final String dbUrl;

    SourcesApi(Path dataDir, String dbUrl) {
        this.dataDir = dataDir;
        this.dbUrl = dbUrl;
    }

    void list(Context ctx) {
        try (Sources sources = Sources.open(dataDir, dbUrl)) {
            ctx.json(sources.all().stream().map(SourcesApi::json).toList());
        }
    }

    void add(Context ctx) throws FetchException {
        JsonNode body = body(ctx);
        String name = Source.name(text(body, "name"));
        URI uri = address(text(body, "url"));
        String every = text(body, "every");
        Duration interval = Source.interval(every == null ? "30m" : every);
        String selector = text(body, "selector");
        try (Sources sources = Sources.open(dataDir, dbUrl)) {
            String kindName = text(body, "kind");
            Kind kind = kindName != null ? Kind.parse(kindName) : trials(sources).detect(uri.toString());
            if (kind == Kind.LISTING && selector == null) {
                throw new IllegalArgumentException(uri + " is a listing page (HTML): give the CSS selector of its "
                        + "article links, e.g. 'article h2 a'");
            }
            Source s = new Source(name, uri.toString(), kind, kind == Kind.LISTING ? selector : null, interval,
                    text(body, "lang"), Source.words(text(body, "include")), Source.words(text(body, "exclude")));
            sources.add(s, Instant.now());
            ctx.status(201).json(json(sources.find(name).orElseThrow()));
        }
    }

    void remove(Context ctx) {
        try (Sources sources = Sources.open(dataDir, dbUrl)) {
            if (!sources.remove(ctx.pathParam("name"))) {
                throw new NotFoundResponse("no source named '" + ctx.pathParam("name") + "'");
            }
            ctx.status(204);
        }
    }

    void resume(Context ctx) {
        try (Sources sources = Sources.open(dataDir, dbUrl)) {
            String name = ctx.pathParam("name");
            if (!sources.resume(name)) {
                throw new NotFoundResponse("no source named '" + name + "'");
            }
            ctx.json(json(sources.find(name).orElseThrow()));
        }
    }

    void test(Context ctx) {
        try (Sources sources = Sources.open(dataDir, dbUrl)) {
            String name = ctx.pathParam("name");
            Source s = sources.find(name).orElseThrow(() -> new NotFoundResponse("no source named '" + name + "'"))
                    .source();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("source", name);
            try {
                Collector.Trial t = trials(sources).test(s, 10);
                out.put("links", t.links());
                out.put("collected_before", t.collectedBefore());
                out.put("lines", t.lines());
                out.put("error", null);
            } catch (FetchException e) {
                out.put("links", 0);
                out.put("collected_before", 0);
                out.put("lines", List.of());
                out.put("error", e.getMessage());
            }
            ctx.json(out);
        }
    }

    // A collector that only fetches and reads: trials and kind detection ingest nothing.
    private Collector trials(Sources sources) {
        return new Collector(sources, new Fetcher(Fetcher.Settings.defaults()), dataDir, files -> {
            throw new IllegalStateException("a trial ingests nothing");
        }, Collector.Listener.NONE, Clock.systemUTC(), line -> {});
    }

    static Map<String, Object> json(Source.Status st) {
        Source s = st.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("url", s.url());
        m.put("kind", s.kind().label());
        m.put("selector", s.selector());
        m.put("every", Source.label(s.every()));
        m.put("lang", s.lang());
        m.put("include", s.include());
        m.put("exclude", s.exclude());
        m.put("last_fetch", st.lastFetch() == null ? null : st.lastFetch().toString());
        m.put("next_due", st.nextDue() == null ? null : st.nextDue().toString());
        m.put("status", st.paused() ? "paused" : st.failures() > 0 ? "failing" : st.lastFetch() == null ? "new" : "ok");
        m.put("failures", st.failures());
        m.put("last_error", st.lastError());
        m.put("collected", st.collected());
        return m;
    }

    private static URI address(String url) {
        try {
            URI u = new URI(url == null ? "" : url.strip());
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("url '" + url + "' is not an http or https address, e.g. https://example.com/feed.xml");
    }

    private static JsonNode body(Context ctx) {
        if (ctx.body().length() > 20_000) {
            throw new IllegalArgumentException("the request body is at most 20000 characters");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the request body is not a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
