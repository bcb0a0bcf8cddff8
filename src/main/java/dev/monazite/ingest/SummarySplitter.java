package dev.monazite.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the one-line structured summaries of clipping tools ("Core Insights - ... [1][4]. Group 1:
 * Heading - bullet [4]. - bullet [4]. 中美贸易与农业影响 - ...") into paragraphs: every heading and
 * every bullet becomes its own paragraph. Ordinary prose lines come back unchanged.
 */
final class SummarySplitter {
    private static final Pattern CITATIONS = Pattern.compile("(?:\\[\\d{1,3}\\])+[.。]?\\s+");

    private SummarySplitter() {}

    static List<String> split(String line) {
        if (line.length() < 120 || !line.contains(" - ")) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        int last = line.startsWith("- ") ? 2 : 0;
        int i = line.indexOf(" - ", last);
        while (i >= 0) {
            addPiece(pieces, line.substring(last, i));
            last = i + 3;
            i = line.indexOf(" - ", last);
        }
        addPiece(pieces, line.substring(last));
        return pieces;
    }

    // A piece may be "bullet text [4]. Group 2: Heading": cut the heading off after the citations.
    private static void addPiece(List<String> out, String piece) {
        String s = piece.strip();
        if (s.isEmpty()) {
            return;
        }
        int cut = headingCut(s);
        if (cut > 0 && cut < s.length()) {
            out.add(s.substring(0, cut).strip());
            out.add(s.substring(cut).strip());
        } else {
            out.add(s);
        }
    }

    private static int headingCut(String s) {
        if (s.indexOf('[') < 0) {
            return -1; // no citation mark: the regex need not look
        }
        Matcher m = CITATIONS.matcher(s);
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        return cut >= s.length() ? -1 : cut;
    }
}
