package dev.monazite.ingest;

import dev.monazite.article.Article;
import dev.monazite.pipeline.Pipeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.monazite.bench.CorpusGenerator;
import dev.monazite.facts.Annotations;
import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.article.Json;
import dev.monazite.index.StoredArticle;
import dev.monazite.lexicon.Lexicon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel ingest must give what a sequential one gives, whatever the thread timing: the same
 * ids, files, clusters and facts, in the same document order, and the same counts. A generated
 * corpus (verbatim repeats and near-duplicate rewrites, within a file and across files) plus a copy
 * of its first file (every article merged into a committed one) is ingested twice with the
 * parallel pipeline and once article by article through {@link ArticleIndex#add}.
 */
class ParallelIngestDeterminismTest {
    @TempDir
    Path tmp;

    static final class Quiet implements Pipeline.Progress {
        final List<String> failures = new ArrayList<>();

        @Override
        public void started(int files, long bytes) {}

        @Override
        public void fileDone(Path file, long bytes, int articles) {}

        @Override
        public void failed(Path file, String reason) {
            failures.add(file.getFileName() + ": " + reason);
        }
    }

    @Test
    void parallelIngest_twiceAndSequentially_givesIdenticalArticlesClustersFilesAndFacts() throws Exception {
        Path corpus = tmp.resolve("corpus");
        List<Path> files = new ArrayList<>(new CorpusGenerator(7L).writeClippingFiles(800, corpus, 200));
        Path copy = corpus.resolve("zz_resent.txt");
        Files.copy(files.get(0), copy);
        files.add(copy);
        Function<Article, Annotations> annotator = new ArticleAnnotator(Lexicon.bundled());

        Pipeline.Summary first = ingest(tmp.resolve("a"), annotator, corpus, Duration.ZERO);
        Pipeline.Summary second = ingest(tmp.resolve("b"), annotator, corpus, Duration.ZERO);
        Pipeline.Summary oneCommit = ingest(tmp.resolve("d"), annotator, corpus, Duration.ofDays(1));
        List<String> sequential = sequential(tmp.resolve("c"), annotator, files);

        assertEquals(first, second);
        assertEquals(first, oneCommit, "counts do not depend on where commits fall");
        List<String> a = snapshot(tmp.resolve("a"));
        List<String> b = snapshot(tmp.resolve("b"));
        assertEquals(new HashSet<>(a), new HashSet<>(b), "same (id, files, cluster, facts) set");
        assertEquals(a, b, "same document order");
        assertEquals(new HashSet<>(a), new HashSet<>(snapshot(tmp.resolve("d"))),
                "committing once at the end gives the same articles, files and clusters");
        assertEquals(new HashSet<>(a), new HashSet<>(snapshot(tmp.resolve("c"))),
                "same as adding article by article, committing every few articles");
        assertEquals(sequential, List.of(first.articlesAdded() + "/" + first.duplicatesMerged() + "/"
                + first.unchanged()), "same counts as adding article by article");

        // the corpus does exercise what must stay sequential: merges and shared clusters
        assertTrue(first.duplicatesMerged() >= 200, "the copied file merges: " + first);
        Set<String> clusters = new HashSet<>();
        for (String row : a) {
            clusters.add(row.split("\t")[2]);
        }
        assertTrue(clusters.size() < a.size() - 20, "near-duplicates share clusters: " + clusters.size() + " of "
                + a.size());
    }

    private static Pipeline.Summary ingest(Path data, Function<Article, Annotations> annotator, Path corpus,
                                           Duration commitEvery) throws Exception {
        Quiet q = new Quiet();
        try (ArticleIndex index = ArticleIndex.open(data, annotator)) {
            Pipeline.Summary s = new Pipeline(index, q, commitEvery).run(List.of(corpus));
            assertEquals(List.of(), q.failures);
            return s;
        }
    }

    // The reference: one add() per article, a commit every 7 articles (so commits fall inside files and
    // near-duplicates meet their earlier copies both committed and not), counted as the Pipeline counts.
    private static List<String> sequential(Path data, Function<Article, Annotations> annotator, List<Path> files)
            throws Exception {
        int added = 0, merged = 0, unchanged = 0, sinceCommit = 0;
        Set<String> seen = new HashSet<>();
        try (ArticleIndex index = ArticleIndex.open(data, annotator)) {
            for (Path f : files) {
                String text = Files.readString(f);
                for (Article art : Readers.articles(f, text, new ArrayList<>())) {
                    ArticleIndex.Outcome o = index.add(art, f.toAbsolutePath().normalize().toString());
                    if (++sinceCommit % 7 == 0) {
                        index.commit();
                    }
                    boolean firstTime = seen.add(art.id());
                    switch (o) {
                        case ADDED -> added++;
                        case MERGED -> merged++;
                        case UNCHANGED -> {
                            if (firstTime) {
                                unchanged++;
                            } else {
                                merged++;
                            }
                        }
                    }
                }
                index.commit();
            }
        }
        return List.of(added + "/" + merged + "/" + unchanged);
    }

    private static List<String> snapshot(Path data) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ArticleSearcher s = ArticleSearcher.open(data)) {
            for (StoredArticle a : s.all()) {
                rows.add(a.article().id() + "\t" + a.files() + "\t" + a.cluster() + "\t"
                        + Json.MAPPER.writeValueAsString(a.facts()));
            }
        }
        return rows;
    }
}
