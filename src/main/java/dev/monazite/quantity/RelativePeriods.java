package dev.monazite.quantity;

import dev.monazite.quantity.DateMention.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date rules for periods named without a year or by a calendar word: quarters and halves (三季度, Q3, quý
 * III), the first months of a year (前10个月, first ten months, 10 tháng đầu năm), the year's end (cuối năm,
 * end of the year), weekdays (周二, Tuesday, thứ Ba), holidays (春节, National Day, Tết) and comparison bases
 * (上年同期, a year earlier, cùng kỳ năm trước). They resolve against the reference date; with none, only
 * those that write their year resolve. Tried before the general rules (see DateRules), so each pattern
 * steps aside where a year follows that a general rule reads with it.
 */
final class RelativePeriods {
    private static final String CN_N = "(\\d{1,2}|[一二三四五六七八九十两]{1,3})";
    private static final String EN_N = "(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})";
    /** Marks a comparison base whose value DateRoles takes from the figure's own date, when the text has one. */
    static final String FROM_CONTEXT = "?";

    private RelativePeriods() {}

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    static List<DateRule> rules() {
        return List.of(
            // comparison bases: 上年同期, a year earlier, the same month last year, cùng kỳ năm trước
            new DateRule(DateStart.chars("上去"), p("(?:上年|去年|上一年)(?:同期|同月|同季度?)"), (m, l, r) -> base(m, r, 12)),
            new DateRule(DateStart.words(Set.of("a", "one", "the", "year")),
                p("\\b(?:(?:a|one)\\s(year|month)\\s(?:earlier|ago|before)|the\\s(?:previous|prior|preceding)\\s(year|month)"
                    + "|the\\ssame\\s(?:period|month|quarter|time)\\s(?:a\\syear\\s(?:earlier|ago)|last\\syear|of\\s(?:last|the\\sprevious)\\syear)"
                    + "|(year)-(?:earlier|ago)\\s(?:period|levels?|month|quarter))\\b"),
                (m, l, r) -> base(m, r, "month".equals(m.group(1)) || "month".equals(m.group(2)) ? 1 : 12)).needs(DateRule.Needs.LETTERS),
            new DateRule(DateStart.words(Set.of("cùng")), p("\\bcùng\\skỳ(?:\\s(?:của\\s)?năm\\s(?:trước|ngoái))?"),
                (m, l, r) -> base(m, r, 12)).needs(DateRule.Needs.ANY),
            // the first months of a year: 2025年前10个月, 今年前三个月, 前10个月, 2025年1-10月, 1-10月
            new DateRule(DateStart.chars("12今去明"), p("((?:19|20)\\d{2}\\s?年|今年|去年|明年)\\s?前" + CN_N + "个?月"),
                RelativePeriods::chineseFirstMonths).digits("4", "年 "),
            new DateRule(DateStart.chars("前"), p("(?<![年\\d])前" + CN_N + "个?月"), RelativePeriods::firstMonthsOfReference),
            new DateRule(DateStart.chars("12"), p("((?:19|20)\\d{2})\\s?年\\s?(\\d{1,2})\\s?(?:-|至|到|~|—|–)\\s?(\\d{1,2})\\s?月份?"),
                (m, l, r) -> months(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), true))
                .digits("4", "年 "),
            new DateRule(DateStart.chars("0123456789"), p("(?<![\\d年./-])(\\d{1,2})\\s?(?:-|至|到|~|—|–)\\s?(\\d{1,2})\\s?月份?"),
                (m, l, r) -> r == null ? null : months(m, DateRules.yearOfMonth(Integer.parseInt(m.group(2)), r),
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), false)).digits("12", "-至到~—– "),
            new DateRule(DateStart.words(Set.of("the", "first")),
                p("\\b(?:the\\s)?first\\s" + EN_N + "\\smonths(?:\\sof\\s(?:(?:the|this)\\syear|((?:19|20)\\d{2})|(last|next)\\syear))?"),
                RelativePeriods::englishFirstMonths).needs(DateRule.Needs.LETTERS),
            new DateRule(DateStart.chars("0123456789"),
                p("\\b(\\d{1,2})\\stháng\\sđầu(?:\\s(?:của\\s)?năm(?:\\s(nay|ngoái|trước|(\\d{4})))?)?"),
                RelativePeriods::vietnameseFirstMonths).digits("12", " "),
            // a running total since January: lũy kế 9 tháng (cumulative nine months), luỹ kế 10 tháng năm 2024
            new DateRule(DateStart.words(Set.of("lũy", "luỹ")),
                p("\\b(?:lũy|luỹ)\\skế\\s(\\d{1,2})\\stháng(?:\\s(?:đầu\\s)?(?:của\\s)?năm(?:\\s(nay|ngoái|trước|(\\d{4})))?)?"),
                RelativePeriods::vietnameseFirstMonths).needs(DateRule.Needs.VIETNAMESE),
            // quarters and halves without a written year: 三季度, 下半年, 前三季度, Q3, the first half, quý III;
            // never the 二季度 inside 2025年第二季度 or 去年第二季度, which the year's own rule reads whole
            new DateRule(DateStart.chars("第一二三四1234上下前"), p("(?<![年\\d前第])(?:第?([一二三四1-4])季度|第([一二三四1-4])季|([上下])半年|前([一二三1-3])季度)"),
                RelativePeriods::chineseQuarter).needs(DateRule.Needs.ANY),
            new DateRule(DateStart.words(Set.of("q", "h", "first", "second", "third", "fourth")),
                p("\\b(?:(q[1-4])|(first|second|third|fourth)\\squarter|(first|second)\\shalf|(h[12]))\\b"
                    + "(?:\\s(?:of\\s)?(?:(this|last|next|the)\\syear))?(?!\\s(?:of\\s)?(?:19|20)\\d{2}|[-/]\\d)"),
                RelativePeriods::englishQuarter).needs(DateRule.Needs.ANY),
            new DateRule(DateStart.charsOrWords("6", Set.of("quý", "nửa")),
                p("\\b(?:quý\\s(1|2|3|4|iv|iii|ii|i)\\b|(nửa\\sđầu|nửa\\scuối|6\\stháng\\scuối))(?:\\s(?:của\\s)?năm)?"
                    + "(?:\\s(nay|ngoái|trước|sau|tới))?(?!\\s(?:năm\\s)?\\d{4}|/\\d|\\d)"),
                RelativePeriods::vietnameseQuarter).needs(DateRule.Needs.ANY).digits("1", " "),
            // the end or start of a year: end of the year, year-end, cuối năm nay, đầu năm 2026
            new DateRule(DateStart.words(Set.of("the", "end", "close", "year")),
                p("\\b(?:(?:the\\s)?(?:end|close)\\sof\\s(the|this|next|last)\\syear|(year)[- ]end)\\b"),
                RelativePeriods::englishYearEnd).needs(DateRule.Needs.LETTERS),
            new DateRule(DateStart.words(Set.of("cuối", "đầu")), p("\\b(cuối|đầu)\\snăm(?:\\s(nay|ngoái|trước|sau|tới|(\\d{4})))?\\b"),
                RelativePeriods::vietnameseYearEdge),
            // a month of a relative year: tháng 10 năm ngoái, October last year
            new DateRule(DateStart.words(monthWords()),
                p("\\b(?:tháng\\s(\\d{1,2})\\snăm\\s(nay|ngoái|trước|sau|tới)|(" + MON + ")\\.?\\s(?:of\\s)?(last|this|next)\\syear)\\b"),
                RelativePeriods::monthOfRelativeYear).needs(DateRule.Needs.ANY),
            // a count of years back: 十年前, "five years ago", "a decade ago", 10 năm trước (one year back is a base above)
            new DateRule(DateStart.charsOrWords("0123456789一二三四五六七八九十两", Set.of("two", "three", "four", "five", "six", "seven",
                    "eight", "nine", "ten", "eleven", "a", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")),
                p("(?<![\\d年.])" + CN_N + "年前(?![\\d个])|\\b(?:" + EN_N + "\\syears|a\\s(decade))\\sago\\b"
                    + "|\\b(\\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\\snăm\\s(?:về\\s)?trước\\b"),
                RelativePeriods::yearsAgo).needs(DateRule.Needs.ANY).digits("12", "年 "),
            // weekdays: on Tuesday, 周二, 上星期五, vào thứ Ba
            new DateRule(DateStart.words(Set.of("last", "this", "next", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday")),
                p("\\b(?:(last|this|next)\\s)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"),
                (m, l, r) -> weekday(m, r, m.group(1), englishWeekday(m.group(2)))).needs(DateRule.Needs.ANY),
            new DateRule(DateStart.chars("上下本这周星礼"), p("(?<!每)(?:(上|下|本|这)个?)?(?:周|星期|礼拜)([一二三四五六日天])(?![次个年内期])"),
                (m, l, r) -> weekday(m, r, m.group(1), chineseWeekday(m.group(2)))).needs(DateRule.Needs.ANY),
            new DateRule(DateStart.words(Set.of("thứ", "chủ")),
                p("(?<=\\b(?:vào|hôm|sáng|chiều|tối|trưa|phiên|ngày)\\s)(?:thứ\\s(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\\snhật))\\b"),
                (m, l, r) -> weekday(m, r, null, m.group(2) != null ? 7 : vietnameseWeekday(m.group(1)))).needs(DateRule.Needs.ANY),
            // holidays: 春节, 国庆, National Day, Chinese New Year, Tết, Quốc khánh
            new DateRule(DateStart.charsOrWords("12春农国元圣", Set.of("chinese", "lunar", "spring", "national", "christmas", "new",
                    "thanksgiving", "tết", "quốc")),
                p("(?:((?:19|20)\\d{2})\\s?年\\s?)?(春节|农历新年|国庆|元旦|圣诞|\\bchinese\\snew\\syear\\b|\\blunar\\snew\\syear\\b"
                    + "|\\bspring\\sfestival\\b|\\bnational\\sday\\b|\\bchristmas\\b|\\bnew\\syear's\\sday\\b|\\bthanksgiving\\b"
                    + "|\\btết\\b|\\bquốc\\skhánh\\b)"),
                RelativePeriods::holiday).needs(DateRule.Needs.ANY).digits("4", "年 "));
    }

    private static final String MON = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    private static Set<String> monthWords() {
        Set<String> words = new java.util.HashSet<>(DateRules.MONTH_NAMES);
        words.add("tháng");
        return words;
    }

    private static DateMention monthOfRelativeYear(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        String which = m.group(1) != null ? m.group(2) : m.group(4);
        int shift = switch (which) {
            case "ngoái", "trước", "last" -> -1;
            case "sau", "tới", "next" -> 1;
            default -> 0;
        };
        int month = m.group(1) != null ? Integer.parseInt(m.group(1)) : englishMonth(m.group(3));
        return month < 1 || month > 12 ? null
                : new DateMention(m.start(), m.end(), YearMonth.of(r.getYear() + shift, month).toString(), false);
    }

    private static int englishMonth(String name) {
        return java.time.Month.from(java.time.format.DateTimeFormatter.ofPattern("MMM", java.util.Locale.ENGLISH)
                .parse(Character.toUpperCase(name.charAt(0)) + name.substring(1, 3))).getValue();
    }

    // ---- comparison bases

    /** The year (or month) before the reference; DateRoles replaces it with the figure's own period shifted back. */
    private static DateMention base(Matcher m, LocalDate r, int monthsBack) {
        String v;
        if (r == null) {
            v = FROM_CONTEXT + monthsBack;
        } else if (monthsBack == 12) {
            v = String.format("%04d", r.getYear() - 1);
        } else {
            v = YearMonth.from(r).minusMonths(monthsBack).toString();
        }
        return new DateMention(m.start(), m.end(), v, false, Role.BASE);
    }

    // ---- first months, quarters, halves

    private static DateMention chineseFirstMonths(Matcher m, Lang l, LocalDate r) {
        String y = m.group(1);
        if (Character.isDigit(y.charAt(0))) {
            return firstMonths(m, Integer.parseInt(y.substring(0, 4)), DateRules.cn(m.group(2)), true);
        }
        return r == null ? null : firstMonths(m, r.getYear() + shift(y), DateRules.cn(m.group(2)), false);
    }

    private static DateMention firstMonthsOfReference(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        int n = DateRules.cn(m.group(1));
        return firstMonths(m, firstMonthsYear(n, r), n, false);
    }

    /** "The first 11 months" in a January story are last year's: figures for a span are published after it. */
    private static int firstMonthsYear(int n, LocalDate r) {
        return n > r.getMonthValue() ? r.getYear() - 1 : r.getYear();
    }

    private static DateMention firstMonths(Matcher m, int year, int n, boolean explicit) {
        return n < 1 || n > 12 ? null : months(m, year, 1, n, explicit);
    }

    private static DateMention months(Matcher m, int year, int from, int to, boolean explicit) {
        if (from < 1 || to > 12 || to < from) {
            return null;
        }
        String v = from == to ? YearMonth.of(year, from).toString() : YearMonth.of(year, from) + "/" + YearMonth.of(year, to);
        return new DateMention(m.start(), m.end(), v, explicit);
    }

    private static DateMention englishFirstMonths(Matcher m, Lang l, LocalDate r) {
        int n = englishNumber(m.group(1));
        if (m.group(2) != null) {
            return firstMonths(m, Integer.parseInt(m.group(2)), n, true);
        }
        if (r == null) {
            return null;
        }
        if (m.group(3) != null) {
            return firstMonths(m, r.getYear() + (m.group(3).equals("last") ? -1 : 1), n, false);
        }
        return firstMonths(m, firstMonthsYear(n, r), n, false);
    }

    private static DateMention vietnameseFirstMonths(Matcher m, Lang l, LocalDate r) {
        int n = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            return firstMonths(m, Integer.parseInt(m.group(3)), n, true);
        }
        if (r == null) {
            return null;
        }
        String which = m.group(2);
        int year = which == null ? firstMonthsYear(n, r) : r.getYear() + ("nay".equals(which) ? 0 : -1);
        return firstMonths(m, year, n, false);
    }

    /**
     * The year of a quarter or half named without one: the reference year, except that a period starting
     * more than three months after a first-quarter reference is last year's (Q4 results reported in February).
     */
    private static int periodYear(int firstMonth, LocalDate r) {
        return r.getMonthValue() <= 3 && firstMonth > r.getMonthValue() + 3 ? r.getYear() - 1 : r.getYear();
    }

    private static DateMention period(Matcher m, LocalDate r, Integer year, int from, int to) {
        if (year == null && r == null) {
            return null;
        }
        int y = year != null ? year : periodYear(from, r);
        return new DateMention(m.start(), m.end(), YearMonth.of(y, from) + "/" + YearMonth.of(y, to), false);
    }

    private static DateMention chineseQuarter(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        if (m.group(1) != null || m.group(2) != null) {
            int q = DateRules.small(m.group(1) != null ? m.group(1) : m.group(2)); // 第一季 is Taiwan's 第一季度
            return period(m, r, null, q * 3 - 2, q * 3);
        }
        if (m.group(3) != null) {
            return m.group(3).equals("上") ? period(m, r, null, 1, 6) : period(m, r, null, 7, 12);
        }
        int n = DateRules.small(m.group(4)) * 3;
        return months(m, firstMonthsYear(n, r), 1, n, false);
    }

    private static DateMention englishQuarter(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        String which = m.group(5);
        Integer year = which == null || which.equals("the") ? null
                : r.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
        int[] months = m.group(1) != null ? quarter(m.group(1).charAt(1) - '0')
                : m.group(2) != null ? quarter(DateRules.small(m.group(2)))
                : m.group(3) != null ? half(DateRules.small(m.group(3))) : half(m.group(4).charAt(1) - '0');
        return period(m, r, year, months[0], months[1]);
    }

    private static DateMention vietnameseQuarter(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        String which = m.group(3);
        Integer year = which == null ? null : r.getYear() + (which.equals("nay") ? 0 : which.equals("sau") || which.equals("tới") ? 1 : -1);
        int[] months = m.group(1) != null ? quarter(DateRules.small(m.group(1))) : half(m.group(2).contains("đầu") ? 1 : 2);
        return period(m, r, year, months[0], months[1]);
    }

    private static int[] quarter(int q) {
        return new int[] {q * 3 - 2, q * 3};
    }

    private static int[] half(int h) {
        return h == 1 ? new int[] {1, 6} : new int[] {7, 12};
    }

    // ---- year edges

    private static DateMention englishYearEnd(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        String which = m.group(1);
        int y = r.getYear() + ("next".equals(which) ? 1 : "last".equals(which) ? -1 : 0);
        return new DateMention(m.start(), m.end(), YearMonth.of(y, 12).toString(), false);
    }

    private static DateMention vietnameseYearEdge(Matcher m, Lang l, LocalDate r) {
        int month = m.group(1).equals("cuối") ? 12 : 1;
        if (m.group(3) != null) {
            return new DateMention(m.start(), m.end(), YearMonth.of(Integer.parseInt(m.group(3)), month).toString(), true);
        }
        if (r == null) {
            return null;
        }
        String which = m.group(2);
        int y = r.getYear() + (which == null || which.equals("nay") ? 0 : which.equals("sau") || which.equals("tới") ? 1 : -1);
        return new DateMention(m.start(), m.end(), YearMonth.of(y, month).toString(), false);
    }

    // ---- weekdays

    /**
     * A weekday: the latest such day on or before the reference (news reports what happened this week);
     * "next" is the first after it, "last"/上 the one in the week before.
     */
    private static DateMention weekday(Matcher m, LocalDate r, String which, int day) {
        if (r == null) {
            return null;
        }
        DayOfWeek d = DayOfWeek.of(day);
        LocalDate date;
        if ("next".equals(which) || "下".equals(which)) {
            date = r.with(TemporalAdjusters.next(d));
        } else if ("last".equals(which) || "上".equals(which)) {
            date = r.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1).with(TemporalAdjusters.nextOrSame(d));
        } else {
            date = r.with(TemporalAdjusters.previousOrSame(d));
        }
        return new DateMention(m.start(), m.end(), date.toString(), false);
    }

    private static int englishWeekday(String w) {
        return DayOfWeek.valueOf(w.toUpperCase(java.util.Locale.ROOT)).getValue();
    }

    private static int chineseWeekday(String c) {
        return switch (c) {
            case "一" -> 1;
            case "二" -> 2;
            case "三" -> 3;
            case "四" -> 4;
            case "五" -> 5;
            case "六" -> 6;
            default -> 7;
        };
    }

    private static int vietnameseWeekday(String w) {
        return switch (w) {
            case "hai", "2" -> 1;
            case "ba", "3" -> 2;
            case "tư", "4" -> 3;
            case "năm", "5" -> 4;
            case "sáu", "6" -> 5;
            default -> 6;
        };
    }

    // ---- holidays

    /** Lunar New Year (春节, Tết) by Gregorian year; China and Vietnam share the date in these years. */
    private static final java.util.Map<Integer, MonthDay> LUNAR_NEW_YEAR = lunarNewYears();

    private static java.util.Map<Integer, MonthDay> lunarNewYears() {
        String[] days = {"2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25",
            "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06",
            "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19",
            "2035-02-08"};
        java.util.Map<Integer, MonthDay> map = new java.util.HashMap<>();
        for (String d : days) {
            LocalDate date = LocalDate.parse(d);
            map.put(date.getYear(), MonthDay.from(date));
        }
        return java.util.Map.copyOf(map);
    }

    /**
     * A holiday: the occurrence in the written year, else the one nearest the reference (a story in
     * February means the Spring Festival just past). National Day is early October (1 October in the
     * mainland, 10 October in Taiwan), given as the month of the reference year; Quốc khánh is 2 September.
     */
    private static DateMention holiday(Matcher m, Lang l, LocalDate r) {
        String name = m.group(2);
        Integer written = m.group(1) != null ? Integer.parseInt(m.group(1)) : null;
        if (written == null && r == null) {
            return null;
        }
        if (name.equals("国庆") || name.equals("national day")) {
            int y = written != null ? written : r.getYear();
            return new DateMention(m.start(), m.end(), YearMonth.of(y, 10).toString(), written != null);
        }
        LocalDate best = null;
        int from = written != null ? written : r.getYear() - 1;
        int to = written != null ? written : r.getYear() + 1;
        for (int y = from; y <= to; y++) {
            LocalDate d = occurrence(name, y);
            if (d != null && (best == null || Math.abs(d.toEpochDay() - r.toEpochDay()) < Math.abs(best.toEpochDay() - r.toEpochDay()))) {
                best = d;
            }
        }
        return best == null ? null : new DateMention(m.start(), m.end(), best.toString(), written != null);
    }

    private static LocalDate occurrence(String name, int year) {
        return switch (name) {
            case "春节", "农历新年", "chinese new year", "lunar new year", "spring festival", "tết" -> {
                MonthDay md = LUNAR_NEW_YEAR.get(year);
                yield md == null ? null : md.atYear(year);
            }
            case "元旦", "new year's day" -> LocalDate.of(year, 1, 1);
            case "圣诞", "christmas" -> LocalDate.of(year, 12, 25);
            case "quốc khánh" -> LocalDate.of(year, 9, 2);
            case "thanksgiving" -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            default -> null;
        };
    }

    // ---- numbers

    private static int shift(String relativeYear) {
        return relativeYear.equals("去年") ? -1 : relativeYear.equals("明年") ? 1 : 0;
    }


    private static DateMention yearsAgo(Matcher m, Lang l, LocalDate r) {
        int years = m.group(1) != null ? DateRules.cn(m.group(1)) : m.group(3) != null ? 10
                : m.group(2) != null ? englishNumber(m.group(2)) : vietnameseNumber(m.group(4));
        return r == null || years < 2 ? null : new DateMention(m.start(), m.end(), String.valueOf(r.getYear() - years), false);
    }

    private static int vietnameseNumber(String w) {
        List<String> words = List.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười");
        int k = words.indexOf(w);
        return k >= 0 ? k + 1 : Integer.parseInt(w);
    }

    private static int englishNumber(String w) {
        List<String> words = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve");
        int k = words.indexOf(w);
        return k >= 0 ? k + 1 : Integer.parseInt(w);
    }

}
