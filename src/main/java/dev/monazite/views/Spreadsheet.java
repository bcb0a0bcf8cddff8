package dev.monazite.views;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A view as sheets of rows, written as CSV (the first sheet) or as an Excel workbook: the one form
 * of the downloads the command line ({@code --format csv|xlsx}) and the web API ({@code format=})
 * give. In the workbook numbers are numeric cells, dates in a date column real Excel dates, and
 * every sheet has a frozen header row with an autofilter.
 *
 * @param name the download's file name without extension, e.g. {@code facts}
 */
public record Spreadsheet(String name, List<Sheet> sheets) {
    /** One sheet: its name, its columns in order, and rows keyed by column (a missing key is an empty cell). */
    public record Sheet(String name, List<String> columns, List<Map<String, Object>> rows) {}

    /** The download formats, with their content type. */
    public enum Format {
        csv("text/csv; charset=utf-8"),
        xlsx("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        /**
         * The format named, as the CLI and the API spell it.
         *
         * @throws IllegalArgumentException naming the value and the formats accepted
         */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format '" + name + "' is not csv or xlsx");
        }
    }

    // Columns whose text is a date or a time; anything else stays text or a number.
    private static final Set<String> DATE_COLUMNS = Set.of("date", "published", "start", "end", "at");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?.*)?)?)?");

    /** The file name a download is offered under, e.g. {@code facts.xlsx}: letters, digits, '.', '_' and '-' only. */
    public String fileName(Format format) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.name();
    }

    /** The same sheets under another file name. */
    public Spreadsheet named(String other) {
        return new Spreadsheet(other, sheets);
    }

    /** Writes the download in the format asked for; the stream is left open. */
    public void write(Format format, OutputStream out) throws IOException {
        if (format == Format.xlsx) {
            xlsx(out);
        } else {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            csv(w, sheets.get(0));
            w.flush();
        }
    }

    /** The workbook: one worksheet per sheet. */
    public void xlsx(OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Monazite", "1.0");
        for (Sheet s : sheets) {
            worksheet(wb.newWorksheet(s.name()), s);
        }
        wb.finish();
    }

    private static void worksheet(Worksheet ws, Sheet s) {
        List<String> columns = s.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c));
            ws.style(0, c).bold().set();
        }
        for (int r = 0; r < s.rows().size(); r++) {
            Map<String, Object> row = s.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                cell(ws, r + 1, c, columns.get(c), row.get(columns.get(c)));
            }
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, s.rows().size(), Math.max(0, columns.size() - 1));
    }

    private static void cell(Worksheet ws, int r, int c, String column, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (v instanceof LocalDateTime t) {
            dated(ws, r, c, t, "yyyy-mm-dd hh:mm");
        } else if (v instanceof LocalDate d) {
            dated(ws, r, c, d.atStartOfDay(), "yyyy-mm-dd");
        } else if (DATE_COLUMNS.contains(column) && date(ws, r, c, String.valueOf(v))) {
            return;
        } else {
            ws.value(r, c, text(v));
        }
    }

    // "2025", "2025-11", "2025-11-20" and "2025-11-20T19:09" become dates shown as written; a range
    // ("2025-01/2025-10") or a quarter stays text.
    private static boolean date(Worksheet ws, int r, int c, String s) {
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return false;
        }
        try {
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            LocalDateTime t = LocalDate.of(Integer.parseInt(m.group(1)), month, day).atTime(
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
            dated(ws, r, c, t, m.group(2) == null ? "yyyy" : m.group(3) == null ? "yyyy-mm"
                    : m.group(4) == null ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm");
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static void dated(Worksheet ws, int r, int c, LocalDateTime t, String format) {
        ws.value(r, c, t);
        ws.style(r, c).format(format).set();
    }

    /** A cell's text: lists joined with "; ", an analyst's review as "corrected by ana: was metric=refining". */
    public static String text(Object v) {
        if (v instanceof Map<?, ?> m && m.containsKey("verdict")) {
            Object was = m.get("was");
            return m.get("verdict") + " by " + m.get("by") + (was instanceof Map<?, ?> w && !w.isEmpty() ? ": was "
                    + String.join(", ", w.entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).toList()) : "");
        }
        if (v instanceof List<?> l) {
            return String.join("; ", l.stream().map(Spreadsheet::text).toList());
        }
        return String.valueOf(v);
    }

    /** One sheet as CSV (RFC 4180 quoting, lines ending in LF as the command line prints them): a header line, then a line per row. */
    public static void csv(Writer out, Sheet s) throws IOException {
        out.write(String.join(",", s.columns()) + "\n");
        for (Map<String, Object> r : s.rows()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.columns().size(); i++) {
                Object v = r.get(s.columns().get(i));
                sb.append(i > 0 ? "," : "").append(v == null ? "" : quote(text(v)));
            }
            out.write(sb.append("\n").toString());
        }
    }

    /** A CSV field, quoted where needed; text a spreadsheet would run as a formula gets a leading quote. */
    public static String quote(String s) {
        boolean needs = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        // a leading = + - @ would be run as a formula by spreadsheets: news text is untrusted
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+") ? "'" + s : s;
        return needs || !safe.equals(s) ? "\"" + safe.replace("\"", "\"\"") + "\"" : s;
    }
}
