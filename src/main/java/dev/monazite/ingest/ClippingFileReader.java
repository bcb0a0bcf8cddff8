package dev.monazite.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads clipping files exported from analysts' news tools: a header (tool debris and the
 * workflow name), then items of a title line, usually a {@code source · YYYY-MM-DD hh:mm} line,
 * and a body. Items without a date line are found by their shape: a short title line between
 * long body lines.
 */
final class ClippingFileReader {
    static final Pattern DATE_LINE = Pattern.compile(
            "^(?<source>[^\\n]{1,80}?)\\s*[·•・]\\s*(?<date>\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s+(?<time>\\d{1,2}:\\d{2}))?\\s*$");
    private static final int LONG_LINE = 200;
    private static final int MAX_TITLE = 160;

    private ClippingFileReader() {}

    static boolean looksLikeClipping(List<String> lines) {
        int dated = 0;
        for (String line : lines) {
            if (isDateLine(line.strip())) {
                dated++;
            }
        }
        return dated > 0;
    }

    static List<RawArticle> read(List<String> rawLines) {
        List<String> lines = rawLines.stream().map(String::strip).filter(l -> !Debris.isDebris(l)).toList();
        boolean[] dated = new boolean[lines.size()];
        for (int i = 0; i < dated.length; i++) {
            dated[i] = isDateLine(lines.get(i));
        }
        List<RawArticle> articles = new ArrayList<>();
        int i = nextTitle(lines, dated, 0);
        while (i < lines.size()) {
            int next = nextTitle(lines, dated, i + 1);
            articles.add(item(lines.subList(i, next)));
            i = next;
        }
        return articles;
    }

    private static int nextTitle(List<String> lines, boolean[] dated, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (isTitle(lines, dated, i) && (i == 0 || !dated[i - 1])) {
                return i;
            }
        }
        return lines.size();
    }

    // A title is followed by a date line, or (undated items) is short, sits after a long
    // body line and before another long body line.
    private static boolean isTitle(List<String> lines, boolean[] dated, int i) {
        String line = lines.get(i);
        if (dated[i] || line.length() > MAX_TITLE || i + 1 >= lines.size()) {
            return false;
        }
        if (dated[i + 1]) {
            return true;
        }
        return i > 0 && lines.get(i - 1).length() >= LONG_LINE && lines.get(i + 1).length() >= LONG_LINE;
    }

    private static boolean isDateLine(String line) {
        // cheap pre-check: every date line has a middle dot and a digit
        return line.length() < 120 && (line.indexOf('·') >= 0 || line.indexOf('•') >= 0 || line.indexOf('・') >= 0)
                && DATE_LINE.matcher(line).matches();
    }

    private static RawArticle item(List<String> lines) {
        String title = lines.get(0);
        String source = null;
        LocalDateTime published = null;
        int body = 1;
        if (lines.size() > 1) {
            Matcher m = DATE_LINE.matcher(lines.get(1));
            if (m.matches()) {
                source = m.group("source").strip();
                published = parseDate(m.group("date"), m.group("time"));
                body = 2;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines.subList(body, lines.size())) {
            paragraphs.addAll(SummarySplitter.split(line));
        }
        return new RawArticle(title, source, published, null, paragraphs);
    }

    private static LocalDateTime parseDate(String date, String time) {
        String[] p = date.split("-");
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            if (time == null) {
                return d.atStartOfDay();
            }
            String[] t = time.split(":");
            return d.atTime(LocalTime.of(Integer.parseInt(t[0]), Integer.parseInt(t[1])));
        } catch (RuntimeException e) {
            return null; // an impossible date line ("2025-13-40") leaves the item undated rather than guessed
        }
    }
}
