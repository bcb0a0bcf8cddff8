package dev.monazite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search as a search engine ranks: best match over the words (not all required), titles and nearness
 * first, a concept's terms in every language, require-all only where the user writes it, and the
 * newest first or newer ranked up when asked. Stories written for this test.
 */
class BestMatchTest {
    @TempDir
    static Path tmp;
    static ArticleSearcher searcher;

    @BeforeAll
    static void ingest() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        story(in, "zh.txt", "商务部宣布暂停部分稀土出口许可", "新华社· 2025-10-09 10:00",
                "商务部表示,自即日起暂停审批部分中重稀土的出口许可申请,以加强出口管制。");
        story(in, "vi.txt", "Trung Quốc tạm dừng cấp giấy phép xuất khẩu đất hiếm", "VnExpress· 2025-10-10 08:00",
                "Bộ Thương mại Trung Quốc cho biết sẽ tạm dừng cấp giấy phép xuất khẩu đối với một số loại đất hiếm.");
        story(in, "en-title.txt", "Magnet makers face longer licence waits", "Wire Alpha· 2025-09-01 09:00",
                "Magnet makers in Europe said licence waits had stretched to three months.");
        story(in, "en-body.txt", "Quarterly review of the metals market", "Wire Beta· 2025-09-02 09:00",
                "Among many items this quarter, magnet makers also mentioned that licence waits were a concern.");
        story(in, "en-far.txt", "Notes from a trade fair", "Wire Gamma· 2025-09-03 09:00",
                "Magnet demand was strong. In another hall entirely, a panel on shipping discussed how long a licence "
                        + "takes. Elsewhere, the makers of motors showed new designs.");
        story(in, "ja.txt", "Japan weighs stockpile of heavy rare earths", "Wire Delta· 2025-11-20 09:00",
                "Tokyo said it would study export controls announced by Beijing and widen its stockpile.");
        // dated against today, so that recency, which counts from now, sees one fresh and one stale story
        story(in, "old.txt", "Holmium prices in focus", "Wire Old· " + java.time.LocalDate.now().minusDays(400) + " 09:00",
                "Holmium oxide prices were steady, traders said.");
        story(in, "new.txt", "Holmium market quiet", "Wire New· " + java.time.LocalDate.now().minusDays(2) + " 09:00",
                "Dealers reported holmium oxide prices unchanged this week amid thin trading across the whole market.");
        Path data = tmp.resolve("data");
        Lexicon lexicon = Lexicon.bundled();
        try (ArticleIndex index = ArticleIndex.open(data, new ArticleAnnotator(lexicon))) {
            new Pipeline(index, new IngestIndexTest.Recorder()).run(List.of(in));
        }
        searcher = ArticleSearcher.open(data, new QueryRewriter(lexicon));
    }

    private static void story(Path dir, String file, String title, String dateline, String body) throws Exception {
        Files.writeString(dir.resolve(file), title + "\n" + dateline + "\n\n" + body + "\n");
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static List<String> titles(String query) throws Exception {
        return titles(new SearchRequest(query, 20, null, null, null));
    }

    private static List<String> titles(SearchRequest request) throws Exception {
        return searcher.search(request).stream().map(SearchHit::title).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "export licence suspension|商务部宣布暂停部分稀土出口许可|Trung Quốc tạm dừng cấp giấy phép xuất khẩu đất hiếm",
        "暂停出口许可|Trung Quốc tạm dừng cấp giấy phép xuất khẩu đất hiếm|商务部宣布暂停部分稀土出口许可",
        "tạm dừng giấy phép xuất khẩu|商务部宣布暂停部分稀土出口许可|Trung Quốc tạm dừng cấp giấy phép xuất khẩu đất hiếm",
        "輸出規制|Japan weighs stockpile of heavy rare earths|商务部宣布暂停部分稀土出口许可",
    })
    void aConceptInOneLanguage_findsStoriesInTheOthers(String query, String one, String other) throws Exception {
        List<String> found = titles(query);
        assertTrue(found.contains(one) && found.contains(other), query + " → " + found);
    }

    @Test
    void aStoryFoundThroughAConcept_showsTheConceptsTermsInItsOwnLanguage() throws Exception {
        SearchHit zh = searcher.search(new SearchRequest("export licence suspension", 20, null, null, null)).stream()
                .filter(h -> h.lang().equals("zh-Hans")).findFirst().orElseThrow();
        assertTrue(zh.snippet().contains("«出口许可»") || zh.snippet().contains("«暂停»"), zh.snippet());
    }

    @Test
    void notEveryWordNeedMatch_butEnoughMust() throws Exception {
        assertEquals(1, BestMatchTest.searcherEnough(1));
        assertEquals(2, BestMatchTest.searcherEnough(2));
        assertEquals(2, BestMatchTest.searcherEnough(3));
        assertEquals(3, BestMatchTest.searcherEnough(4));
        assertEquals(6, BestMatchTest.searcherEnough(8));
        assertTrue(titles("holmium oxide shortage").contains("Holmium prices in focus"), "a named entity suffices");
        assertEquals("Holmium market quiet", titles("thin trading zzyzx").get(0), "the story with two of three words first");
        assertTrue(titles("thin zzyzx qwertz").isEmpty(), "one of three plain words is not enough");
    }

    @Test
    void wordsInTheTitle_andNearEachOther_rankFirst() throws Exception {
        List<String> found = titles("magnet makers licence waits");
        assertEquals("Magnet makers face longer licence waits", found.get(0), found.toString());
        int together = found.indexOf("Quarterly review of the metals market");
        int scattered = found.indexOf("Notes from a trade fair");
        assertTrue(together > 0 && (scattered < 0 || together < scattered), "words together before words scattered: " + found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "+holmium stockpile|2",
        "holmium AND dealers|1",
        "\"holmium oxide prices were steady\"|1",
        "title:focus stockpile|1",
    })
    void requireAll_onlyWhereTheUserWritesIt(String query, int expected) throws Exception {
        assertEquals(expected, titles(query).size(), query + " → " + titles(query));
    }

    @Test
    void sortByDate_putsTheNewestFirst_andRecencyLiftsTheNewerOfEqualMatches() throws Exception {
        List<String> byDate = titles(new SearchRequest("holmium", 20, null, null, null, SearchRequest.Sort.DATE, null));
        assertEquals(List.of("Holmium market quiet", "Holmium prices in focus"), byDate);
        List<String> plain = titles("holmium oxide");
        assertEquals("Holmium prices in focus", plain.get(0), "the shorter story, by relevance alone");
        List<String> recent = titles(new SearchRequest("holmium oxide", 20, null, null, null,
                SearchRequest.Sort.RELEVANCE, 30));
        assertEquals(List.of("Holmium market quiet", "Holmium prices in focus"), recent, "then " + recent);
    }

    private static int searcherEnough(int n) {
        return ArticleSearcher.enough(n);
    }
}
