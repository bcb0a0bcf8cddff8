package dev.monazite.bench;

import dev.monazite.article.Article;
import dev.monazite.facts.Annotations;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.SearchHit;
import dev.monazite.index.SearchRequest;
import dev.monazite.index.StoredArticle;
import dev.monazite.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Measures how well search answers a judged query set: ingests the corpus the set was judged on
 * into a temporary data directory (or takes a data directory that holds it), runs every query
 * through the searcher the {@code search} command uses, and hands on a {@link Scorecard}.
 */
public final class SearchQualityBench {
    private final PrintStream err;
    private final Pipeline.Progress progress;
    private final Function<Path, Function<Article, Annotations>> annotator;
    private final Function<Path, UnaryOperator<String>> expander;

    /**
     * A bench that reports its ingest on err and progress, and builds a data directory's annotator
     * and query expander as the commands do (its lexicon and cue additions included).
     */
    public SearchQualityBench(PrintStream err, Pipeline.Progress progress,
                              Function<Path, Function<Article, Annotations>> annotator,
                              Function<Path, UnaryOperator<String>> expander) {
        this.err = err;
        this.progress = progress;
        this.annotator = annotator;
        this.expander = expander;
    }

    /**
     * Runs the judged set on data, or, when data is null, on the corpus ingested into a temporary
     * directory that is deleted afterwards.
     *
     * @throws IllegalArgumentException when data holds no index, or when a judged title names no
     *     article of the index (the corpus the set was judged on is not all there)
     */
    public Scorecard run(JudgedSet judged, Path data, List<Path> corpus) throws IOException {
        if (data != null) {
            if (!ArticleSearcher.exists(data)) {
                throw new IllegalArgumentException("--data " + data + " holds no index: ingest the corpus the set "
                        + "was judged on into it, or leave --data out to measure on a temporary one");
            }
            return measure(judged, data);
        }
        Path temporary = Files.createTempDirectory("monazite-quality-");
        try {
            ingest(corpus, temporary);
            return measure(judged, temporary);
        } finally {
            IngestBench.deleteTree(temporary);
        }
    }

    private void ingest(List<Path> corpus, Path data) throws IOException {
        err.println("ingesting " + corpus.stream().map(Path::toString).collect(Collectors.joining(" "))
                + " into a temporary data directory...");
        long t0 = System.nanoTime();
        Pipeline.Summary s;
        try (ArticleIndex index = ArticleIndex.open(data, annotator.apply(data))) {
            s = new Pipeline(index, progress).run(corpus);
        }
        err.printf("%d file(s) read, %d article(s) added, %d duplicate(s) merged, %d file(s) failed, in %.1f s%n",
                s.filesRead(), s.articlesAdded(), s.duplicatesMerged(), s.filesFailed(), (System.nanoTime() - t0) / 1e9);
    }

    private Scorecard measure(JudgedSet judged, Path data) throws IOException {
        try (ArticleSearcher searcher = ArticleSearcher.open(data, expander.apply(data))) {
            return measure(judged, searcher);
        }
    }

    /**
     * Runs every query of the set on searcher.
     *
     * @throws IllegalArgumentException when a judged title names no article of the index
     */
    static Scorecard measure(JudgedSet judged, ArticleSearcher searcher) throws IOException {
        Map<String, String> langByTitle = new HashMap<>();
        for (StoredArticle a : searcher.every()) {
            langByTitle.put(a.article().title(), a.article().lang());
        }
        checkTitles(judged, langByTitle.keySet());
        List<Scorecard.Outcome> outcomes = new ArrayList<>();
        for (JudgedSet.Query q : judged.queries()) {
            boolean cross = q.relevant().stream().noneMatch(t -> q.lang().equals(langByTitle.get(t)));
            outcomes.add(outcome(q, cross, searcher));
        }
        return new Scorecard(outcomes, langByTitle.size());
    }

    private static Scorecard.Outcome outcome(JudgedSet.Query q, boolean cross, ArticleSearcher searcher)
            throws IOException {
        List<SearchHit> hits;
        try {
            hits = searcher.search(new SearchRequest(q.text(), Scorecard.DEPTH, null, null, null));
        } catch (IllegalArgumentException e) {
            return new Scorecard.Outcome(q, cross, 0, List.of(), e.getMessage());
        }
        List<Set<String>> stories = hits.stream().map(SearchQualityBench::titles).toList();
        List<String> top = hits.stream().limit(Scorecard.TOP).map(SearchHit::title).toList();
        return new Scorecard.Outcome(q, cross, Scorecard.firstRelevant(stories, Set.copyOf(q.relevant())), top, null);
    }

    // A story answers when any of its articles does, whichever outlet's copy leads it.
    private static Set<String> titles(SearchHit hit) {
        Set<String> titles = new HashSet<>();
        titles.add(hit.title());
        hit.members().forEach(m -> titles.add(m.title()));
        return titles;
    }

    private static void checkTitles(JudgedSet judged, Set<String> titles) {
        List<String> missing = new ArrayList<>();
        for (JudgedSet.Query q : judged.queries()) {
            for (String t : q.relevant()) {
                if (!titles.contains(t)) {
                    missing.add("line " + q.line() + " '" + t + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(judged.source() + ": " + missing.size() + " judged title(s) name no "
                    + "article of the index, e.g. " + String.join("; ", missing.subList(0, Math.min(3, missing.size())))
                    + ". The bundled set is judged on samples/ and src/test/resources/eval-dev/: ingest both "
                    + "(leave --data out and pass --corpus if they are elsewhere), or fix the title");
        }
    }
}
