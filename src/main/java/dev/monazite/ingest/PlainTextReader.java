package dev.monazite.ingest;

import dev.monazite.text.Normaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown: the first line is the title, then one paragraph per blank-line
 * separated block (or per line when the file has no blank lines, as pasted web articles do).
 * When the title line comes back later, the page printed its article again: what follows
 * becomes a second article, which deduplication then merges.
 */
final class PlainTextReader {
    private static final Pattern MARKDOWN_PREFIX = Pattern.compile("^(#{1,6}\\s+|>\\s*|[*+-]\\s+|\\d+\\.\\s+)");
    private static final Pattern MARKDOWN_INLINE = Pattern.compile("(\\*\\*|__|`)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    private PlainTextReader() {}

    static List<RawArticle> read(List<String> rawLines, boolean markdown) {
        List<String> blocks = blocks(rawLines, markdown);
        List<RawArticle> articles = new ArrayList<>();
        int start = 0;
        while (start < blocks.size()) {
            int end = repeatOfTitle(blocks, start);
            List<String> body = blocks.subList(start + 1, end);
            articles.add(new RawArticle(blocks.get(start), null, null, null, body));
            start = end;
        }
        return articles;
    }

    private static int repeatOfTitle(List<String> blocks, int start) {
        String title = Normaliser.fold(blocks.get(start));
        for (int i = start + 1; i < blocks.size(); i++) {
            if (Normaliser.fold(blocks.get(i)).equals(title)) {
                return i;
            }
        }
        return blocks.size();
    }

    private static List<String> blocks(List<String> lines, boolean markdown) {
        boolean hasBlankSeparators = lines.stream().anyMatch(String::isBlank);
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            String line = markdown ? stripMarkdown(raw.strip()) : raw.strip();
            if (line.isEmpty() || Debris.isDebris(line)) {
                flush(blocks, current);
                continue;
            }
            if (!hasBlankSeparators || (markdown && raw.stripLeading().startsWith("#"))) {
                flush(blocks, current);
            }
            join(current, line);
        }
        flush(blocks, current);
        return blocks;
    }

    private static void join(StringBuilder current, String line) {
        if (current.length() > 0) {
            boolean cjk = line.charAt(0) >= 0x2E80 || current.charAt(current.length() - 1) >= 0x2E80;
            if (!cjk) {
                current.append(' ');
            }
        }
        current.append(line);
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        if (current.length() > 0) {
            blocks.add(current.toString());
            current.setLength(0);
        }
    }

    static String stripMarkdown(String line) {
        String s = MARKDOWN_PREFIX.matcher(line).replaceFirst("");
        s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        return MARKDOWN_INLINE.matcher(s).replaceAll("");
    }
}
