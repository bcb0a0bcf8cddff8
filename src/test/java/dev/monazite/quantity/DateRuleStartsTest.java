package dev.monazite.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.monazite.text.Normaliser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The date finder tries each rule only where {@link DateRule#mayStartAt} says a match can begin. That
 * shortcut must find exactly what a plain {@code find()} over the whole text finds; a wrong start set in
 * DateRules would silently lose dates, so every rule is checked against the peer-suite and corpus texts.
 */
class DateRuleStartsTest {

    @Test
    void mayStartAt_everyRuleMatch_beginsWhereItsStartsAllow() throws Exception {
        List<String> texts = texts();
        assertTrue(texts.size() > 2000, "too few texts to check: " + texts.size());
        int matches = 0;
        for (DateRule rule : DateRules.ordered()) {
            for (String s : texts) {
                Matcher m = rule.pattern().matcher(s);
                while (m.find()) {
                    matches++;
                    assertTrue(rule.mayStartAt(s, m.start()),
                            "rule " + rule.pattern() + " matched '" + m.group() + "' at a start it rules out, in: " + s);
                }
            }
        }
        assertTrue(matches > 500, "too few matches to check: " + matches);
    }

    @Test
    void rulesStartingAt_sameAsEachRulesOwnCheck_atEveryPosition() throws Exception {
        List<DateRule> rules = DateRules.ordered();
        int starts = 0;
        for (String text : texts()) {
            String s = Normaliser.foldPreservingLength(text);
            for (int i = 0; i < s.length(); i++) {
                long[] mask = DateFinder.rulesStartingAt(s, i);
                for (int r = 0; r < rules.size(); r++) {
                    boolean own = rules.get(r).mayStartAt(s, i);
                    starts += own ? 1 : 0;
                    assertEquals(own, (mask[r >>> 6] & 1L << r) != 0,
                            "rule " + rules.get(r).pattern() + " at " + i + " of: " + s);
                }
            }
        }
        assertTrue(starts > 5000, "too few starts to check: " + starts);
    }

    @Test
    void nextYear_positionsInOrder_sameAsYearAfterAtEachPosition() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "1290 -/a年";
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            DateFinder.NextYear years = new DateFinder.NextYear();
            for (int i = random.nextInt(3); i < s.length(); i += 1 + random.nextInt(4)) {
                int chars = 1 + random.nextInt(19);
                assertEquals(DateRule.yearAfter(s, i, chars), years.within(s, i, chars),
                        "'" + s + "' at " + i + " within " + chars);
            }
        }
    }

    @Test
    void find_sameMentionsAsPlainSearchOfEveryRule() throws Exception {
        for (String s : texts()) {
            assertEquals(plainSearch(s), DateFinder.find(s, Lang.EN, java.time.LocalDate.of(2025, 6, 15)), s);
        }
    }

    @Test
    void mayStartAt_wordBoundaryRule_notInsideAWord() {
        DateRule monthYear = DateRules.ordered().stream()
                .filter(r -> r.pattern().pattern().startsWith("\\b(") && r.start().words().contains("march"))
                .findFirst().orElseThrow();
        assertTrue(monthYear.mayStartAt("in march 2025", 3));
        assertTrue(!monthYear.mayStartAt("xmarch 2025", 1));
        assertTrue(!monthYear.mayStartAt("in march 2025", 4)); // 'a' begins no month name
        assertTrue(!monthYear.mayStartAt("in marching 2025", 3)); // a longer word than a month name
    }

    @Test
    void mayStartAt_digitShape_skipsNumbersNoDateCanStartWith() {
        DateRule dayMonthYear = DateRules.ordered().stream()
                .filter(r -> r.pattern().pattern().startsWith("(?<![\\d./-])(\\d{1,2})([-/.])"))
                .findFirst().orElseThrow();
        assertTrue(dayMonthYear.mayStartAt("5.3.2025", 0));
        assertTrue(dayMonthYear.mayStartAt("05/03/25", 0));
        assertTrue(!dayMonthYear.mayStartAt("79,000 yuan", 0)); // followed by a comma
        assertTrue(!dayMonthYear.mayStartAt("2025.3.5", 0)); // four digits
    }

    // What DateFinder did before the start sets: find() with every rule over the whole folded text.
    private static List<DateMention> plainSearch(String text) {
        String s = Normaliser.foldPreservingLength(text);
        List<DateMention> found = new ArrayList<>();
        for (DateRule rule : DateRules.ordered()) {
            Matcher m = rule.pattern().matcher(s);
            while (m.find()) {
                int start = m.start(), end = m.end();
                if (found.stream().anyMatch(d -> start < d.end() && d.start() < end)) {
                    continue;
                }
                DateMention d = rule.resolve(m, Lang.EN, java.time.LocalDate.of(2025, 6, 15));
                if (d != null) {
                    found.add(d);
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(DateMention::start));
        return DateRoles.assign(s, found, java.time.LocalDate.of(2025, 6, 15));
    }

    // Forms the suites and the corpus lack, written for this test, one or more per rule.
    private static final List<String> WRITTEN = List.of("2025年第三季度营收", "今年上半年出口", "去年前三季度",
            "Q3 2024 results", "in the first half of 2025", "H1 2025", "the second quarter of 2026",
            "Jan–Oct 2025 exports", "Sept.-Dec. 2024", "6 tháng đầu năm 2025", "nửa cuối năm 2024", "quý IV năm 2023",
            "二零二五年三月", "两千零八年", "零八年的奥运", "98年4月", "1789年7月14日", "1789-07-14",
            "the twenty-second of June 2017", "March third, 2015", "05-Aug-2016", "2019/aug/01", "Sep-23-2020",
            "in 2007 and 2009", "from March, prices", "上年同期", "a year earlier", "the same month last year",
            "so với cùng kỳ năm trước", "2025年前10个月", "今年前三个月", "前10个月", "2025年1-10月", "1-10月",
            "the first ten months of 2024", "10 tháng đầu năm nay", "三季度", "前三季度", "下半年", "the third quarter",
            "Q3 of last year", "quý III", "nửa đầu năm nay", "by the end of the year", "year-end", "cuối năm nay",
            "đầu năm 2026", "tháng 10 năm ngoái", "October last year", "on Tuesday", "last Friday", "上周五", "下星期一",
            "第一个星期一", "vào thứ Ba", "hôm chủ nhật", "春节前", "2026年春节", "国庆假期", "National Day", "Tết",
            "Quốc khánh", "Christmas", "下个月15号", "明年2月9日", "年底前", "2月9日", "ngày 6/2",
            // numbers followed by spaces, dashes and letters, for the digit shapes of the rules
            "2025 年 3 月 5 日", "2025\u3000年", "25 年3月", "5th of march 2025", "5 march 2025", "5march 2025",
            "2019 - 2021", "2019–2021", "2025 / 3", "3 - 2025", "12 tháng 3 năm 2025", "2025 3 15", "15 3 2025",
            "2024, march", "2024 march", "5.3.2025", "05/03/25", "2025.3.5", "6 tháng cuối năm 2025", "12 月",
            // the longest openers before a year, for the rules tried only where one follows
            "the fourth quarter of 2025", "the second half of 2024", "h2 of 2024", "q4\t2025", "through 2030",
            "as of 2025", "end of 2026", "fiscal 2024", "in\u00a02024", "first quarter 1999", "quarter of 20",
            "12 - 2025", "07 / 1999", "3-2024", "31 12 1999", "1 2 2025", "12\u3000-\u30002025");

    // Folded texts of every peer-suite case, every paragraph of the sample corpus and the written forms.
    private static List<String> texts() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>();
        WRITTEN.forEach(w -> out.add(Normaliser.foldPreservingLength(w)));
        ObjectMapper json = new ObjectMapper();
        for (Path f : files("/peer-suites", ".jsonl")) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode c = json.readTree(line);
                    out.add(Normaliser.foldPreservingLength(c.get("text").asText()));
                }
            }
        }
        for (Path f : files("/corpus", ".txt")) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(Normaliser.foldPreservingLength(line));
                }
            }
        }
        return out;
    }

    private static List<Path> files(String dir, String suffix) throws IOException, URISyntaxException {
        Path root = Path.of(DateRuleStartsTest.class.getResource(dir).toURI());
        try (Stream<Path> st = Files.list(root)) {
            return st.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
