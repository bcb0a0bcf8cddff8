package dev.monazite.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every request must pass before a handler runs: a Host header naming this server (no DNS
 * rebinding), for a state-changing method a JSON body and no foreign Origin (no cross-site
 * requests), and a method the path supports (405 with an Allow header, not 404).
 */
final class Guard {
    private final Set<String> hosts;
    private final List<Route> routes = new ArrayList<>();

    /** A path pattern and the methods it answers. */
    private record Route(Pattern path, String method, String template) {}

    Guard(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    void get(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        routes.add(new Route(pattern(path), "GET", path));
    }

    void post(Javalin app, String path, Handler handler) {
        app.post(path, handler);
        routes.add(new Route(pattern(path), "POST", path));
    }

    void delete(Javalin app, String path, Handler handler) {
        app.delete(path, handler);
        routes.add(new Route(pattern(path), "DELETE", path));
    }

    /** Files served under a prefix by Javalin itself: GET only. */
    void staticGet(String prefix) {
        routes.add(new Route(Pattern.compile(Pattern.quote(prefix) + ".*"), "GET", prefix + "*"));
    }

    /** Every route as "METHOD /path/{param}", in the order registered: what the API document must list. */
    List<String> routes() {
        return routes.stream().map(r -> r.method() + " " + r.template()).toList();
    }

    private static Pattern pattern(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }

    void check(Context ctx) {
        checkHost(ctx);
        checkMethod(ctx);
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS) {
            checkSameOrigin(ctx);
            if (ctx.method() != HandlerType.DELETE) {
                checkJson(ctx); // a delete has no body to type
            }
        }
    }

    private void checkHost(Context ctx) {
        String host = ctx.header("Host");
        if (hosts.contains("*") || host == null || hosts.contains(hostName(host))) {
            return;
        }
        throw new HttpResponseException(403, "the Host '" + host + "' is not this server's: open it as "
                + "http://127.0.0.1 or http://localhost, or start it with --allow-host " + hostName(host), Map.of());
    }

    private void checkMethod(Context ctx) {
        String path = ctx.path();
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            if (r.path().matcher(path).matches()) {
                allowed.add(r.method());
            }
        }
        String method = ctx.method().name();
        if (allowed.isEmpty() || allowed.contains(method) || (method.equals("HEAD") && allowed.contains("GET"))) {
            return;
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        ctx.header("Allow", String.join(", ", allowed));
        throw new HttpResponseException(405, method + " is not supported on " + path + "; it answers "
                + String.join(", ", allowed), Map.of());
    }

    // Browsers send Origin on cross-site POSTs; a form or fetch from another site must not reach us.
    private static void checkSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && (host == null || !origin.equalsIgnoreCase("http://" + host))) {
            throw new HttpResponseException(403, "cross-origin request from '" + origin + "' refused: "
                    + "the API answers pages it serves itself", Map.of());
        }
    }

    // A JSON content type cannot be sent cross-site without a CORS preflight, which this server never grants.
    private static void checkJson(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            throw new HttpResponseException(415, "send the body as JSON with 'Content-Type: application/json' "
                    + "(not " + (type == null ? "no content type" : "'" + type + "'") + ")", Map.of());
        }
    }

    /** The host name of a Host header or address: without port and brackets, lower case. */
    static String hostName(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && h.indexOf(':', colon + 1) < 0 ? h.substring(0, colon) : h;
    }
}
