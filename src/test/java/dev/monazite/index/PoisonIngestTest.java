package dev.monazite.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.facts.Annotations;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.article.Article;
import dev.monazite.pipeline.Pipeline;
import dev.monazite.ingest.Quarantine;
import dev.monazite.lexicon.Lexicon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An extraction step that throws on one article, on a real index: that article alone is set aside. */
class PoisonIngestTest {
    @TempDir
    Path tmp;

    private static final Function<Article, Annotations> THROWS_ON_POISON = a -> {
        if (a.title().contains("POISON")) {
            throw new IllegalStateException("extractor bug on " + a.title());
        }
        return Annotations.NONE;
    };

    private Pipeline.Summary ingest(Path data, Function<Article, Annotations> annotator, IngestIndexTest.Recorder r,
                                    Path... paths) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(data, annotator)) {
            return new Pipeline(index, r, Pipeline.COMMIT_EVERY, Quarantine.open(data)).run(List.of(paths));
        }
    }

    @Test
    void ingest_extractionThrowsOnOneArticleOfAFile_restOfFileAndBatchIndexedAndItemQuarantined() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.jsonl"), """
                {"title":"First","text":"Cerium demand rose 1% in July."}
                {"title":"POISON item","text":"Praseodymium prices rose 3% in May."}
                {"title":"Third","text":"Lanthanum exports fell 2% in June."}
                """);
        Files.writeString(in.resolve("b.txt"), "Other file\n\nTerbium output fell.\n");
        Path data = tmp.resolve("data");
        IngestIndexTest.Recorder r = new IngestIndexTest.Recorder();
        Pipeline.Summary s = ingest(data, THROWS_ON_POISON, r, in);
        assertEquals(3, s.articlesAdded());
        assertEquals(1, s.quarantined());
        assertEquals(1, s.filesFailed());
        assertEquals(1, r.failures.size(), r.failures.toString());
        assertTrue(r.failures.get(0).startsWith("a.jsonl: article 2 \"POISON item\": fact extraction failed: "
                + "IllegalStateException: extractor bug on POISON item; quarantined"), r.failures.toString());
        List<Quarantine.Item> items = Quarantine.open(data).items();
        assertEquals(1, items.size());
        assertEquals(Quarantine.Stage.INDEX, items.get(0).stage());
        assertTrue(items.get(0).file().endsWith("a.jsonl"), items.toString());

        // never retried in a loop: the next run skips it and fails nothing
        IngestIndexTest.Recorder again = new IngestIndexTest.Recorder();
        Pipeline.Summary s2 = ingest(data, THROWS_ON_POISON, again, in);
        assertEquals(List.of(), again.failures);
        assertEquals(1, s2.skipped());
        assertEquals(3, s2.unchanged());

        // after the fix: taken out of quarantine, the item goes in
        Quarantine q = Quarantine.open(data);
        q.remove(List.of(items.get(0).key()));
        Pipeline.Summary s3 = ingest(data, new ArticleAnnotator(Lexicon.load(data)), new IngestIndexTest.Recorder(),
                in.resolve("a.jsonl"));
        assertEquals(1, s3.articlesAdded());
        assertEquals(List.of(), Quarantine.open(data).items());
        try (ArticleSearcher searcher = ArticleSearcher.open(data)) {
            assertEquals(4, searcher.size());
        }
    }
}
