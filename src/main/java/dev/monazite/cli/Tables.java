package dev.monazite.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CSV (RFC 4180) and plain-text renderings of rows, for spreadsheets and terminals. */
final class Tables {
    private static final Set<String> TABLE_SKIP = Set.of("file", "files", "evidence", "article", "span", "version", "confidence",
            "paragraph", "source", "published");

    private Tables() {}

    static void csv(PrintStream out, List<Map<String, Object>> rows, List<String> columns) {
        out.println(String.join(",", columns));
        for (Map<String, Object> r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object v = r.get(columns.get(i));
                sb.append(v == null ? "" : quote(cell(v)));
            }
            out.println(sb);
        }
    }

    // A review reads "corrected by ana: was metric=refining"; other values as they print.
    static String cell(Object v) {
        if (v instanceof Map<?, ?> m && m.containsKey("verdict")) {
            Object was = m.get("was");
            return m.get("verdict") + " by " + m.get("by") + (was instanceof Map<?, ?> w && !w.isEmpty() ? ": was "
                    + String.join(", ", w.entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).toList()) : "");
        }
        return String.valueOf(v);
    }

    static String quote(String s) {
        return dev.monazite.views.Spreadsheet.quote(s);
    }

    static void table(PrintStream out, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            out.println("no facts");
            return;
        }
        for (Map<String, Object> r : rows) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Object> e : r.entrySet()) {
                if (!TABLE_SKIP.contains(e.getKey()) && e.getValue() != null) {
                    sb.append(e.getKey().equals("type") ? String.format("%-9s", e.getValue())
                            : e.getKey().equals("review") ? "[" + cell(e.getValue()) + "]" : e.getKey() + "=" + cell(e.getValue()))
                            .append("  ");
                }
            }
            out.println(sb.toString().strip());
            out.println("          “" + r.get("evidence") + "” (" + r.get("file") + " ¶" + r.get("paragraph") + ")");
        }
        out.println(rows.size() + " fact(s)");
    }
}
