package dev.monazite.web;

import dev.monazite.alert.Alert;
import dev.monazite.alert.Alerts;
import dev.monazite.alert.AtomFeed;
import dev.monazite.alert.Watch;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The alerts page's API: alerts (JSON and Atom), how many are new, and the watches to add and remove. */
final class AlertsApi {
    private final Workspace ws;

    AlertsApi(Workspace ws) {
        this.ws = ws;
    }

    /** Registers the routes (through the guard, as every route is). */
    void routes(io.javalin.Javalin app, Guard guard) {
        guard.get(app, "/alerts", ctx -> WebServer.page(ctx, "alerts.html"));
        guard.get(app, "/api/alerts", this::alerts);
        guard.get(app, "/api/alerts/count", this::count);
        guard.get(app, "/api/alerts.atom", this::atom);
        guard.get(app, "/api/watches", this::watches);
        guard.post(app, "/api/watches", this::addWatch);
        guard.post(app, "/api/watches/{name}/remove", this::removeWatch);
    }

    private <T> T alerts(java.util.function.Function<Alerts, T> work) {
        return ws.withStore(store -> work.apply(Alerts.of(ws.dataDir, store)));
    }

    void alerts(Context ctx) {
        java.time.LocalDate since = Params.date(ctx, "since");
        Instant from = since == null ? null : since.atStartOfDay().toInstant(ZoneOffset.UTC);
        long after = Params.integer(ctx, "after", 0, 0, Integer.MAX_VALUE);
        List<Alert> all = alerts(a -> a.alerts(from, after, 10_000));
        ctx.header(Api.TOTAL, String.valueOf(all.size()));
        ctx.json(Params.page(ctx).of(all).stream().map(Alert::json).toList());
    }

    void count(Context ctx) {
        long after = Params.integer(ctx, "after", 0, 0, Integer.MAX_VALUE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", alerts(a -> a.count(after)));
        out.put("latest", alerts(a -> a.alerts(null, 0, 1)).stream().mapToLong(Alert::num).max().orElse(0));
        ctx.json(out);
    }

    void atom(Context ctx) {
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(AtomFeed.render(alerts(a -> a.alerts(null, 0, 200)), base));
    }

    void watches(Context ctx) {
        ctx.json(alerts(Alerts::watches).stream().map(AlertsApi::json).toList());
    }

    private static Map<String, Object> json(Watch w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", w.name());
        m.put("kind", w.kind().id());
        m.put("spec", w.spec());
        m.put("description", w.describe());
        return m;
    }

    /** Adds {name, kind, spec}; an entity is named as the lexicon knows it, in any language. */
    void addWatch(Context ctx) {
        Map<?, ?> body = ctx.bodyAsClass(Map.class);
        Watch.Kind kind = Watch.Kind.of(text(body, "kind"));
        String spec = text(body, "spec");
        if (kind == Watch.Kind.ENTITY && spec != null) {
            spec = ws.lexicon.lookup(spec.strip()).map(dev.monazite.lexicon.Entity::id).orElse(spec.strip());
        }
        Watch w = new Watch(text(body, "name"), kind, spec);
        alerts(a -> {
            a.add(w);
            return null;
        });
        ctx.status(201).json(json(w));
    }

    void removeWatch(Context ctx) {
        String name = ctx.pathParam("name");
        alerts(a -> {
            a.remove(name);
            return null;
        });
        ctx.json(Map.of("removed", name));
    }

    private static String text(Map<?, ?> body, String key) {
        Object v = body.get(key);
        if (v != null && !(v instanceof String)) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return (String) v;
    }
}
