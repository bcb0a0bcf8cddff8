package dev.monazite.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where stories start in text without date lines. A headline is a short line with no
 * sentence end that is not a section number, bullet, credit, byline or dateline, and body text
 * follows it. A text is split at its headlines only when it opens with one and has several: a
 * single story keeps its title and all its paragraphs together.
 */
final class Headline {
    /** Widest headline, in Latin chars; a CJK char counts two, as it carries about as much. */
    static final int MAX_WIDTH = 160;

    private static final String SENTENCE_END = ".。!?！？…;；:：";
    private static final String CLOSERS = "\"'”’»)）」』】》";
    private static final Pattern CITATIONS = Pattern.compile("(?:\\s*\\[\\d{1,3}\\])+$");
    // Section numbers ("01 ", "2.", "一、", "（三）", "Part 2"), bullets, credits, bylines, notes in brackets.
    private static final Pattern MARKER = Pattern.compile("(?iu)^(?:"
            + "\\d{1,2}(?:[.、)）](?!\\d)|\\s)|[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\\d]{1,3}[)）]"
            + "|[-*•·▪►–—]"
            + "|(?:group|part|section|phần|mục|chương)\\s*\\d|第[一二三四五六七八九十\\d]{1,3}[部章节節]"
            + "|(?:sources?|photo|image|credit|nguồn|ảnh|来源|來源|图片|圖片|资料来源|資料來源|责任编辑|責任編輯|编辑|編輯)\\s*[:：]"
            + "|(?-i:(?:By|Bởi)\\s+\\p{Lu})|(?:reporting|editing|writing)\\s+by\\b|(?:本报|本報)?(?:记者|記者)|文\\s*[|｜/:：]"
            + "|[(（\\[【].*[)）\\]】]$)");
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY_MONTH = "(?:" + MONTH + "\\s*\\d{1,2}|\\d{1,2}\\s+" + MONTH
            + "|(?:ngày\\s*)?\\d{1,2}\\s*(?:/\\s*\\d{1,2}|tháng\\s*\\d{1,2})|\\d{1,2}月\\d{1,2}日)";
    // "BEIJING, Nov 20", "Hà Nội, ngày 20/11 -", "新华社北京11月20日电": a place and a day, nothing more.
    private static final Pattern DATELINE = Pattern.compile("(?iu)^(?:[^,，]{2,40}[,，]\\s*" + DAY_MONTH
            + "(?!\\d).{0,30}|.{0,20}\\d{1,2}月\\d{1,2}日(?:电|電|讯|訊)?)$");

    private Headline() {}

    /**
     * Indices of the blocks that start stories: every headline when the first block is one and
     * there are at least two, else just 0 (an empty list for no blocks).
     */
    static List<Integer> storyStarts(List<String> blocks) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (startsStory(blocks, i)) {
                starts.add(i);
            }
        }
        return starts.size() >= 2 && starts.get(0) == 0 ? starts : List.of(0);
    }

    // Body text follows at once, or after one line that is not a headline (a dateline or byline).
    private static boolean startsStory(List<String> blocks, int i) {
        if (!isShaped(blocks.get(i)) || i + 1 >= blocks.size()) {
            return false;
        }
        String next = blocks.get(i + 1);
        return isBody(next) || !isShaped(next) && i + 2 < blocks.size() && isBody(blocks.get(i + 2));
    }

    /** True for a line with a headline's shape: short, no sentence end, not a marker or dateline. */
    static boolean isShaped(String line) {
        return !isBody(line) && line.codePoints().anyMatch(Character::isLetter)
                && !MARKER.matcher(line).find() && !DATELINE.matcher(line).matches();
    }

    /** True for body text: a line that ends a sentence, or one too wide for a headline. */
    static boolean isBody(String line) {
        return endsSentence(line) || width(line) > MAX_WIDTH;
    }

    /** True when the line's last char, before closing quotes, brackets and citation marks, ends a sentence. */
    static boolean endsSentence(String line) {
        String s = line.strip();
        if (s.endsWith("]")) {
            s = CITATIONS.matcher(s).replaceFirst("");
        }
        int end = s.length();
        while (end > 0 && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(s.charAt(end - 1)) >= 0;
    }

    static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
