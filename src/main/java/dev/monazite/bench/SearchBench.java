package dev.monazite.bench;

import dev.monazite.facts.Annotations;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.SearchRequest;
import dev.monazite.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Measures search latency (parse, BM25, cluster folding, highlighting: what a user waits for) over
 * a fixed mixed query set on a generated index of N articles, which is built once and reused.
 */
public final class SearchBench {
    static final List<String> QUERIES = List.of("稀土", "镝", "鏑", "氧化镨钕 价格", "rare earth magnets",
            "\"export controls\"", "Lynas", "đất hiếm", "nam châm", "dysprosium AND terbium", "EU NOT Japan",
            "source:Reuters magnets", "lang:vi giá", "出口管制", "稀土永磁", "robots", "MOFCOM", "price", "中国 AND 日本",
            "磁材 OR 永磁");

    private final PrintStream out;

    public SearchBench(PrintStream out) {
        this.out = out;
    }

    public void run(int docs, int queries, Path work, UnaryOperator<String> expander) throws IOException {
        Path data = work.resolve("search-" + docs);
        ensureIndex(docs, data, work);
        try (ArticleSearcher searcher = ArticleSearcher.open(data, expander)) {
            out.printf("index: %,d distinct articles; %d queries in the set%n", searcher.size(), QUERIES.size());
            for (int i = 0; i < Math.min(200, queries); i++) {
                searcher.search(SearchRequest.of(QUERIES.get(i % QUERIES.size())));
            }
            double[] ms = new double[queries];
            for (int i = 0; i < queries; i++) {
                long t0 = System.nanoTime();
                searcher.search(SearchRequest.of(QUERIES.get(i % QUERIES.size())));
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            out.printf("search latency over %d queries (top 10, clusters folded, highlighted): p50 %.2f ms  "
                    + "p90 %.2f ms  p99 %.2f ms  max %.2f ms%n", queries, Stats.percentile(ms, 50),
                    Stats.percentile(ms, 90), Stats.percentile(ms, 99), Stats.percentile(ms, 100));
        }
    }

    private void ensureIndex(int docs, Path data, Path work) throws IOException {
        if (Files.isDirectory(data.resolve("index"))) {
            out.println("reusing index in " + data);
            return;
        }
        Path corpus = work.resolve("search-corpus-" + docs);
        out.printf("building an index of %,d generated articles in %s (once)...%n", docs, data);
        List<Path> files = new CorpusGenerator(20251122L).writeClippingFiles(docs, corpus, 1000);
        long t0 = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(data, a -> Annotations.NONE)) {
            new Pipeline(index, dev.monazite.pipeline.Pipeline.Progress.SILENT).run(files);
        }
        out.printf("built in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        IngestBench.deleteTree(corpus);
    }
}
