package dev.monazite.web;

import dev.monazite.index.Json;
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

    private WebServer(Javalin app, Workspace workspace) {
        this.app = app;
        this.workspace = workspace;
    }

    /**
     * Starts the server on bind:port (port 0 picks a free one).
     *
     * @throws IllegalArgumentException when bind is not loopback and no token is set
     */
    public static WebServer start(Path dataDir, String dbUrl, String bind, int port, String token) throws IOException {
        boolean loopback = InetAddress.getByName(bind).isLoopbackAddress();
        if (!loopback && (token == null || token.length() < 16)) {
            throw new IllegalArgumentException("binding to " + bind + " exposes your data beyond this machine: set "
                    + "MONAZITE_TOKEN to a secret of 16+ characters first (clients send it as 'Authorization: Bearer ...')");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Workspace ws = new Workspace(dataDir, dbUrl);
        Api api = new Api(ws);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> secure(ctx, loopback ? null : token));
        routes(app, api);
        errors(app);
        app.start(bind, port);
        return new WebServer(app, ws);
    }

    private static void routes(Javalin app, Api api) {
        app.get("/", ctx -> page(ctx, "index.html"));
        app.get("/articles/{id}", ctx -> page(ctx, "article.html"));
        app.get("/facts", ctx -> page(ctx, "facts.html"));
        app.get("/timeline", ctx -> page(ctx, "timeline.html"));
        app.get("/charts", ctx -> page(ctx, "charts.html"));
        app.get("/chain", ctx -> page(ctx, "chain.html"));
        app.get("/scenario", ctx -> page(ctx, "scenario.html"));
        app.get("/digest", ctx -> page(ctx, "digest.html"));
        app.get("/api/search", api::search);
        app.get("/api/articles/{id}", api::article);
        app.get("/api/facts", api::facts);
        app.get("/api/conflicts", api::conflicts);
        app.get("/api/timeline", api::timeline);
        app.get("/api/series/{commodity}", api::series);
        app.get("/api/entities/{name}", api::entity);
        app.get("/api/chain", api::chain);
        app.post("/api/scenarios", api::scenario);
        app.get("/api/scenarios/examples", api::scenarioExamples);
        app.get("/api/workflows", api::workflows);
        app.get("/api/digest", api::digest);
        app.get("/api/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));
    }

    private static void errors(Javalin app) {
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(dev.monazite.store.StoreException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && !ctx.res().isCommitted() && !isJson(ctx)) {
                error(ctx, 404, "no such endpoint: " + ctx.path() + " (see /api/openapi.json)");
            }
        });
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, message));
    }

    private static void secure(Context ctx, String token) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (token != null && ctx.path().startsWith("/api/") && !bearerMatches(ctx, token)) {
            throw new io.javalin.http.UnauthorizedResponse("send the operator's token as 'Authorization: Bearer ...'");
        }
    }

    // Constant-time comparison: the token must not leak through response timing.
    private static boolean bearerMatches(Context ctx, String token) {
        String h = ctx.header("Authorization");
        String given = h != null && h.startsWith("Bearer ") ? h.substring(7) : "";
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private static void page(Context ctx, String name) throws IOException {
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
