package dev.monazite.ingest;

import dev.monazite.text.Normaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain text and Markdown: the first line is the title, then one paragraph per line (per
 * blank-line separated block in Markdown and in hard-wrapped text). Plain text holding several
 * stories is split at their headlines ({@link Headline}); a clipping tool's header is dropped.
 * When the title line comes back later, the page printed its article again: what follows
 * becomes a second article, which deduplication then merges.
 */
final class PlainTextReader {
    private static final int WRAP_WIDTH = 100;
    private static final Pattern MARKDOWN_PREFIX = Pattern.compile("^(#{1,6}\\s+|>\\s*|[*+-]\\s+|\\d+\\.\\s+)");
    private static final Pattern MARKDOWN_INLINE = Pattern.compile("(\\*\\*|__|`)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    private PlainTextReader() {}

    static List<RawArticle> read(List<String> rawLines, boolean markdown) {
        List<String> blocks = blocks(rawLines.subList(Debris.headerEnd(rawLines), rawLines.size()), markdown);
        List<Integer> starts = markdown ? List.of(0) : Headline.storyStarts(blocks);
        List<RawArticle> articles = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : blocks.size();
            readStory(blocks.subList(starts.get(s), end), articles);
        }
        return articles;
    }

    // A story whose title comes back was printed twice: each copy becomes an article.
    private static void readStory(List<String> blocks, List<RawArticle> out) {
        int start = 0;
        while (start < blocks.size()) {
            int end = repeatOfTitle(blocks, start);
            out.add(new RawArticle(blocks.get(start), null, null, null, blocks.subList(start + 1, end)));
            start = end;
        }
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
        boolean joinLines = hasBlankSeparators && (markdown || isHardWrapped(lines));
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            String line = markdown ? stripMarkdown(raw.strip()) : raw.strip();
            if (line.isEmpty() || Debris.isDebris(line)) {
                flush(blocks, current);
                continue;
            }
            if (!joinLines || (markdown && raw.stripLeading().startsWith("#"))) {
                flush(blocks, current);
            }
            join(current, line);
        }
        flush(blocks, current);
        return blocks;
    }

    // Hard-wrapped prose (mail, terminal copies) breaks narrow lines mid-sentence; text written one
    // paragraph a line ends most lines that have a line below them at a sentence end.
    private static boolean isHardWrapped(List<String> lines) {
        int inside = 0;
        int ended = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (Headline.width(line) > WRAP_WIDTH) {
                return false;
            }
            if (!line.isEmpty() && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                inside++;
                ended += Headline.endsSentence(line) ? 1 : 0;
            }
        }
        return inside > 0 && ended * 2 < inside;
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
