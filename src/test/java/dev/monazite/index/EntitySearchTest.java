package dev.monazite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.pipeline.Pipeline;
import dev.monazite.lexicon.Lexicon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitySearchTest {
    @TempDir
    Path tmp;

    private ArticleSearcher ingest() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("zh.txt"), "镝价上涨\n\n日本企业加紧囤积镝和铽。\n");
        Files.writeString(in.resolve("hant.txt"), "鏑價上漲\n\n台灣廠商採購鏑。\n");
        Files.writeString(in.resolve("vi.txt"), "Giá dysprosi\n\nGiá oxit dysprosi tăng mạnh tại Việt Nam.\n");
        Files.writeString(in.resolve("en.txt"), "Gallium\n\nGallium prices doubled in the United States.\n");
        Path data = tmp.resolve("data");
        Lexicon lexicon = Lexicon.bundled();
        try (ArticleIndex index = ArticleIndex.open(data, new ArticleAnnotator(lexicon))) {
            new Pipeline(index, new IngestIndexTest.Recorder()).run(List.of(in));
        }
        return ArticleSearcher.open(data, new QueryRewriter(lexicon));
    }

    @Test
    void search_englishName_findsChineseTraditionalAndVietnamese() throws Exception {
        try (ArticleSearcher s = ingest()) {
            List<SearchHit> hits = s.search(SearchRequest.of("dysprosium"));
            assertEquals(3, hits.size(), hits.toString());
        }
    }

    @Test
    void search_entityAndPlaceFilters() throws Exception {
        try (ArticleSearcher s = ingest()) {
            List<SearchHit> hits = s.search(SearchRequest.of("entity:Dy place:JP"));
            assertEquals(1, hits.size());
            assertTrue(hits.get(0).title().startsWith("镝价"));
            assertEquals(1, s.search(SearchRequest.of("entity:镓")).size());
            assertFalse(s.search(SearchRequest.of("place:日本")).isEmpty());
        }
    }
}
