package dev.monazite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JudgedSetTest {
    @Test
    void bundled_atLeastSixtyQueriesAndEightInEachLanguage() {
        List<JudgedSet.Query> queries = JudgedSet.bundled().queries();
        assertTrue(queries.size() >= 60, queries.size() + " queries");
        Map<String, Long> perLanguage = queries.stream()
                .collect(Collectors.groupingBy(JudgedSet.Query::lang, Collectors.counting()));
        for (String lang : JudgedSet.LANGUAGES) {
            assertTrue(perLanguage.getOrDefault(lang, 0L) >= 8, lang + ": " + perLanguage);
        }
    }

    @Test
    void parse_lineWithSeveralTitles_keepsThemInOrder() {
        JudgedSet set = JudgedSet.parse("t.tsv", "# header\n\nmagnet exports\ten\ta note\tTitle one\tTitle | two\n");
        assertEquals(List.of(new JudgedSet.Query("magnet exports", "en", "a note", List.of("Title one", "Title | two"), 3)),
                set.queries());
    }

    @Test
    void parse_noTitle_failsNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgedSet.parse("t.tsv", "# header\nmagnet exports\ten\tnote\n"));
        assertTrue(e.getMessage().startsWith("t.tsv line 2: expected QUERY, LANG, NOTE and at least one TITLE"),
                e.getMessage());
    }

    @Test
    void parse_unknownLanguage_failsNamingTheLanguagesToUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgedSet.parse("t.tsv", "レアアース\tjp\t\tTitle\n"));
        assertEquals("t.tsv line 1: unknown query language 'jp': use one of en, zh-Hans, zh-Hant, vi, ja", e.getMessage());
    }

    @Test
    void parse_sameQueryTwice_failsNamingBothLines() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JudgedSet.parse("t.tsv", "收储\tzh-Hans\t\tA\n收储\tzh-Hans\t\tB\n"));
        assertTrue(e.getMessage().startsWith("t.tsv line 2: repeats the query of line 1"), e.getMessage());
    }

    @Test
    void parse_onlyComments_failsSayingThereAreNoQueries() {
        assertThrows(IllegalArgumentException.class, () -> JudgedSet.parse("t.tsv", "# nothing\n\n"));
    }
}
