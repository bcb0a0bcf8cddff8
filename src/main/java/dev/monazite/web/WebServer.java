package dev.monazite.web;

import dev.monazite.article.Json;
import dev.monazite.text.Texts;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/**
 * The local web workspace: pages and JSON API on one port. Only loopback is open without a token;
 * any other bind address needs MONAZITE_TOKEN, which API calls send as a bearer header. Every
 * response forbids inline script, so text from the news can never run as code.
 */
public final class WebServer implements AutoCloseable {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private final Javalin app;
    private final Workspace workspace;
    private final Guard guard;

    private WebServer(Javalin app, Workspace workspace, Guard guard) {
        this.app = app;
        this.workspace = workspace;
        this.guard = guard;
    }

    /** Every route the server answers, as "METHOD /path/{param}". */
    List<String> routes() {
        return guard.routes();
    }

    /** Starts the server answering only to loopback host names (and the bind address). */
    public static WebServer start(Path dataDir, String dbUrl, String bind, int port, String token) throws IOException {
        return start(dataDir, dbUrl, bind, port, token, List.of());
    }

    /**
     * Starts the server on bind:port (port 0 picks a free one). Requests must name, in their Host
     * header, a loopback name, the bind address or one of allowedHosts ("*" allows any): a page on
     * another site whose name an attacker re-points at 127.0.0.1 (DNS rebinding) is refused.
     *
     * @throws IllegalArgumentException when bind is not loopback and no token is set
     */
    public static WebServer start(Path dataDir, String dbUrl, String bind, int port, String token,
                                  List<String> allowedHosts) throws IOException {
        Guard guard = new Guard(hosts(bind, allowedHosts));
        boolean loopback = InetAddress.getByName(bind).isLoopbackAddress();
        Map<String, String> tokens = tokens(token);
        if (!loopback && tokens.isEmpty()) {
            throw new IllegalArgumentException("binding to " + bind + " exposes your data beyond this machine: set "
                    + "MONAZITE_TOKEN to a secret of 16+ characters first (clients send it as 'Authorization: Bearer ...')");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Workspace ws = new Workspace(dataDir, dbUrl);
        Api api = new Api(ws);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // uploads are sent as base64 in JSON: a third more than the files themselves
            config.http.maxRequestSize = Api.MAX_UPLOAD_BYTES * 4 / 3 + 4096;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> secure(ctx, loopback ? Map.of() : tokens));
        app.before(guard::check);
        routes(app, api, guard);
        sourceRoutes(app, new SourcesApi(dataDir, dbUrl), guard);
        new AlertsApi(ws).routes(app, guard);
        errors(app);
        app.start(bind, port);
        return new WebServer(app, ws, guard);
    }

    // Every route is registered through the guard, which answers other methods on its path with 405.
    private static void routes(Javalin app, Api api, Guard guard) {
        guard.get(app, "/", ctx -> page(ctx, "index.html"));
        guard.get(app, "/articles/{id}", ctx -> {
            api.requireArticle(ctx.pathParam("id"));
            page(ctx, "article.html");
        });
        guard.get(app, "/facts", ctx -> page(ctx, "facts.html"));
        guard.get(app, "/timeline", ctx -> page(ctx, "timeline.html"));
        guard.get(app, "/charts", ctx -> page(ctx, "charts.html"));
        guard.get(app, "/chain", ctx -> page(ctx, "chain.html"));
        guard.get(app, "/scenario", ctx -> page(ctx, "scenario.html"));
        guard.get(app, "/digest", ctx -> page(ctx, "digest.html"));
        guard.get(app, "/api/search", api::search);
        guard.get(app, "/api/articles/{id}", api::article);
        guard.get(app, "/api/facts", api::facts);
        guard.get(app, "/api/conflicts", api::conflicts);
        guard.get(app, "/api/timeline", api::timeline);
        guard.get(app, "/api/series/{commodity}", api::series);
        guard.get(app, "/api/commodities", api::commodities);
        guard.get(app, "/api/series", api::series);
        guard.get(app, "/api/entities/{name}", api::entity);
        guard.get(app, "/api/chain", api::chain);
        guard.post(app, "/api/scenarios", api::scenario);
        guard.post(app, "/api/ingest", api::ingest);
        guard.get(app, "/api/facts/{id}", api::oneFact);
        guard.post(app, "/api/facts/{id}/review", api::review);
        guard.get(app, "/api/corrections", api::corrections);
        guard.post(app, "/api/corrections", api::importCorrections);
        guard.get(app, "/api/scenarios/examples", api::scenarioExamples);
        guard.get(app, "/api/workflows", api::workflows);
        guard.get(app, "/api/digest", api::digest);
        guard.get(app, "/api/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));
        guard.staticGet("/static/");
        guard.staticGet("/webjars/");
    }

    // The Sources page and its API (what `monazite source` does).
    private static void sourceRoutes(Javalin app, SourcesApi api, Guard guard) {
        guard.get(app, "/sources", ctx -> page(ctx, "sources.html"));
        guard.get(app, "/api/sources", api::list);
        guard.post(app, "/api/sources", api::add);
        guard.delete(app, "/api/sources/{name}", api::remove);
        guard.post(app, "/api/sources/{name}/test", api::test);
        guard.post(app, "/api/sources/{name}/resume", api::resume);
    }

    // Loopback names, the bind address unless it is a wildcard, and what the operator added.
    private static java.util.Set<String> hosts(String bind, List<String> allowed) {
        java.util.Set<String> hosts = new java.util.HashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        String b = Guard.hostName(bind);
        if (!b.equals("0.0.0.0") && !b.equals("::") && !b.isEmpty()) {
            hosts.add(b);
        }
        allowed.forEach(h -> hosts.add(Guard.hostName(h)));
        return hosts;
    }

    private static void errors(Javalin app) {
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(dev.monazite.index.WriterBusyException.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
        app.exception(dev.monazite.store.StoreException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        app.exception(dev.monazite.collect.FetchException.class, (e, ctx) -> error(ctx, 502, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(io.javalin.router.EndpointNotFound.class, (e, ctx) -> error(ctx, 404, "no such endpoint: "
                + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)"));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.res().isCommitted() || isJson(ctx) || isHtml(ctx)) {
                return;
            }
            if (ctx.path().startsWith("/api/")) {
                error(ctx, 404, "no such endpoint: " + ctx.path() + " (see /api/openapi.json)");
            } else {
                notFoundPage(ctx);
            }
        });
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static boolean isHtml(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("text/html");
    }

    // JSON is for /api only: a browser that asks for a page that is not there gets a page saying so.
    private static void error(Context ctx, int status, String message) {
        if (status == 404 && !ctx.path().startsWith("/api/")) {
            notFoundPage(ctx);
            return;
        }
        ctx.status(status).json(new ApiError(status, message));
    }

    private static String decoded(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path; // a stray % is shown as sent
        }
    }

    private static void notFoundPage(Context ctx) {
        try (InputStream in = WebServer.class.getResourceAsStream("/web/notfound.html")) {
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{path}}", org.jsoup.nodes.Entities.escape(decoded(ctx.path())));
            ctx.status(404).contentType("text/html; charset=utf-8").result(html);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The tokens MONAZITE_TOKEN grants, secret → name: "NAME:SECRET,NAME:SECRET" names each member
     * of a team, so a correction records who made it; a bare secret is named "token". Secrets
     * shorter than 16 characters grant nothing.
     */
    static Map<String, String> tokens(String setting) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (setting == null) {
            return out;
        }
        for (String part : setting.split(",")) {
            int colon = part.indexOf(':');
            String name = colon > 0 ? part.substring(0, colon).strip() : "token";
            String secret = colon > 0 ? part.substring(colon + 1).strip() : part.strip();
            if (secret.length() >= 16) {
                out.put(secret, name);
            }
        }
        return out;
    }

    private static void secure(Context ctx, Map<String, String> tokens) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (tokens.isEmpty() || !ctx.path().startsWith("/api/")) {
            ctx.attribute(Api.AUTHOR, System.getProperty("user.name", "unknown"));
            return;
        }
        String name = bearerName(ctx, tokens);
        if (name == null) {
            throw new io.javalin.http.UnauthorizedResponse("send the operator's token as 'Authorization: Bearer ...'");
        }
        ctx.attribute(Api.AUTHOR, name);
    }

    // Constant-time comparison against every token: none may leak through response timing. The token
    // comes as a Bearer header; for the alerts feed also as Basic auth's password or ?token=, the ways
    // feed readers that cannot set a header subscribe to a private feed.
    private static String bearerName(Context ctx, Map<String, String> tokens) {
        byte[] given = offered(ctx).getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Map.Entry<String, String> t : tokens.entrySet()) {
            if (MessageDigest.isEqual(given, t.getKey().getBytes(StandardCharsets.UTF_8))) {
                found = t.getValue();
            }
        }
        return found;
    }

    private static String offered(Context ctx) {
        String h = ctx.header("Authorization");
        if (h != null && h.startsWith("Bearer ")) {
            return Texts.cut(h, 7, h.length());
        }
        if (!ctx.path().equals(ALERTS_FEED)) {
            return "";
        }
        if (h != null && h.startsWith("Basic ")) {
            try {
                String pair = new String(java.util.Base64.getDecoder().decode(Texts.cut(h, 6, h.length()).strip()),
                        StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                return colon < 0 ? "" : Texts.cut(pair, colon + 1, pair.length());
            } catch (IllegalArgumentException e) {
                return ""; // not base64: no token offered
            }
        }
        String q = ctx.queryParam("token");
        return q == null ? "" : q;
    }

    private static final String ALERTS_FEED = "/api/alerts.atom";

    static void page(Context ctx, String name) throws IOException {
        resource(ctx, name, "text/html; charset=utf-8");
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new io.javalin.http.NotFoundResponse("no page " + name);
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() throws IOException {
        app.stop();
        workspace.close();
    }
}
