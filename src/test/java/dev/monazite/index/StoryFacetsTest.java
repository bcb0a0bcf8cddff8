package dev.monazite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search facets: counted over every matching article, narrowing by drill-down, and an index from before them. */
class StoryFacetsTest {
    @TempDir
    static Path tmp;
    static ArticleSearcher searcher;

    @BeforeAll
    static void ingest() throws Exception {
        Path data = tmp.resolve("data");
        if (Main.run("ingest", "--quiet", "--data", data.toString(), Fixtures.corpus(tmp).toString(),
                Fixtures.devSet(tmp).toString()) != 0) {
            throw new IllegalStateException("ingest failed");
        }
        searcher = ArticleSearcher.open(data);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static SearchRequest request(String query, int limit, Map<String, List<String>> facets) {
        return new SearchRequest(query, limit, null, null, null, null, null, facets);
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void facets_countEveryMatchingArticle_notOnlyTheHitsAskedFor() throws Exception {
        SearchRequest req = request("rare earth", 3, Map.of());
        ArticleSearcher.Facets f = searcher.facets(req);
        int total = searcher.count(req);
        assertTrue(total > 3, "more articles match than were asked for: " + total);
        assertEquals(total, sum(f.counts().get("lang")), "every article has one language");
        assertEquals(total, sum(f.counts().get("month")), "every article has one month or is undated");
        assertTrue(f.counts().get("entity").getOrDefault("REE", 0) > 3, f.counts().get("entity").toString());
        assertTrue(f.counts().get("type").containsKey("price"), f.counts().get("type").toString());
        assertEquals(searcher.search(request("rare earth", 1000, Map.of())).size(), f.stories());
        assertEquals(null, f.notice());
    }

    @Test
    void drillDown_narrowsToTheValue_anyValueOfADimension_everyDimension() throws Exception {
        Map<String, Integer> types = searcher.facets(request("rare earth", 10, Map.of())).counts().get("type");
        Map<String, Integer> months = searcher.facets(request("rare earth", 10, Map.of())).counts().get("month");
        assertEquals(types.get("price"), searcher.count(request("rare earth", 10, Map.of("type", List.of("price")))));
        int either = searcher.count(request("rare earth", 10, Map.of("type", List.of("price", "policy"))));
        assertTrue(either >= Math.max(types.get("price"), types.get("policy")) && either <= types.get("price")
                + types.get("policy"), either + " " + types);
        String month = months.keySet().stream().filter(m -> !m.equals("undated")).findFirst().orElseThrow();
        int both = searcher.count(request("rare earth", 10, Map.of("type", List.of("price"), "month", List.of(month))));
        assertTrue(both <= Math.min(types.get("price"), months.get(month)), both + " " + types + " " + months);
        for (SearchHit h : searcher.search(request("rare earth", 50, Map.of("month", List.of(month))))) {
            assertTrue(h.published() != null && h.published().toString().startsWith(month), h.published() + " " + month);
        }
    }

    @Test
    void unknownDimension_isRefusedNamingTheFacets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> request("magnet", 10, Map.of("colour", List.of("red"))));
        assertTrue(e.getMessage().contains("lang, source, entity, month, type"), e.getMessage());
    }

    @Test
    void indexWrittenBeforeFacets_searchesAsBefore_andSaysWhyThereAreNoFacets() throws Exception {
        Path old = tmp.resolve("old");
        Files.createDirectories(old.resolve("index"));
        try (IndexWriter w = new IndexWriter(FSDirectory.open(old.resolve("index")),
                new IndexWriterConfig(ArticleIndex.analyzer()))) {
            Document d = new Document();
            d.add(new TextField(ArticleIndex.BODY, "a magnet plant opened", Field.Store.NO));
            w.addDocument(d);
        }
        try (ArticleSearcher s = ArticleSearcher.open(old)) {
            SearchRequest req = request("magnet", 10, Map.of());
            assertEquals(1, s.count(req));
            ArticleSearcher.Facets f = s.facets(req);
            assertTrue(f.notice().contains("written before search facets"), f.notice());
            assertTrue(f.counts().values().stream().allMatch(Map::isEmpty), f.counts().toString());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.count(request("magnet", 10, Map.of("type", List.of("price")))));
            assertTrue(e.getMessage().contains("new --data directory"), e.getMessage());
        }
    }
}
