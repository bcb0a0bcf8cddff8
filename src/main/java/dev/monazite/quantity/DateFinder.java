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
        for (DateRule rule : DateRules.ordered()) {
            Matcher m = rule.pattern().matcher(s);
            while (m.find()) {
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

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        for (DateMention d : found) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }
}
