package dev.monazite.quantity;

import java.util.List;
import java.util.Map;

/**
 * Words that make an amount a rate per year, day or month: after the unit ("5,000 tonnes a year", "t/yr",
 * 50 tấn mỗi ngày, 2万吨/年) or before the number (年产2万吨, 每天50吨, mỗi năm 3.000 tấn, annual capacity
 * of 5,000 tonnes). The rate is one of "yr", "day", "month".
 */
final class RatePhrase {
    /** A rate phrase after a unit, and where it ends. */
    record Match(int end, String rate) {}

    private static final Map<String, String> AFTER = Map.ofEntries(
            Map.entry(" a year", "yr"), Map.entry(" per year", "yr"), Map.entry(" per annum", "yr"),
            Map.entry(" each year", "yr"), Map.entry(" annually", "yr"), Map.entry(" a yr", "yr"),
            Map.entry("/year", "yr"), Map.entry("/yr", "yr"), Map.entry(" per yr", "yr"), Map.entry("/a", "yr"),
            Map.entry(" mỗi năm", "yr"), Map.entry(" một năm", "yr"), Map.entry(" hằng năm", "yr"),
            Map.entry(" hàng năm", "yr"), Map.entry("/năm", "yr"), Map.entry("/ năm", "yr"), Map.entry("/年", "yr"),
            Map.entry("每年", "yr"),
            Map.entry(" a day", "day"), Map.entry(" per day", "day"), Map.entry(" each day", "day"),
            Map.entry(" daily", "day"), Map.entry("/day", "day"), Map.entry("/d", "day"), Map.entry(" mỗi ngày", "day"),
            Map.entry(" một ngày", "day"), Map.entry("/ngày", "day"), Map.entry("/天", "day"), Map.entry("/日", "day"),
            Map.entry("每天", "day"), Map.entry("每日", "day"),
            Map.entry(" a month", "month"), Map.entry(" per month", "month"), Map.entry(" each month", "month"),
            Map.entry(" monthly", "month"), Map.entry("/month", "month"), Map.entry("/mo", "month"),
            Map.entry(" mỗi tháng", "month"), Map.entry(" một tháng", "month"), Map.entry("/tháng", "month"),
            Map.entry("/月", "month"), Map.entry("每月", "month"));
    private static final List<String> AFTER_LONGEST_FIRST =
            AFTER.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();

    // Before the number, read back to the start of its clause: 年产 (not 2024年产量 or 全年产量), 每年, 日产.
    private static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("年产", "yr"), Map.entry("年处理", "yr"), Map.entry("年均", "yr"), Map.entry("每年", "yr"),
            Map.entry("年出口", "yr"), Map.entry("年需求", "yr"), Map.entry("mỗi năm", "yr"), Map.entry("hằng năm", "yr"),
            Map.entry("hàng năm", "yr"), Map.entry("annual capacity", "yr"), Map.entry("annual output", "yr"),
            Map.entry("annual production", "yr"), Map.entry("annual processing", "yr"),
            Map.entry("日产", "day"), Map.entry("每天", "day"), Map.entry("每日", "day"), Map.entry("mỗi ngày", "day"),
            Map.entry("daily output", "day"), Map.entry("daily production", "day"),
            Map.entry("月产", "month"), Map.entry("每月", "month"), Map.entry("mỗi tháng", "month"),
            Map.entry("monthly output", "month"), Map.entry("monthly production", "month"));
    private static final int LOOK_BACK = 40;

    private RatePhrase() {}

    /** The rate phrase right after a unit ending at p, or null. */
    static Match after(String s, int p) {
        for (String w : AFTER_LONGEST_FIRST) {
            if (s.startsWith(w, p) && UnitLexicon.boundaryAfter(s, p + w.length(), w)) {
                return new Match(p + w.length(), AFTER.get(w));
            }
        }
        return null;
    }

    /** The rate named before the number that starts at start, in the same clause, or null. */
    static String before(String s, int start) {
        int from = start;
        while (from > 0 && start - from < LOOK_BACK && !clauseBreak(s.charAt(from - 1))) {
            from--;
        }
        String lead = s.substring(from, start);
        String best = null;
        int bestAt = -1;
        for (Map.Entry<String, String> e : BEFORE.entrySet()) {
            int at = lead.lastIndexOf(e.getKey());
            if (at > bestAt && valid(lead, at, e.getKey())) {
                best = e.getValue();
                bestAt = at;
            }
        }
        return best;
    }

    // 年产 after a year or 全/今/去 is a named year's output ("2024年产量", "全年产量"), an amount, not a rate;
    // a Latin phrase must start a word; a number between the phrase and ours belongs to another figure.
    private static boolean valid(String lead, int at, String word) {
        if (at < 0) {
            return false;
        }
        for (int k = at + word.length(); k < lead.length(); k++) {
            if (DigitRun.isDigit(lead.charAt(k))) {
                return false;
            }
        }
        if (word.charAt(0) == '年' && at > 0) {
            char before = lead.charAt(at - 1);
            return !DigitRun.isDigit(before) && !ChineseNumerals.isNumeralChar(before) && "全今去明前当本该同上".indexOf(before) < 0;
        }
        return !UnitLexicon.isLatin(word.charAt(0)) || at == 0 || !Character.isLetter(lead.charAt(at - 1));
    }

    private static boolean clauseBreak(char c) {
        return "，。；;！？!?,：:、（）()\n.".indexOf(c) >= 0;
    }
}
