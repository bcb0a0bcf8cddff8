package dev.monazite.index;

import dev.monazite.facts.Annotations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
    @TempDir
    static Path tmp;
    static ArticleSearcher searcher;

    @BeforeAll
    static void ingestSamples() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Files.writeString(corpus.resolve("traditional.txt"),
                "臺灣稀土永磁產業\n\n台灣廠商正在開發不含鏑的稀土永磁材料，以降低對中國的依賴。\n");
        Path data = tmp.resolve("data");
        try (ArticleIndex index = ArticleIndex.open(data, a -> Annotations.NONE)) {
            new Pipeline(index, new IngestIndexTest.Recorder()).run(List.of(corpus));
        }
        searcher = ArticleSearcher.open(data);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private List<SearchHit> search(String q) throws Exception {
        return searcher.search(new SearchRequest(q, 50, null, null, null));
    }

    @Test
    void search_simplifiedQuery_findsTraditionalText() throws Exception {
        List<SearchHit> hits = search("镝");
        assertTrue(hits.stream().anyMatch(h -> h.lang().equals("zh-Hant")));
        assertTrue(hits.stream().anyMatch(h -> h.lang().equals("zh-Hans")));
    }

    @Test
    void search_traditionalQuery_findsSimplifiedText() throws Exception {
        List<SearchHit> hits = search("鏑");
        assertTrue(hits.stream().anyMatch(h -> h.title().startsWith("中国的稀土地位悬了")));
        assertEquals(search("镝").size(), hits.size());
    }

    @Test
    void search_compoundWordInEitherScript_matchesBoth() throws Exception {
        List<SearchHit> hits = search("稀土永磁");
        assertTrue(hits.stream().anyMatch(h -> h.lang().equals("zh-Hant")));
        assertTrue(hits.stream().anyMatch(h -> h.lang().equals("zh-Hans")));
    }

    @Test
    void search_hit_hasParagraphAndHighlightedSnippet() throws Exception {
        SearchHit hit = search("Lynas dysprosium").get(0);
        assertEquals("001_b695fc786c29298c.txt", Path.of(hit.file()).getFileName().toString());
        assertTrue(hit.snippet().contains("«Lynas»"), hit.snippet());
        assertTrue(hit.paragraph() >= 1);
        StoredArticle a = searcher.get(hit.id()).orElseThrow();
        String para = a.article().paragraph(hit.paragraph()).text();
        assertTrue(para.contains("Lynas"), para);
    }

    @Test
    void search_englishStemming_matchesInflections() throws Exception {
        assertFalse(search("magnet").isEmpty());
        assertEquals(search("magnets").size(), search("magnet").size());
    }

    @Test
    void search_phrase_isStricterThanWords() throws Exception {
        int words = search("rare earth magnets").size();
        int phrase = search("\"rare earth magnets\"").size();
        assertTrue(phrase >= 1 && phrase <= words, phrase + " vs " + words);
    }

    @Test
    void search_booleanOperators() throws Exception {
        int lynas = search("Lynas").size();
        int lynasNotTexas = search("Lynas NOT Texas").size();
        int either = search("Lynas OR Estonia").size();
        assertTrue(lynasNotTexas < lynas);
        assertTrue(either > lynas);
    }

    @Test
    void search_fieldFilters() throws Exception {
        assertTrue(search("lang:vi").stream().allMatch(h -> h.lang().equals("vi")));
        assertEquals(1, search("lang:vi").size());
        assertTrue(search("source:金融界").stream().allMatch(h -> "金融界".equals(h.source())));
        List<SearchHit> byTitle = search("title:俄罗斯");
        assertEquals(1, byTitle.size());
        assertTrue(byTitle.get(0).title().contains("俄罗斯"));
    }

    @Test
    void search_dateAndLanguageFilters() throws Exception {
        List<SearchHit> hits = searcher.search(new SearchRequest("稀土", 50, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 5), null));
        assertFalse(hits.isEmpty());
        for (SearchHit h : hits) {
            assertFalse(h.published().toLocalDate().isBefore(LocalDate.of(2026, 2, 1)));
            assertFalse(h.published().toLocalDate().isAfter(LocalDate.of(2026, 2, 5)));
        }
        assertTrue(searcher.search(new SearchRequest("rare", 50, null, null, "en")).stream()
                .allMatch(h -> h.lang().equals("en")));
    }

    @Test
    void search_badQuery_saysHowToWriteOne() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> search("\"unclosed"));
        assertTrue(e.getMessage().contains("quoted phrases"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SearchRequest(" ", 10, null, null, null));
        for (String stacked : new String[] {"/ab++/", "lynas AND /x*?y/", "/(a+)*{2}/"}) {
            IllegalArgumentException r = assertThrows(IllegalArgumentException.class, () -> search(stacked), stacked);
            assertTrue(r.getMessage().contains("repeats a repetition"), r.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> search("/" + "a*".repeat(20) + "/")).getMessage()
                .contains("more than 16 repetitions"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> search("word ".repeat(70))).getMessage()
                .contains("at most 64 are read"));
        for (String nested : new String[] {"/((.{99}x){99}){99}/", "lynas /(ab{999}){999}/", "/([a-z]{300}&.{300}){9}/"}) {
            IllegalArgumentException r = assertThrows(IllegalArgumentException.class, () -> search(nested), nested);
            assertTrue(r.getMessage().contains("states, at most 20000"), r.getMessage());
        }
        assertFalse(search("/dysprosi.*/").isEmpty(), "a plain regular expression still runs");
        assertFalse(search("/dysprosi[a-z]{1,4}/").isEmpty(), "a small counted repetition still runs");
    }

    @Test
    void get_byIdAndUniquePrefix() throws Exception {
        SearchHit hit = search("Lynas").get(0);
        assertEquals(hit.id(), searcher.get(hit.id()).orElseThrow().article().id());
        assertEquals(hit.id(), searcher.get(hit.id().substring(0, 10)).orElseThrow().article().id());
        assertTrue(searcher.get("0000000000000000").isEmpty());
    }
}
