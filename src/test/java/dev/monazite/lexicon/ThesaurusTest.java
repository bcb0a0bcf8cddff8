package dev.monazite.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.lexicon.Thesaurus.Hit;
import dev.monazite.lexicon.Thesaurus.Row;
import dev.monazite.text.Normaliser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThesaurusTest {
    // Rows are read without building the thesaurus, so each data check below reports on its own
    // even when a broken file would stop Thesaurus.bundled().
    private static final List<Row> ROWS = Thesaurus.bundledRows();
    private static final int EN = 0, ZH_HANS = 1, ZH_HANT = 2, VI = 3, JA = 4;

    /** Concept ids found in the text, in order. */
    private static List<String> ids(Thesaurus t, String text) {
        return t.find(text).stream().map(h -> h.concept().id()).toList();
    }

    private static List<String> ids(String text) {
        return ids(Thesaurus.bundled(), text);
    }

    private static Hit hit(int start, int end, String id) {
        return new Hit(start, end, Thesaurus.bundled().concept(id).orElseThrow());
    }

    private static Path userFile(Path dir, String... lines) throws IOException {
        return Files.writeString(dir.resolve(Thesaurus.USER_FILE), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    // ---- the bundled data

    @Test
    void bundled_everyRow_hasAllFiveLanguageColumns() {
        for (Row r : ROWS) {
            assertEquals(Thesaurus.LANGUAGES.size(), r.columns().size(), r.where() + " " + r.id());
        }
        assertEquals(ROWS.size(), Thesaurus.bundled().size(), "one row per concept");
    }

    @Test
    void bundled_holdsSeveralHundredConcepts() {
        assertTrue(Thesaurus.bundled().size() >= 300, "only " + Thesaurus.bundled().size() + " concepts");
    }

    @Test
    void bundled_everyConcept_hasEnglishChineseAndVietnameseTerms() {
        for (Row r : ROWS) {
            for (int c : new int[] {EN, ZH_HANS, ZH_HANT, VI}) {
                assertTrue(!r.columns().get(c).isEmpty(), r.where() + " " + r.id() + " has no " + Thesaurus.LANGUAGES.get(c));
            }
        }
    }

    @Test
    void bundled_nearlyEveryConcept_hasJapaneseTerms() {
        long withJapanese = ROWS.stream().filter(r -> !r.columns().get(JA).isEmpty()).count();
        assertTrue(withJapanese >= ROWS.size() * 95 / 100, withJapanese + " of " + ROWS.size() + " have Japanese");
    }

    @Test
    void bundled_noTerm_namesTwoConcepts() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Row r : ROWS) {
            for (String t : r.terms()) {
                String before = owner.putIfAbsent(Normaliser.fold(t), r.id());
                if (before != null && !before.equals(r.id())) {
                    clashes.add(t + " in " + before + " and " + r.id());
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void bundled_noTerm_isTheNameOfALexiconEntity() {
        Lexicon lexicon = Lexicon.bundled();
        List<String> clashes = new ArrayList<>();
        for (Row r : ROWS) {
            for (String t : r.terms()) {
                lexicon.lookup(t).ifPresent(e -> clashes.add(r.id() + ": " + t + " is entity " + e.id()));
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void bundled_chineseTerms_haveAtLeastTwoCharacters() {
        for (Row r : ROWS) {
            for (int c : new int[] {ZH_HANS, ZH_HANT}) {
                for (String t : r.columns().get(c)) {
                    assertTrue(t.codePointCount(0, t.length()) >= 2, r.where() + " " + r.id() + ": " + t);
                }
            }
        }
    }

    @Test
    void bundled_traditionalColumn_foldsOntoTheSimplifiedOne() {
        // Taiwan and Hong Kong sometimes use another word (資料 for data, 執行長 for CEO), so one shared term suffices.
        for (Row r : ROWS) {
            List<String> simplified = r.columns().get(ZH_HANS).stream().map(Normaliser::fold).toList();
            assertTrue(r.columns().get(ZH_HANT).stream().map(Normaliser::fold).anyMatch(simplified::contains),
                    r.where() + " " + r.id() + ": no Traditional term is a Simplified one");
        }
    }

    @Test
    void bundled_everyTerm_findsItsOwnConcept() {
        for (Row r : ROWS) {
            for (String t : r.terms()) {
                assertEquals(List.of(hit(0, t.length(), r.id())), Thesaurus.bundled().find(t), r.where() + " " + t);
            }
        }
    }

    // ---- find

    @Test
    void find_exportLicence_longestTermWinsOverExport() {
        assertEquals(List.of("export_licence"), ids("the export licence regime"));
        assertEquals(List.of("exports"), ids("the export regime"));
        assertEquals(List.of("export_control", "exports"), ids("export controls cut exports"));
    }

    @Test
    void find_latinTerm_onlyAsWholeWords() {
        assertEquals(List.of("suspension"), ids("a pause"));
        assertEquals(List.of(), ids("pauses"));
        assertEquals(List.of(), ids("urban banks"));
        assertEquals(List.of("ban"), ids("a ban."));
    }

    @Test
    void find_chineseRunWithoutSpaces_findsEachTerm() {
        assertEquals(List.of(hit(2, 6, "export_licence"), hit(6, 8, "suspension")),
                Thesaurus.bundled().find("稀土出口许可暂停"));
        assertEquals(List.of("licence", "suspension"), ids("许可暂停"));
    }

    @Test
    void find_latinTermBesideChinese_needsNoSpace() {
        assertEquals(List.of("stock_market", "sector", "limit_up"), ids("A股稀土板块涨停"));
        assertEquals(List.of("ipo", "approval"), ids("公司IPO获批"));
    }

    @Test
    void find_caseAndWidth_areIgnored() {
        assertEquals(List.of(hit(0, 15, "export_control")), Thesaurus.bundled().find("EXPORT CONTROLS"));
        assertEquals(List.of("export_control"), ids("Ｅｘｐｏｒｔ　Ｃｏｎｔｒｏｌｓ"));
        assertEquals(List.of("month_on_month"), ids("up 5% MoM"));
    }

    @Test
    void find_traditionalAndSimplified_sameConcept() {
        assertEquals(List.of("export_licence"), ids("出口許可證"));
        assertEquals(List.of("export_licence"), ids("出口许可证"));
        assertEquals(List.of("price_index"), ids("稀土價格指數"));
        assertEquals(List.of("price_index"), ids("稀土价格指数"));
    }

    @Test
    void find_vietnameseAndJapanese_sameConceptAsEnglish() {
        assertEquals(List.of("export_control"), ids("Trung Quốc siết kiểm soát xuất khẩu"));
        assertEquals(List.of("export_control"), ids("レアアースの輸出規制"));
        assertEquals(List.of("agreement"), ids("thỏa thuận"));
        assertEquals(List.of("agreement"), ids("thoả thuận"));
    }

    @Test
    void find_offsets_areThoseOfTheOriginalText() {
        String text = "Ｑ１: 出口許可 paused";
        List<Hit> hits = Thesaurus.bundled().find(text);
        assertEquals(List.of("first_quarter", "export_licence", "suspension"), hits.stream().map(h -> h.concept().id()).toList());
        assertEquals("出口許可", text.substring(hits.get(1).start(), hits.get(1).end()));
        assertEquals("paused", text.substring(hits.get(2).start(), hits.get(2).end()));
    }

    // ---- the user file

    @Test
    void load_noUserFile_isTheBundledThesaurus(@TempDir Path dir) {
        assertSame(Thesaurus.bundled(), Thesaurus.load(dir));
    }

    @Test
    void load_userFile_addsAConceptAndTermsToAnExistingOne(@TempDir Path dir) throws IOException {
        userFile(dir,
                "# my additions",
                "id\ten\tzh_hans\tzh_hant\tvi\tja",
                "green_hydrogen\tgreen hydrogen\t绿氢\t綠氫\thydro xanh\tグリーン水素", // as in README.md
                "suspension\tmothballed|mothball");
        Thesaurus t = Thesaurus.load(dir);
        assertEquals(Thesaurus.bundled().size() + 1, t.size());
        assertEquals(List.of("green_hydrogen", "green_hydrogen", "green_hydrogen"), ids(t, "绿氢 and 綠氫, hydro xanh"));
        assertEquals(List.of("suspension"), ids(t, "it was mothballed"));
        assertTrue(t.concept("suspension").orElseThrow().terms().containsAll(List.of("pause", "mothballed")));
        assertEquals(List.of(), ids(Thesaurus.bundled(), "it was mothballed"), "the bundled thesaurus is unchanged");
    }

    @Test
    void load_malformedUserLine_namesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = userFile(dir, "# ok", "green_hydrogen\tgreen hydrogen", "solar farm    光伏电站");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Thesaurus.load(dir));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("tabs"), e.getMessage());
    }

    @Test
    void load_userLineWithEmptyTermOrTooManyColumns_isRejected(@TempDir Path dir) throws IOException {
        Path file = userFile(dir, "green_hydrogen\tgreen hydrogen||clean hydrogen");
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Thesaurus.load(dir));
        assertTrue(empty.getMessage().startsWith(file + ":1: column en"), empty.getMessage());
        userFile(dir, "x\ta\tb\tc\td\te\tf");
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class, () -> Thesaurus.load(dir));
        assertTrue(wide.getMessage().startsWith(file + ":1: expected"), wide.getMessage());
    }

    @Test
    void load_userTermOfAnotherConcept_isRejectedNamingBoth(@TempDir Path dir) throws IOException {
        Path file = userFile(dir, "stoppage\tstoppage|pause");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Thesaurus.load(dir));
        assertTrue(e.getMessage().startsWith(file + ":1: term 'pause' already names concept suspension (lexicon/concepts.tsv:"),
                e.getMessage());
    }
}
