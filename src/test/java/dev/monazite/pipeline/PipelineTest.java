package dev.monazite.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.facts.Fact;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.Fixtures;
import dev.monazite.index.StoredArticle;
import dev.monazite.ingest.Quarantine;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.store.FactRow;
import dev.monazite.store.FactStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each article passes once through the pipeline, and the store holds exactly what annotation gave it. */
class PipelineTest {
    @TempDir
    Path tmp;

    private Pipeline.Summary ingest(Path data, Duration commitEvery, Path... paths) throws Exception {
        ArticleAnnotator annotator = new ArticleAnnotator(Lexicon.bundled());
        try (ArticleIndex index = ArticleIndex.open(data, annotator);
             FactStore store = FactStore.open(data, null);
             Pipeline p = new Pipeline(index, store, annotator, Pipeline.Progress.SILENT, commitEvery, Quarantine.inMemory())) {
            return p.run(List.of(paths));
        }
    }

    @Test
    void ingest_storeHoldsEveryArticleWithTheFactsAndFilesAnnotationGave() throws Exception {
        Path corpus = Fixtures.corpus(tmp), data = tmp.resolve("data");
        Pipeline.Summary s = ingest(data, Pipeline.COMMIT_EVERY, corpus);
        assertTrue(s.duplicatesMerged() >= 1, "the samples print one article twice: " + s);
        ArticleAnnotator annotator = new ArticleAnnotator(Lexicon.bundled());
        int articles = 0, facts = 0;
        try (ArticleSearcher searcher = ArticleSearcher.open(data); FactStore store = FactStore.open(data, null)) {
            for (StoredArticle a : searcher.every()) {
                List<Fact> stored = new ArrayList<>();
                List<String> files = null;
                for (FactRow r : store.factsOf(a.article().id())) {
                    stored.add(r.fact());
                    files = r.files();
                }
                assertEquals(annotator.apply(a.article()).facts(), stored, a.article().id());
                if (files != null) {
                    assertEquals(a.files().stream().sorted().toList(), files, a.article().id());
                }
                articles++;
                facts += stored.size();
            }
            assertEquals((long) articles, store.counts().get("articles"));
        }
        assertTrue(facts > 50, "too few facts to compare: " + facts);
    }

    @Test
    void reingest_sameFilesAndACopy_leavesEveryCountAsItWas() throws Exception {
        Path corpus = Fixtures.corpus(tmp), data = tmp.resolve("data");
        ingest(data, Pipeline.COMMIT_EVERY, corpus);
        java.util.Map<String, Long> before;
        try (FactStore store = FactStore.open(data, null)) {
            before = store.counts();
        }
        Pipeline.Summary again = ingest(data, Duration.ZERO, corpus);
        assertEquals(0, again.articlesAdded());
        assertEquals(0, again.repaired(), "nothing was left unsaved");
        try (FactStore store = FactStore.open(data, null)) {
            assertEquals(before, store.counts());
        }
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        try (var files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Pipeline.Summary copied = ingest(data, Duration.ZERO, copy);
        assertEquals(0, copied.articlesAdded());
        try (FactStore store = FactStore.open(data, null)) {
            assertEquals(before, store.counts(), "a copy adds files to articles, never rows");
        }
    }
}
