package dev.monazite.quantity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date patterns, most specific first (a full day before a month, a month before a bare year), over
 * folded text. Patterns use no nested quantifiers, so matching stays linear.
 */
final class DateRules {
    private static final String CN_NUM = "(?:\\d{1,2}|[一二三四五六七八九十两廿卅〇零]{1,3})";
    private static final String CN_YEAR = "(?:(?:19|20)\\d{2}|[零〇一二三四五六七八九]{4}|两千[零〇一二三四五六七八九十]{0,3})";
    private static final String MON = "(?:january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    /** Day ordinals in words: first … thirty-first. */
    private static final String ORD_WORD = "((?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
            + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";
    /** What a match can begin with: the rules are tried only where the text has one of these. */
    private static final String DIGIT = "0123456789", CN_DIGIT = "零〇一二三四五六七八九十两廿卅";
    /** Month names and their abbreviations, folded: the words the MON alternation matches. */
    static final java.util.Set<String> MONTH_NAMES = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec");
    private static final DateStart MONTH_NAME = DateStart.words(MONTH_NAMES);
    private static final String YEARLESS_MONTH = "(?:january|february|march|april|june|july|august|september|october|november|december)";
    private static final DateStart ORDINAL_WORD = ordinalWords();
    private static final List<DateRule> RULES = build();

    private DateRules() {}

    // "the", or the first word of a day ordinal: "twenty-first" and "twenty first" begin with "twenty",
    // "twentyfirst" is one word.
    private static DateStart ordinalWords() {
        java.util.Set<String> words = new java.util.HashSet<>(java.util.Set.of("the", "first", "second", "third",
                "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                "thirtieth", "twenty", "thirty"));
        for (String tens : List.of("twenty", "thirty")) {
            for (String unit : List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                    "ninth")) {
                words.add(tens + unit);
            }
        }
        return DateStart.words(words);
    }

    static List<DateRule> ordered() {
        return RULES;
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static List<DateRule> build() {
        List<DateRule> all = new java.util.ArrayList<>(RelativePeriods.rules());
        all.addAll(general());
        return List.copyOf(all);
    }

    private static List<DateRule> general() {
        return List.of(
            // quarters and half years: periods of months (Q1 2025, 2025年上半年, Quý 1 năm 2025, nửa đầu năm 2025)
            new DateRule(DateStart.chars(DIGIT), p("((?:19|20)\\d{2})\\s?年\\s?(?:第?([一二三四1-4])季度|([上下])半年|前([一二三1-3])季度)"),
                DateRules::chineseQuarter).digits("4", "年 "),
            new DateRule(DateStart.chars("今去明"), p("(今年|去年|明年)\\s?(?:第?([一二三四1-4])季度|([上下])半年|前([一二三1-3])季度)"),
                DateRules::chineseQuarter),
            // "q" and "h" as whole letter runs: the digit of q1 or h2 ends the run
            new DateRule(DateStart.words(java.util.Set.of("q", "h", "first", "second", "third", "fourth")),
                p("\\b(?:(q[1-4])|(first|second|third|fourth) quarter|(first|second) half|(h[12]))\\s(?:of\\s)?((?:19|20)\\d{2})\\b"),
                DateRules::englishQuarter).yearWithin("fourth quarter of ".length()),
            new DateRule(DateStart.charsOrWords("6", java.util.Set.of("quý", "nửa")), p("(?:quý\\s(1|2|3|4|i|ii|iii|iv)|(nửa đầu|nửa cuối|6 tháng đầu|6 tháng cuối))(?:\\s(?:năm\\s)?|/)(\\d{4})\\b"),
                DateRules::vietnameseQuarter).digits("1", " "),
            // 2025年1月至11月 → 2025-01/2025-11
            new DateRule(DateStart.chars(DIGIT + CN_DIGIT), p("(" + CN_YEAR + ")\\s?年\\s?(" + CN_NUM + ")\\s?月份?\\s?(?:至|到|-|~|—|–)\\s?(?:(" + CN_YEAR + ")\\s?年\\s?)?(" + CN_NUM + ")\\s?月份?"),
                (m, l, r) -> period(m, year(m.group(1)), cn(m.group(2)), m.group(3) == null ? year(m.group(1)) : year(m.group(3)), cn(m.group(4)), true)).digits("4", "年 "),
            // Vietnamese: từ tháng 1 đến tháng 6 năm 2025, tháng 1-10/2025; before the numeric rules, which would
            // take "10/2025" alone
            new DateRule(DateStart.words(java.util.Set.of("từ", "tháng")), p("(?:từ\\s)?tháng\\s(\\d{1,2})\\s?(?:(?:đến|tới|-)\\s?tháng\\s|[-–]\\s?)(\\d{1,2})(?:\\s?(?:năm\\s|/)(\\d{4}))?"),
                DateRules::vietnamesePeriod),
            // 2025年10月9日, 二零一六年九月三号, 2015年3月
            new DateRule(DateStart.chars(DIGIT + CN_DIGIT), p("(" + CN_YEAR + ")\\s?年[,，]?\\s?(?:(" + CN_NUM + ")\\s?月份?(?:\\s?(" + CN_NUM + ")\\s?[日号]?)?)?(底|初|末)?"),
                DateRules::chineseAbsolute).digits("4", "年 "),
            // 15年3月2日, 98年4月: two-digit years only together with a month
            new DateRule(DateStart.chars(DIGIT + CN_DIGIT), p("(?<![\\d.零〇一二三四五六七八九十])(\\d{2}|[零〇一二三四五六七八九]{2})\\s?年(" + CN_NUM + ")月(?:(" + CN_NUM + ")[日号]?)?"),
                (m, l, r) -> mention(m, twoDigitYear(digits(m.group(1))), cn(m.group(2)), m.group(3) == null ? 0 : cn(m.group(3)), true)).digits("2", "年 "),
            // 08年, 零八年, 07 年: a two-digit year with a leading zero cannot be a count of years
            new DateRule(DateStart.chars("0零〇"), p("(?<![\\d.零〇一二三四五六七八九十])(0\\d|[零〇][零〇一二三四五六七八九])\\s?年(?![代度])"),
                (m, l, r) -> new DateMention(m.start(), m.end(), String.valueOf(twoDigitYear(digits(m.group(1)))), true)).digits("2", "年 "),
            // 1357年6月10日, 1789-01-29: years before 1900 only with a month
            new DateRule(DateStart.chars("1"), p("(?<![\\d.])(1[0-8]\\d{2})年(\\d{1,2})月(?:(\\d{1,2})[日号])?"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), true)).digits("4", "年"),
            new DateRule(DateStart.chars("1"), p("(?<![\\d.])(1[0-8]\\d{2})-(\\d{2})-(\\d{2})(?![\\d])"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), true)).digits("4", "-"),
            // 今年4月, 去年, 明年2月9日, 今年年底
            new DateRule(DateStart.chars("今去明前后"), p("(今年|去年|明年|前年|后年)(?:(" + CN_NUM + ")月?份?\\s?(?:至|到|-|~|—|–)\\s?(" + CN_NUM
                    + ")月份?|(" + CN_NUM + ")月份?(?:(" + CN_NUM + ")[日号])?)?(年底|年初|年末|底|初)?"),
                DateRules::chineseRelativeYear),
            // 上个月, 本月, 下个月15号
            new DateRule(DateStart.chars("上本这今下"), p("(上个月|上月|本月|这个月|今个月|下个月|下月)(?:(" + CN_NUM + ")[日号])?"),
                DateRules::chineseRelativeMonth),
            // ISO and slashed: 2026-02-06, 2026/2/6, 2026.2.6
            new DateRule(DateStart.chars("12"), p("(?<![\\d.])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), true)).digits("4", "-/."),
            // 1/1/2016, 3-7-2017, 10/31/74: month first in English, day first otherwise
            new DateRule(DateStart.chars(DIGIT), p("(?<![\\d./-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)"), DateRules::numeric).digits("12", "-/."),
            // 05-Aug-2016, 31/Oct/1974, 31-Oct-74
            new DateRule(DateStart.chars(DIGIT), p("(?<![\\d.])(\\d{1,2})([-/ ])(" + MON + ")\\2(\\d{4}|\\d{2})(?![\\d])"),
                (m, l, r) -> mention(m, yearOf(m.group(4)), month(m.group(3)), Integer.parseInt(m.group(1)), true)).digits("12", "-/ "),
            // 2019/aug/01, 2019-aug-1
            new DateRule(DateStart.chars("12"), p("(?<![\\d.])((?:19|20)\\d{2})([-/])(" + MON + ")\\2(\\d{1,2})(?![\\d])"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(1)), month(m.group(3)), Integer.parseInt(m.group(4)), true)).digits("4", "-/"),
            // Sep-23-2020
            new DateRule(MONTH_NAME, p("\\b(" + MON + ")([-/])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d])"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(4)), month(m.group(1)), Integer.parseInt(m.group(3)), true)),
            // 2016 10 16, 2010 01 29: year, month, day separated by single spaces
            new DateRule(DateStart.chars("12"), p("(?<![\\d.,])((?:19|20)\\d{2}) (\\d{1,2}) (\\d{1,2})(?![\\d]|[.,]\\d)"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), true)).digits("4", " "),
            // 31 10 1974, 10 31 1974 (English: month first when it can be)
            new DateRule(DateStart.chars(DIGIT), p("(?<![\\d.,])(\\d{1,2}) (\\d{1,2}) ((?:19|20)\\d{2})(?![\\d]|[.,]\\d)"), DateRules::spacedNumeric).digits("12", " ")
                .yearWithin("12 12 ".length()),
            // January first 2000, march third 2015, jan the twenty-second, 2018
            new DateRule(MONTH_NAME, p("\\b(" + MON + ")\\.?\\s(?:the\\s)?" + ORD_WORD + ",?\\s(?:of\\s)?((?:19|20)\\d{2})\\b"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(3)), month(m.group(1)), ordinalDay(m.group(2)), true)),
            // fourth of july 1995, twenty second of June 2017
            new DateRule(ORDINAL_WORD, p("\\b(?:the\\s)?" + ORD_WORD + "\\s(?:of\\s)?(" + MON + ")\\.?,?\\s(?:of\\s|in\\s)?((?:19|20)\\d{2})\\b"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(3)), month(m.group(2)), ordinalDay(m.group(1)), true)),
            // 2025-2026 → year period
            new DateRule(DateStart.chars("12"), p("(?<![\\d.,])((?:19|20)\\d{2})\\s?[-–~]\\s?((?:19|20)\\d{2})(?![\\d.,%])"),
                (m, l, r) -> new DateMention(m.start(), m.end(), m.group(1) + "/" + m.group(2), true)).digits("4", "-–~ "),
            // 2026-02 (year-month)
            new DateRule(DateStart.chars("12"), p("(?<![\\d.])((?:19|20)\\d{2})-(0[1-9]|1[0-2])(?![\\d-])"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, true)).digits("4", "-"),
            // 2016/11, 2016 - 11, 2015.3: year then month
            new DateRule(DateStart.chars("12"), p("(?<![\\d.,/-])((?:19|20)\\d{2})\\s?([-/.])\\s?(1[0-2]|0?[1-9])(?![\\d%]|\\s?[-/.,]\\s?\\d)"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), 0, true)).digits("4", "-/. "),
            // 11/2016, 11 - 2016, 3/2015: month then year
            new DateRule(DateStart.chars(DIGIT), p("(?<![\\d.,/-])(1[0-2]|0?[1-9])\\s?[-/]\\s?((?:19|20)\\d{2})(?![\\d%]|[-/.,]\\d)"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 0, true)).digits("12", "-/ ")
                .yearWithin("12 - ".length()),
            // Dec-2018, Dec/2018
            new DateRule(MONTH_NAME, p("\\b(" + MON + ")[-/]((?:19|20)\\d{2})\\b"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(2)), month(m.group(1)), 0, true)),
            // 2016 june, 2016, nov, 2017 april ("may" excluded: "2016 may rise")
            new DateRule(DateStart.chars("12"), p("(?<![\\d.,])((?:19|20)\\d{2})\\s?,?\\s(january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b(?!\\.?\\s?\\d)"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(1)), month(m.group(2)), 0, true)).digits("4", ", "),
            // A quarter named by its last month, as company reports do: the December 2025 quarter, the
            // September quarter, December-quarter revenue; the quarter ended September 30, 2025; the
            // three months to June
            new DateRule(MONTH_NAME, p("\\b(" + MON + ")(?:\\s((?:19|20)\\d{2}))?[\\s-]quarter\\b"),
                (m, l, r) -> quarterEnding(m, m.group(2), month(m.group(1)), r)),
            new DateRule(DateStart.words(java.util.Set.of("quarter", "three")), p("\\b(?:quarter|three months)\\s(?:ended|ending|to)\\s("
                    + MON + ")(?:\\s\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s((?:19|20)\\d{2}))?\\b"),
                (m, l, r) -> quarterEnding(m, m.group(2), month(m.group(1)), r)),
            // English months to months of one year: Jan–Oct 2025, (from) January to/through October 2025,
            // between January and October 2025 ("and" only after "between": "in January and October 2025"
            // names two months)
            new DateRule(MONTH_NAME, p("\\b(?:(?<=\\bbetween\\s)(" + MON + ")\\.?\\sand\\s|(" + MON + ")\\.?(?:\\s?[-–—]\\s?|\\s(?:to|through|thru|until|till)\\s))("
                    + MON + ")\\.?,?\\s(?:of\\s)?(\\d{4})\\b"),
                (m, l, r) -> period(m, Integer.parseInt(m.group(4)), month(m.group(1) != null ? m.group(1) : m.group(2)),
                        Integer.parseInt(m.group(4)), month(m.group(3)), true)),
            // The same without a year, of the months up to the reference: between April and July, from
            // April to July, April-July (as 4月至7月 and "từ tháng 4 đến tháng 7" already are)
            new DateRule(MONTH_NAME, p("\\b(?:(?<=\\bbetween\\s)(" + MON + ")\\.?\\sand\\s|(?<=\\bfrom\\s)(" + MON
                    + ")\\.?\\s(?:to|through|thru|until|till)\\s|(" + MON + ")\\.?\\s?[-–—]\\s?)(" + MON + ")\\b(?!\\.?,?\\s?\\d)"),
                DateRules::englishYearlessMonths),
            // October 9, 2025 / Oct. 9 2025 / Dec. 31 , 1994
            new DateRule(MONTH_NAME, p("\\b(" + MON + ")\\.?\\s?(\\d{1,2})" + ORD + "(?:\\s?,?\\s|\\s(?:of|in)\\s)(\\d{4})\\b"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), true)),
            // 9 October 2025, 04th Jan 2019, 9th of October, 2025
            new DateRule(DateStart.chars(DIGIT), p("\\b(\\d{1,2})" + ORD + "\\.?\\s?(?:of\\s)?(" + MON + ")\\.?(?:,?\\s|\\s(?:of|in)\\s)(\\d{4})\\b"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), true)).digits("12", "A. "),
            // October 2025, april of 2017
            new DateRule(MONTH_NAME, p("\\b(" + MON + ")\\.?\\s?,?\\s(?:of\\s)?(\\d{4})\\b"),
                (m, l, r) -> mention(m, Integer.parseInt(m.group(2)), month(m.group(1)), 0, true)),
            // ngày 6 tháng 2 năm 2025, ngày mồng 7 tháng 3
            new DateRule(DateStart.charsOrWords(DIGIT, java.util.Set.of("ngày")), p("(?<![\\d.,])(?:ngày\\s(?:mồng\\s|mùng\\s)?)?(\\d{1,2})\\stháng\\s(\\d{1,2})(?:\\s?(?:năm|,)\\s?(\\d{4}))?"),
                (m, l, r) -> withYear(m, m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), r)).digits("12", " "),
            // ngày 6/2/2025 handled by the numeric rule; ngày 6/2
            // and after a word for a part of a day or a trading session: phiên 30/10, hôm 6/1, sáng 15/3
            new DateRule(DateStart.words(java.util.Set.of("ngày", "phiên", "hôm", "sáng", "chiều", "tối", "đêm", "trưa")),
                p("\\b(?:ngày|phiên|hôm|sáng|chiều|tối|đêm|trưa)\\s(?:ngày\\s)?(\\d{1,2})/(\\d{1,2})(?![\\d/])"),
                (m, l, r) -> r == null ? null : mention(m, yearOfMonth(Integer.parseInt(m.group(2)), r),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), false)).needs(DateRule.Needs.DIGITS),
            // tháng 8 năm 2025, tháng 8/2025, tháng 8
            new DateRule(DateStart.words(java.util.Set.of("tháng")), p("tháng\\s(\\d{1,2})(?:(?:\\snăm\\s|/)(\\d{4}))?(?![\\d/])"),
                (m, l, r) -> withYear(m, m.group(2), Integer.parseInt(m.group(1)), 0, r)),
            // năm 2025
            new DateRule(DateStart.words(java.util.Set.of("năm")), p("\\bnăm\\s(1\\d{3}|20\\d{2})(?![\\d]|[.,]\\d)"),
                (m, l, r) -> new DateMention(m.start(), m.end(), m.group(1), true)),
            // năm nay, năm ngoái, tháng trước …
            new DateRule(DateStart.words(java.util.Set.of("năm", "tháng")), p("\\b(năm nay|năm ngoái|năm trước|năm sau|năm tới|tháng này|tháng trước|tháng sau|tháng tới)\\b"),
                DateRules::vietnameseRelative),
            // English relative: last month, this year, earlier this month, next February
            new DateRule(DateStart.words(java.util.Set.of("earlier", "later", "last", "this", "next", "past")), p("\\b(earlier this|later this|last|this|next|past)\\s(month|year|" + MON + ")\\b"),
                DateRules::englishRelative),
            // in 2024, by 2026, year 2008
            new DateRule(DateStart.words(java.util.Set.of("in", "by", "since", "until", "till", "through", "of", "during",
                    "from", "before", "after", "year", "as", "early", "late", "mid", "end", "fiscal")), p("\\b(?:in|by|since|until|till|through|of|during|from|before|after|year|as of|early|late|mid|end of|fiscal)\\s((?:19|20)\\d{2})\\b(?![-/.,]?\\d)"),
                (m, l, r) -> new DateMention(m.start(1), m.end(1), m.group(1), true)).yearWithin("through ".length()),
            // the second year of a list: "in 2007 and 2009", "after 2000 but not 1998"
            new DateRule(DateStart.chars("12"), p("(?<=\\b(?:19|20)\\d{2}\\s(?:and|or|and not|but not|not|nor)\\s)((?:19|20)\\d{2})\\b(?![-/.,]?\\d)"),
                (m, l, r) -> new DateMention(m.start(1), m.end(1), m.group(1), true)).digits("4", ""),
            // October 9 (year from the reference)
            new DateRule(MONTH_NAME, p("\\b(" + MON + ")\\.?\\s(\\d{1,2})" + ORD + "\\b(?![,.]?\\s?\\d)"),
                (m, l, r) -> withYear(m, null, month(m.group(1)), Integer.parseInt(m.group(2)), r)),
            // 10月初, 2月9日, 2月 (year from the reference)
            new DateRule(DateStart.chars(DIGIT + CN_DIGIT), p("(?<![\\d年.])(?:(" + CN_NUM + ")月?份?\\s?(?:至|到|-|~|—|–)\\s?)?(" + CN_NUM
                    + ")月份?(?:(" + CN_NUM + ")[日号])?(初|中旬|上旬|下旬|底|末)?"),
                DateRules::chineseYearless).digits("12", "月至到-~—– "),
            // 年底 / 年初 alone: this year's
            // "In October, exports ...": a month without a year, after a preposition, against the article's date;
            // or naming what it modifies ("September shipments", "August's exports", "July rare earth magnet exports").
            // Not "may", which is mostly the verb; the words between are the noun's modifiers, so a reporting
            // verb ends them ("August Resources said output fell" dates nothing).
            new DateRule(MONTH_NAME, p("(?:(?<=\\b(?:in|during|since|from|until|through|till|by|early|late|mid|mid-) )|(?="
                    + YEARLESS_MONTH + "(?:'s\\s|(?:\\s(?!said\\b|says\\b|saw\\b|sees\\b|reported\\b|reports\\b|expects?\\b|expected\\b)[a-z-]+){0,3}\\s(?:exports?|imports?|shipments?|output|production|sales|deliveries|purchases"
                    + "|prices|figures|data|volumes?|trade)\\b)))(" + YEARLESS_MONTH + ")\\b(?!\\.?,?\\s?\\d)"),
                DateRules::englishYearlessMonth),
            new DateRule(DateStart.chars("年"), p("(?<![\\d年])(年底|年初|年末)"),
                (m, l, r) -> r == null ? null : mention(m, r.getYear(), m.group(1).equals("年初") ? 1 : 12, 0, false)),
            // 10日, 28日 and "ngày 10": a day alone, of the reference's month or the one before. Not a
            // count of days (3日内, 连续5日, 为期3日, 5日前), yen (50日元), a daily figure (日均, 日线) or
            // Japan after a number (日本, 日方, 日企). Last: a day with its month is an earlier rule's.
            new DateRule(DateStart.chars(DIGIT), p("(?<![\\d.,:/月第个個前近每逾约約数數达達期共仅僅只再又多几幾两兩])"
                    + "(?<!连续|連續|过去|過去|未来|未來|最近)(\\d{1,2})日(?![元圆圓均内內前后後以之左本韩韓系方商企产產股经經"
                    + "货貨媒军軍籍资資语語文线線kK益渐漸趋趨常息期])"),
                DateRules::dayAlone).digits("12", "日").needs(DateRule.Needs.CJK),
            new DateRule(DateStart.words(java.util.Set.of("ngày")), p("\\bngày\\s(\\d{1,2})(?![\\d/]|[.,]\\d|\\s?(?:tháng|/))"),
                DateRules::dayAlone));
    }

    /**
     * A day written without its month (商务部10日宣布, "Ngày 10, Bộ ... cho biết"): news reports what was
     * done, so the latest such day up to the reference, in its month or else the month before. A day
     * that lies ahead ("将自15日起") is moved forward by {@link DateRoles}.
     */
    private static DateMention dayAlone(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        YearMonth ym = day > r.getDayOfMonth() ? YearMonth.from(r).minusMonths(1) : YearMonth.from(r);
        if (day < 1 || day > ym.lengthOfMonth()) {
            return null;
        }
        return mention(m, ym.getYear(), ym.getMonthValue(), day, false);
    }

    /** Whether a mention is written as a day alone (10日, ngày 10), which {@link #dayAlone} reads. */
    static boolean isDayAlone(String folded, DateMention d) {
        String t = folded.substring(d.start(), d.end());
        return t.endsWith("日") && t.indexOf('月') < 0 || t.startsWith("ngày") && t.indexOf("tháng") < 0 && t.indexOf('/') < 0;
    }

    private static DateMention chineseAbsolute(Matcher m, Lang l, LocalDate r) {
        int y = year(m.group(1));
        if (m.group(2) == null) {
            if (m.group(4) != null) {
                return mention(m, y, m.group(4).equals("初") ? 1 : 12, 0, true);
            }
            return new DateMention(m.start(), m.end(), String.format("%04d", y), true);
        }
        int day = m.group(3) == null ? 0 : cn(m.group(3));
        return mention(m, y, cn(m.group(2)), day, true);
    }

    private static DateMention chineseRelativeYear(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        int shift = switch (m.group(1)) {
            case "去年" -> -1;
            case "明年" -> 1;
            case "前年" -> -2;
            case "后年" -> 2;
            default -> 0;
        };
        int y = r.getYear() + shift;
        if (m.group(2) != null) { // 今年1至10月: months of that year
            return period(m, y, cn(m.group(2)), y, cn(m.group(3)), false);
        }
        if (m.group(4) != null) {
            return mention(m, y, cn(m.group(4)), m.group(5) == null ? 0 : cn(m.group(5)), false);
        }
        String edge = m.group(6);
        if (edge != null) {
            return mention(m, y, edge.endsWith("初") ? 1 : 12, 0, false);
        }
        return new DateMention(m.start(), m.end(), String.format("%04d", y), false);
    }

    private static DateMention chineseRelativeMonth(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        int shift = m.group(1).startsWith("上") ? -1 : m.group(1).startsWith("下") ? 1 : 0;
        YearMonth ym = YearMonth.from(r).plusMonths(shift);
        int day = m.group(2) == null ? 0 : cn(m.group(2));
        return mention(m, ym.getYear(), ym.getMonthValue(), day, false);
    }

    private static DateMention chineseYearless(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        int month = cn(m.group(2));
        if (m.group(1) != null) { // 1-10月, 1至10月: months of the year the last one is in
            int y = yearOfMonth(month, r);
            return m.group(3) == null ? period(m, y, cn(m.group(1)), y, month, false) : null;
        }
        int day = m.group(3) == null ? 0 : cn(m.group(3));
        return mention(m, yearOfMonth(month, r), month, day, false);
    }

    /**
     * The year of a month named without one: the reference year, unless the month lies more than two
     * months ahead of the reference, which news means as last year ("10月" in a February report).
     */
    static int yearOfMonth(int month, LocalDate r) {
        return month > r.getMonthValue() + 2 ? r.getYear() - 1 : r.getYear();
    }

    private static DateMention englishYearlessMonth(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        int month = monthNumber(m.group(1));
        return mention(m, yearOfMonth(month, r), month, 0, false);
    }

    // The three months that end with the month, of the year given or else the latest up to the reference.
    private static DateMention quarterEnding(Matcher m, String year, int month, LocalDate r) {
        if (year == null && r == null) {
            return null;
        }
        YearMonth end = YearMonth.of(year != null ? Integer.parseInt(year) : yearOfMonth(month, r), month);
        YearMonth start = end.minusMonths(2);
        return period(m, start.getYear(), start.getMonthValue(), end.getYear(), end.getMonthValue(), year != null);
    }

    private static DateMention englishYearlessMonths(Matcher m, Lang l, LocalDate r) {
        String first = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (r == null) {
            return null;
        }
        int from = month(first);
        int to = month(m.group(4));
        int y = yearOfMonth(to, r);
        return period(m, from <= to ? y : y - 1, from, y, to, false);
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static DateMention numeric(Matcher m, Lang l, LocalDate r) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        String ys = m.group(4);
        if (ys.length() == 2 && !m.group(2).equals("/") && !(l == Lang.EN && m.group(2).equals("-"))) {
            return null; // "1.2.15" is more likely a version or a list than a date
        }
        int y = ys.length() == 2 ? twoDigitYear(ys) : Integer.parseInt(ys);
        boolean monthFirst = l == Lang.EN ? a <= 12 : b > 12;
        return monthFirst ? mention(m, y, a, b, true) : mention(m, y, b, a, true);
    }

    /** "31 10 1974", "10 31 1974": month first in English when it can be, day first otherwise. */
    private static DateMention spacedNumeric(Matcher m, Lang l, LocalDate r) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        boolean monthFirst = l == Lang.EN ? a <= 12 : b > 12;
        return monthFirst ? mention(m, y, a, b, true) : mention(m, y, b, a, true);
    }

    private static DateMention vietnamesePeriod(Matcher m, Lang l, LocalDate r) {
        if (m.group(3) == null && r == null) {
            return null;
        }
        int y = m.group(3) == null ? r.getYear() : Integer.parseInt(m.group(3));
        return period(m, y, Integer.parseInt(m.group(1)), y, Integer.parseInt(m.group(2)), m.group(3) != null);
    }

    private static DateMention vietnameseRelative(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        String w = m.group(1);
        int shift = w.endsWith("ngoái") || w.endsWith("trước") ? -1 : w.endsWith("sau") || w.endsWith("tới") ? 1 : 0;
        if (w.startsWith("năm")) {
            return new DateMention(m.start(), m.end(), String.format("%04d", r.getYear() + shift), false);
        }
        YearMonth ym = YearMonth.from(r).plusMonths(shift);
        return mention(m, ym.getYear(), ym.getMonthValue(), 0, false);
    }

    private static DateMention englishRelative(Matcher m, Lang l, LocalDate r) {
        if (r == null) {
            return null;
        }
        String which = m.group(1);
        String unit = m.group(2);
        int shift = which.equals("last") || which.equals("past") ? -1 : which.equals("next") ? 1 : 0;
        if (unit.equals("year")) {
            return new DateMention(m.start(), m.end(), String.format("%04d", r.getYear() + shift), false);
        }
        if (unit.equals("month")) {
            YearMonth ym = YearMonth.from(r).plusMonths(shift);
            return mention(m, ym.getYear(), ym.getMonthValue(), 0, false);
        }
        // "next February": the coming one; "last February": the latest one before the reference month.
        int mon = month(unit);
        int y = r.getYear();
        if (shift > 0 && mon <= r.getMonthValue()) {
            y++;
        } else if (shift < 0 && mon >= r.getMonthValue()) {
            y--;
        }
        return mention(m, y, mon, 0, false);
    }

    private static DateMention withYear(Matcher m, String yearText, int month, int day, LocalDate r) {
        if (yearText == null) {
            return r == null ? null : mention(m, r.getYear(), month, day, false);
        }
        return mention(m, Integer.parseInt(yearText), month, day, true);
    }

    /** A validated "YYYY-MM[-DD]" mention; day 0 means month grain. Invalid dates throw and are dropped. */
    private static DateMention mention(Matcher m, int y, int month, int day, boolean explicit) {
        if (y < 1000 || y > 2999) {
            return null;
        }
        String value = day == 0 ? YearMonth.of(y, month).toString() : LocalDate.of(y, month, day).toString();
        return new DateMention(m.start(), m.end(), value, explicit);
    }

    private static DateMention quarter(Matcher m, int year, int q, boolean explicit) {
        return period(m, year, q * 3 - 2, year, q * 3, explicit);
    }

    private static DateMention half(Matcher m, int year, int h, boolean explicit) {
        return period(m, year, h == 1 ? 1 : 7, year, h == 1 ? 6 : 12, explicit);
    }

    /** A quarter or half written as 一/1/i/first ... (anything else is the fourth). */
    static int small(String s) {
        return switch (s) {
            case "一", "1", "i", "first" -> 1;
            case "二", "2", "ii", "second" -> 2;
            case "三", "3", "iii", "third" -> 3;
            default -> 4;
        };
    }

    private static DateMention chineseQuarter(Matcher m, Lang l, LocalDate r) {
        String y = m.group(1);
        int year;
        boolean explicit = Character.isDigit(y.charAt(0));
        if (explicit) {
            year = Integer.parseInt(y);
        } else if (r == null) {
            return null;
        } else {
            year = r.getYear() + (y.equals("去年") ? -1 : y.equals("明年") ? 1 : 0);
        }
        if (m.group(2) != null) {
            return quarter(m, year, small(m.group(2)), explicit);
        }
        if (m.group(3) != null) {
            return half(m, year, m.group(3).equals("上") ? 1 : 2, explicit);
        }
        return period(m, year, 1, year, small(m.group(4)) * 3, explicit);
    }

    private static DateMention englishQuarter(Matcher m, Lang l, LocalDate r) {
        int year = Integer.parseInt(m.group(5));
        if (m.group(1) != null) {
            return quarter(m, year, m.group(1).charAt(1) - '0', true);
        }
        if (m.group(2) != null) {
            return quarter(m, year, small(m.group(2)), true);
        }
        if (m.group(3) != null) {
            return half(m, year, small(m.group(3)), true);
        }
        return half(m, year, m.group(4).charAt(1) - '0', true);
    }

    private static DateMention vietnameseQuarter(Matcher m, Lang l, LocalDate r) {
        int year = Integer.parseInt(m.group(3));
        if (m.group(1) != null) {
            return quarter(m, year, small(m.group(1)), true);
        }
        return half(m, year, m.group(2).contains("đầu") ? 1 : 2, true);
    }

    private static DateMention period(Matcher m, int y1, int m1, int y2, int m2, boolean explicit) {
        YearMonth a = YearMonth.of(y1, m1);
        YearMonth b = YearMonth.of(y2, m2);
        if (b.isBefore(a)) {
            return null;
        }
        return new DateMention(m.start(), m.end(), a + "/" + b, explicit);
    }

    private static int year(String text) {
        int y = (int) cn(text);
        if (y < 1900 || y > 2099) {
            throw new IllegalArgumentException("not a year");
        }
        return y;
    }

    /** "07" or 零七 as the string of its digits. */
    private static String digits(String t) {
        StringBuilder b = new StringBuilder();
        for (char c : t.toCharArray()) {
            b.append(Character.isDigit(c) ? c : (char) ('0' + ChineseNumerals.digit(c)));
        }
        return b.toString();
    }

    private static int yearOf(String y) {
        return y.length() == 2 ? twoDigitYear(y) : Integer.parseInt(y);
    }

    private static int ordinalDay(String w) {
        String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth"};
        int base = 0;
        String rest = w;
        if (w.startsWith("twenty") && !w.equals("twentieth")) {
            base = 20;
            rest = w.substring(6).replaceFirst("^[- ]", "");
        } else if (w.startsWith("thirty")) {
            base = 30;
            rest = w.substring(6).replaceFirst("^[- ]", "");
        } else if (w.equals("thirtieth")) {
            return 30;
        }
        for (int k = 0; k < units.length; k++) {
            if (units[k].equals(rest)) {
                return base + k + 1;
            }
        }
        throw new IllegalArgumentException("not an ordinal");
    }

    private static int twoDigitYear(String yy) {
        int v = Integer.parseInt(yy);
        return v < 50 ? 2000 + v : 1900 + v;
    }

    /** Arabic or Chinese numeral (九, 十二, 二零一六) as an int. */
    static int cn(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        Numeral n = ChineseNumerals.read(text, 0, Lang.ZH);
        if (n == null || !n.usable() || n.end() != text.length()) {
            throw new IllegalArgumentException("not a numeral");
        }
        return (int) n.value();
    }

    private static int month(String name) {
        String n = name.length() > 3 ? name.substring(0, 3) : name;
        return switch (n) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
