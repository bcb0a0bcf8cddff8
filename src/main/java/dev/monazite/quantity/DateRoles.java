package dev.monazite.quantity;

import dev.monazite.quantity.DateMention.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides what each found date is to its sentence, from the words around it: a comparison base
 * ("compared with", 较, so với), a target ("by", 到…年, 2030年前, đến năm), the end of a validity
 * ("until", 有效期至, đến hết), or the figure's own date; a date after "since"/自…以来/từ becomes the
 * window from it to the reference. Also drops years that are really amounts ("2025 tonnes") and gives
 * comparison bases written without a date (上年同期, a year earlier) the period they shift back.
 */
final class DateRoles {
    private static final int LOOK_BACK = 40;
    private static final String EDGE = "(?:early\\s|late\\s|mid-|mid\\s|the\\send\\sof\\s|end\\sof\\s)?";
    private static final Pattern UNTIL = Pattern.compile("(?:\\buntil|\\btill|\\bthrough|\\bthru|有效期至|有效期到|有效期为|有效期延长至"
            + "|暂停至|暂停到|延长至|延长到|延期至|推迟至|持续至|持续到|đến\\shết|kéo\\sdài\\sđến|hiệu\\slực\\sđến)\\s?" + EDGE + "$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TARGET = Pattern.compile("(?:\\bby|\\bno\\slater\\sthan|\\bin\\stime\\sfor|(?<![自从止])到|(?<![自从截\\d月年])至"
            + ")\\s?" + EDGE + "$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BASE = Pattern.compile("(?:\\bcompared\\s(?:with|to)|\\bversus|\\bvs\\.?|\\bagainst|\\bthan(?:\\sin)?"
            + "|\\bover|较|比|相较于?|相比|环比|so\\svới|so\\svới\\scùng\\skỳ)\\s?(?:the\\ssame\\s(?:period|month|quarter)\\s(?:of|in)\\s)?"
            + EDGE + "$", Pattern.UNICODE_CHARACTER_CLASS);
    // "up 12% from October 2024": "from" after a figure names the base it moved from
    private static final Pattern FROM_AFTER_FIGURE = Pattern.compile("(?:\\d|%|percent|tonnes|tons)[^.;,]{0,25}\\sfrom\\s" + EDGE + "$");
    private static final Pattern SINCE = Pattern.compile("(?:\\bsince|自从?|kể\\stừ|\\btừ)\\s?(?:early\\s|late\\s|mid-|mid\\s)?(?:đầu\\s)?$",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern FUTURE = Pattern.compile("(?:将|將|\\bwill\\b|\\bsẽ\\b)", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern STARTING = Pattern.compile("(?:\\bstarting(?:\\sfrom)?|\\beffective(?:\\sfrom)?|\\bas\\sof"
            + "|\\bbeginning|có\\shiệu\\slực\\stừ(?:\\sngày)?|bắt\\sđầu\\stừ(?:\\sngày)?)\\s?$", Pattern.UNICODE_CHARACTER_CLASS);

    private DateRoles() {}

    static List<DateMention> assign(String s, List<DateMention> found, LocalDate reference) {
        if (found.isEmpty()) {
            return found;
        }
        List<DateMention> out = new ArrayList<>(found.size());
        for (DateMention d : found) {
            if (amount(s, d)) {
                continue;
            }
            DateMention r = d.role() == Role.BASE ? fromContext(d, out) : withRole(s, d, reference);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** "2025 tonnes", "2026 yuan": a year-shaped number followed by a unit is an amount, not a year. */
    private static boolean amount(String s, DateMention d) {
        if (!d.value().matches("\\d{4}") || d.end() - d.start() != 4) {
            return false;
        }
        int p = d.end();
        int q = p < s.length() && s.charAt(p) == ' ' ? p + 1 : p;
        if (q >= s.length() || !Character.isLetter(s.charAt(q)) && s.charAt(q) != '%') {
            return false;
        }
        UnitLexicon.Match u = UnitLexicon.suffix(s, p, Lang.OTHER);
        return u != null && u.kind() != Quantity.Kind.NUMBER;
    }

    /**
     * A comparison base written without a date takes the figure's own period (the nearest date before
     * it in the text) shifted back; with none it keeps the reference's year or month before, and with
     * no reference either it is dropped.
     */
    private static DateMention fromContext(DateMention base, List<DateMention> before) {
        int months = base.value().startsWith(RelativePeriods.FROM_CONTEXT) ? Integer.parseInt(base.value().substring(1))
                : base.value().length() == 4 ? 12 : 1;
        for (int k = before.size() - 1; k >= 0; k--) {
            DateMention own = before.get(k);
            if (own.role() == Role.AT) {
                return new DateMention(base.start(), base.end(), shift(own.value(), months), own.explicitYear(), Role.BASE);
            }
        }
        return base.value().startsWith(RelativePeriods.FROM_CONTEXT) ? null : base;
    }

    private static String shift(String value, int months) {
        int slash = value.indexOf('/');
        if (slash >= 0) {
            return shift(value.substring(0, slash), months) + "/" + shift(value.substring(slash + 1), months);
        }
        if (value.length() == 4) {
            return String.format("%04d", Integer.parseInt(value) - Math.max(1, months / 12));
        }
        if (value.length() == 7) {
            return YearMonth.parse(value).minusMonths(months).toString();
        }
        return LocalDate.parse(value).minusMonths(months).toString();
    }

    private static DateMention withRole(String s, DateMention d, LocalDate reference) {
        String lead = lead(s, d.start());
        if (UNTIL.matcher(lead).find()) {
            return ahead(s, d.as(Role.UNTIL), reference);
        }
        boolean onwards = s.startsWith("起", d.end()) || s.startsWith("开始", d.end());
        if ((onwards || STARTING.matcher(lead).find()) && FUTURE.matcher(lead).find()) {
            return ahead(s, d, reference); // 将自6月1日起: a plan starts ahead of its report, not at the last June 1
        }
        if (!onwards && (SINCE.matcher(lead).find() || s.startsWith("以来", d.end()) || s.startsWith("至今", d.end()))) {
            return window(d, reference);
        }
        // "from January to July 2018" after a figure is its window, not a base it moved from
        boolean fromBase = FROM_AFTER_FIGURE.matcher(lead).find() && !d.value().contains("/");
        if (BASE.matcher(lead).find() || fromBase || withComparison(s, lead, d)) {
            return d.as(Role.BASE);
        }
        if (TARGET.matcher(lead).find() && !d.value().contains("/") || targetAfter(s, d) || vietnameseTarget(s, lead, d)) {
            return ahead(s, d.as(Role.TARGET), reference);
        }
        return d;
    }

    /** A deadline or an end written without its year ("until November" in June) lies ahead of the reference. */
    private static DateMention ahead(String s, DateMention d, LocalDate reference) {
        String v = d.value();
        if (reference != null && DateRules.isDayAlone(s, d)) { // 将自15日起 on the 13th: this month's 15th
            LocalDate day = LocalDate.parse(v);
            return day.isBefore(reference)
                    ? new DateMention(d.start(), d.end(), day.plusMonths(1).toString(), false, d.role()) : d;
        }
        if (d.explicitYear() || reference == null || v.length() < 7 || v.contains("/")
                || v.substring(0, 7).compareTo(YearMonth.from(reference).toString()) >= 0) {
            return d;
        }
        String later = v.length() == 7 ? YearMonth.parse(v).plusYears(1).toString() : LocalDate.parse(v).plusYears(1).toString();
        return new DateMention(d.start(), d.end(), later, false, d.role());
    }

    // 与2024年相比, 与去年同期比: 与 makes a base only with the comparison word after the date
    private static boolean withComparison(String s, String lead, DateMention d) {
        return lead.endsWith("与") && (s.startsWith("相比", d.end()) || s.startsWith("比", d.end())
                || s.startsWith("同期相比", d.end()) || s.startsWith("同期比", d.end()));
    }

    // đến năm 2030, trước năm 2030, tới năm 2028: only before a year ("trước Tết" is just "before Tết")
    private static boolean vietnameseTarget(String s, String lead, DateMention d) {
        return s.startsWith("năm ", d.start()) && VIETNAMESE_TARGET.matcher(lead).find();
    }

    private static final Pattern VIETNAMESE_TARGET = Pattern.compile("\\b(?:đến|tới|trước)\\s$", Pattern.UNICODE_CHARACTER_CLASS);

    // 2030年前, 2027年之前, 2030年以前: a deadline
    private static boolean targetAfter(String s, DateMention d) {
        int e = d.end();
        return d.value().matches("\\d{4}") && (s.startsWith("前", e) || s.startsWith("之前", e) || s.startsWith("以前", e))
                && !s.startsWith("前三", e) && !s.startsWith("前两", e);
    }

    /** "since April" in a June story: the window 2025-04/2025-06, the figure's own period. */
    private static DateMention window(DateMention d, LocalDate reference) {
        if (reference == null || d.value().contains("/")) {
            return d;
        }
        String v = d.value();
        String from = v.length() > 7 ? v.substring(0, 7) : v;
        String to = from.length() == 4 ? String.format("%04d", reference.getYear()) : YearMonth.from(reference).toString();
        if (from.compareTo(to) >= 0) {
            return d;
        }
        return new DateMention(d.start(), d.end(), from + "/" + to, d.explicitYear(), Role.AT);
    }

    // The clause before the date: at most LOOK_BACK characters, not past a sentence or clause stop.
    private static String lead(String s, int start) {
        int from = start;
        while (from > 0 && start - from < LOOK_BACK && "，。；;！？!?,\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        return s.substring(from, start);
    }
}
