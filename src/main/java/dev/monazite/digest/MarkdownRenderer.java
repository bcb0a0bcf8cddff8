package dev.monazite.digest;

import java.util.List;

/** Markdown for reading in a terminal or a Markdown viewer; article text is escaped so it cannot become markup. */
final class MarkdownRenderer {
    String render(Digest d) {
        StringBuilder sb = new StringBuilder();
        header(d, sb);
        int i = 1;
        for (Digest.Story s : d.stories()) {
            story(i++, s, sb);
        }
        return sb.toString();
    }

    private static void header(Digest d, StringBuilder sb) {
        Digest.Overview o = d.overview();
        sb.append("# Digest: ").append(esc(d.workflow() == null ? o.query() : d.workflow())).append("\n\n");
        sb.append("Window: ").append(or(d.window().from(), "start")).append(" – ").append(or(d.window().to(), "now"))
                .append(" · ").append(o.stories()).append(" stories from ").append(o.articles()).append(" articles · ")
                .append(o.mode()).append(o.dropped() > 0 ? " · " + o.dropped() + " model bullets dropped (unverified)" : "")
                .append("\n\n");
        list("Latest figures", o.figures().stream().map(MarkdownRenderer::figure).toList(), sb);
        list("Policy events", o.policies().stream().map(MarkdownRenderer::event).toList(), sb);
        list("Conflicting claims", o.conflicts().stream().map(c -> esc(c.claim()) + ": "
                + esc(String.join("; ", c.values())) + " (consensus " + c.consensus()
                + ", outlets: " + c.outlets() + ")").toList(), sb);
        list("Notices", o.notices().stream().map(MarkdownRenderer::esc).toList(), sb);
    }

    private static String figure(Digest.Figure f) {
        return f.kind() + " · " + esc(f.commodity()) + (f.route() == null ? "" : " " + esc(f.route())) + ": **"
                + f.value() + (f.unit() == null ? "" : " " + esc(f.unit())) + "** (" + f.date() + ") — “"
                + esc(f.evidence()) + "” — " + esc(or(f.source(), "-")) + " `" + f.article() + "`";
    }

    private static String event(Digest.Event e) {
        return or(e.date(), "undated") + " · " + esc(or(e.actor(), "?")) + " " + esc(or(e.action(), "")) + " "
                + esc(or(e.target(), "")) + " — “" + esc(e.evidence()) + "” `" + String.join("` `", e.articles()) + "`";
    }

    private static void list(String heading, List<String> items, StringBuilder sb) {
        if (!items.isEmpty()) {
            sb.append("## ").append(heading).append("\n\n");
            items.forEach(x -> sb.append("- ").append(x).append('\n'));
            sb.append('\n');
        }
    }

    private static void story(int i, Digest.Story s, StringBuilder sb) {
        sb.append("---\n\n## ").append(i).append(". ").append(esc(s.title())).append("\n\n");
        sb.append(esc(or(s.source(), "-"))).append(" · ").append(date(s.published())).append(" · `").append(s.article())
                .append('`');
        if (!s.outlets().isEmpty()) {
            sb.append(" · also: ").append(String.join(", ", s.outlets().stream()
                    .map(o -> esc(or(o.source(), "-")) + " (" + date(o.published()) + ", `" + o.article() + "`)")
                    .toList()));
        }
        sb.append("\n\n");
        for (Digest.Section sec : s.sections()) {
            sb.append("**").append(esc(sec.heading())).append("**\n\n");
            for (Digest.Bullet b : sec.bullets()) {
                sb.append("- ").append(esc(b.text())).append(' ').append(cites(b.cites())).append('\n');
            }
            sb.append('\n');
        }
    }

    static String cites(List<Integer> cites) {
        StringBuilder sb = new StringBuilder();
        cites.forEach(n -> sb.append("\\[").append(n).append("\\]"));
        return sb.toString();
    }

    static String date(String iso) {
        return iso == null ? "undated" : iso.replace('T', ' ');
    }

    private static String or(String s, String dflt) {
        return s == null ? dflt : s;
    }

    // Backslash escapes are plain CommonMark: a <script> or a [link](x) in an article stays text.
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").toCharArray()) {
            if ("\\`*_[]<>&".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
