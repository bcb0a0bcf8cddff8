package dev.monazite.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One standalone HTML file: styles inlined, no scripts, no external resources, and a content security
 * policy that forbids both, so even a text that slipped through escaping could not run.
 */
final class HtmlRenderer {
    private static final String CSS = css();

    String render(Digest d) {
        StringBuilder sb = new StringBuilder();
        String title = "Digest: " + (d.workflow() == null ? d.overview().query() : d.workflow());
        sb.append("<!DOCTYPE html>\n<html lang=\"mul\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n");
        header(d, sb);
        for (Digest.Story s : d.stories()) {
            story(s, sb);
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void header(Digest d, StringBuilder sb) {
        Digest.Overview o = d.overview();
        sb.append("<header class=\"overview\">\n<p class=\"window\">").append(esc(or(d.window().from(), "start")))
                .append(" – ").append(esc(or(d.window().to(), "now"))).append(" · ").append(o.stories())
                .append(" stories from ").append(o.articles()).append(" articles · ").append(esc(o.mode()));
        if (o.dropped() > 0) {
            sb.append(" · ").append(o.dropped()).append(" model bullets dropped (unverified)");
        }
        sb.append("</p>\n");
        list("Latest figures", o.figures().stream().map(HtmlRenderer::figure).toList(), sb);
        list("Policy events", o.policies().stream().map(e -> esc(or(e.date(), "undated")) + " · "
                + esc(or(e.actor(), "?") + " " + or(e.action(), "") + " " + or(e.target(), "")) + " — <q>"
                + esc(e.evidence()) + "</q> " + ids(e.articles())).toList(), sb);
        list("Conflicting claims", o.conflicts().stream().map(c -> esc(c.claim()) + ": "
                + esc(String.join("; ", c.values())) + " (consensus " + c.consensus()
                + ", outlets: " + c.outlets() + ")").toList(), sb);
        list("Notices", o.notices().stream().map(HtmlRenderer::esc).toList(), sb);
        sb.append("</header>\n");
    }

    private static String figure(Digest.Figure f) {
        return esc(f.kind() + " · " + or(f.commodity(), "") + (f.route() == null ? "" : " " + f.route())) + ": <b>"
                + f.value() + esc(f.unit() == null ? "" : " " + f.unit()) + "</b> (" + esc(f.date()) + ") — <q>"
                + esc(f.evidence()) + "</q> — " + esc(or(f.source(), "-")) + " " + ids(List.of(f.article()));
    }

    private static void list(String heading, List<String> items, StringBuilder sb) {
        if (!items.isEmpty()) {
            sb.append("<h2>").append(heading).append("</h2>\n<ul>\n");
            items.forEach(x -> sb.append("<li>").append(x).append("</li>\n"));
            sb.append("</ul>\n");
        }
    }

    private static void story(Digest.Story s, StringBuilder sb) {
        sb.append("<article>\n<h2>").append(esc(s.title())).append("</h2>\n<p class=\"meta\">")
                .append(esc(or(s.source(), "-"))).append(" · ").append(esc(MarkdownRenderer.date(s.published())))
                .append(" · ").append(ids(List.of(s.article())));
        if (!s.outlets().isEmpty()) {
            sb.append(" · also: ").append(String.join(", ", s.outlets().stream().map(o -> esc(or(o.source(), "-"))
                    + " (" + esc(MarkdownRenderer.date(o.published())) + ", " + ids(List.of(o.article())) + ")")
                    .toList()));
        }
        sb.append("</p>\n");
        for (Digest.Section sec : s.sections()) {
            sb.append("<h3>").append(esc(sec.heading())).append("</h3>\n<ul>\n");
            for (Digest.Bullet b : sec.bullets()) {
                sb.append("<li>").append(esc(b.text())).append(' ');
                b.cites().forEach(n -> sb.append("<sup class=\"cite\">[").append(n).append("]</sup>"));
                sb.append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        sb.append("</article>\n");
    }

    private static String ids(List<String> ids) {
        StringBuilder sb = new StringBuilder();
        ids.forEach(id -> sb.append(sb.isEmpty() ? "" : " ").append("<code>").append(esc(id)).append("</code>"));
        return sb.toString();
    }

    private static String or(String s, String dflt) {
        return s == null ? dflt : s;
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String css() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/digest/digest.css")) {
            if (in == null) {
                throw new IllegalStateException("the bundled digest/digest.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled digest/digest.css is unreadable", e);
        }
    }
}
