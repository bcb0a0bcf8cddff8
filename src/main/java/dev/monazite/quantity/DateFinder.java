package dev.monazite.quantity;

import dev.monazite.text.Normaliser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds dates in Chinese, English and Vietnamese news text: absolute dates (2025年10月9日, October 9, 2025,
 * ngày 6 tháng 2 năm 2025, 2026-02-06), month and year periods (2025年1月至11月, Jan–Oct 2025), and
 * relative dates (今年4月, last month, năm ngoái) resolved against the article's publish date. Without
 * a reference date, relative and year-less dates are left out rather than guessed.
 */
public final class DateFinder {
    private DateFinder() {}

    public static List<DateMention> find(String text, Lang lang, LocalDate reference) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Lang l = lang == null ? Lang.OTHER : lang;
        String s = Normaliser.foldPreservingLength(text);
        List<DateMention> found = new ArrayList<>();
        java.util.EnumSet<DateRule.Needs> has = present(s);
        for (DateRule rule : DateRules.ordered()) {
            if (!has.contains(DateRules.needs(rule))) {
                continue;
            }
            Matcher m = rule.pattern().matcher(s);
            // Transparent bounds: lookbehinds and \b see the text before the region.
            m.useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = 0; i < s.length(); i++) {
                if (!rule.mayStartAt(s, i) || !m.region(i, s.length()).lookingAt()) {
                    continue;
                }
                // As find() would, go on after the match.
                i = m.end() - 1;
                if (overlaps(found, m.start(), m.end())) {
                    continue;
                }
                DateMention d = rule.resolve(m, l, reference);
                if (d != null) {
                    found.add(d);
                }
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return List.copyOf(found);
    }

    private static java.util.EnumSet<DateRule.Needs> present(String s) {
        java.util.EnumSet<DateRule.Needs> has = java.util.EnumSet.noneOf(DateRule.Needs.class);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                has.add(DateRule.Needs.DIGITS);
            } else if (c == '年' || c == '月' || c == '日' || c == '号') {
                has.add(DateRule.Needs.CJK);
            }
        }
        if (hasCalendarWord(s)) {
            has.add(DateRule.Needs.LETTERS);
        }
        if (s.contains("tháng") || s.contains("năm") || s.contains("ngày")) {
            has.add(DateRule.Needs.VIETNAMESE);
        }
        return has;
    }

    private static final java.util.Set<String> CALENDAR_WORDS = java.util.Set.of("january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "month", "year", "months", "years");

    // Month-name rules can only match where a month name (or "month"/"year") is written.
    private static boolean hasCalendarWord(String s) {
        int i = 0;
        while (i < s.length()) {
            if (!isAsciiLetter(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && isAsciiLetter(s.charAt(j))) {
                j++;
            }
            if (j - i >= 3 && j - i <= 9 && CALENDAR_WORDS.contains(s.substring(i, j))) {
                return true;
            }
            i = j;
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        for (DateMention d : found) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }
}
