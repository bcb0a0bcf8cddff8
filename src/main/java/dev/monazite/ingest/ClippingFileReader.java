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
 * workflow name), then items of a title line, a {@code source · YYYY-MM-DD hh:mm} line and a body
 * of one paragraph a line. Only such a title and date-line pair starts an item; text without any
 * date line is not a clipping file and goes to {@link PlainTextReader}, which splits it at headlines.
 */
final class ClippingFileReader {
    static final Pattern DATE_LINE = Pattern.compile(
            "^(?<source>[^\\n]{1,80}?)\\s*[·•・]\\s*(?<date>\\d{4}-\\d{1,2}-\\d{1,2})(?:\\s+(?<time>\\d{1,2}:\\d{2}))?\\s*$");
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
            if (isTitle(lines, dated, i)) {
                return i;
            }
        }
        return lines.size();
    }

    // Only a title and date-line pair starts an item: a short paragraph or a dateline ("BEIJING,
    // Nov 20") between long ones is part of its story, however much it looks like a headline.
    private static boolean isTitle(List<String> lines, boolean[] dated, int i) {
        return !dated[i] && lines.get(i).length() <= MAX_TITLE && i + 1 < lines.size() && dated[i + 1];
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
