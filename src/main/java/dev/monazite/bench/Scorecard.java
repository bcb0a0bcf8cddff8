package dev.monazite.bench;

import dev.monazite.article.Json;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How search did on a judged set: for each query the rank of the first story that answers it, and
 * from those success@3 (a relevant story among the first three) and the mean reciprocal rank (0
 * beyond the first ten), overall, per query language, and for queries answered only in other languages.
 */
public final class Scorecard {
    /** Stories that count for success. */
    public static final int TOP = 3;
    /** Stories looked at for the reciprocal rank: a first relevant story further down scores 0. */
    public static final int DEPTH = 10;

    /**
     * One query's result: the rank of its first relevant story (1-based, 0 when none is in the first
     * DEPTH), the titles of the first TOP stories, and why the searcher refused it, if it did.
     * crossLanguage: no article that answers it is in the query's language.
     */
    public record Outcome(JudgedSet.Query query, boolean crossLanguage, int rank, List<String> top, String error) {
        public Outcome {
            top = List.copyOf(top);
        }

        /** Whether a relevant story is among the first TOP. */
        public boolean hit() {
            return rank >= 1 && rank <= TOP;
        }
    }

    /** The figures for one group of queries. */
    public record Row(String group, int queries, double successAt3, double mrr) {}

    private final List<Outcome> outcomes;
    private final int articles;

    Scorecard(List<Outcome> outcomes, int articles) {
        this.outcomes = List.copyOf(outcomes);
        this.articles = articles;
    }

    /**
     * The 1-based rank of the first story with a relevant title among the first DEPTH, 0 when there
     * is none; each story is given by its titles (its lead article's and those folded into it).
     */
    static int firstRelevant(List<? extends Collection<String>> stories, Set<String> relevant) {
        for (int i = 0; i < Math.min(DEPTH, stories.size()); i++) {
            if (stories.get(i).stream().anyMatch(relevant::contains)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Share of ranks from 1 to k (0 for no ranks). */
    static double successAt(int k, List<Integer> ranks) {
        return ranks.isEmpty() ? 0 : ranks.stream().filter(r -> r >= 1 && r <= k).count() / (double) ranks.size();
    }

    /** Mean of 1/rank, a rank of 0 (nothing relevant in the first DEPTH) counting 0. */
    static double meanReciprocalRank(List<Integer> ranks) {
        return ranks.stream().mapToDouble(r -> r >= 1 && r <= DEPTH ? 1.0 / r : 0).average().orElse(0);
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** Articles in the index searched. */
    public int articles() {
        return articles;
    }

    /** The figures over every query. */
    public Row overall() {
        return row("all", o -> true);
    }

    /** Overall, then each query language that has queries, then cross- and same-language. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(List.of(overall()));
        for (String lang : JudgedSet.LANGUAGES) {
            if (outcomes.stream().anyMatch(o -> o.query().lang().equals(lang))) {
                rows.add(row(lang, o -> o.query().lang().equals(lang)));
            }
        }
        rows.add(row("cross-language", Outcome::crossLanguage));
        rows.add(row("same-language", o -> !o.crossLanguage()));
        return rows;
    }

    private Row row(String group, Predicate<Outcome> in) {
        List<Integer> ranks = outcomes.stream().filter(in).map(Outcome::rank).toList();
        return new Row(group, ranks.size(), successAt(TOP, ranks), meanReciprocalRank(ranks));
    }

    /** The figures as a table; with verbose, every query without a relevant story in the top TOP and its top TOP. */
    public void print(PrintStream out, boolean verbose) {
        out.printf("judged set: %d queries (%s), %d answered only in other languages; %d articles searched%n",
                outcomes.size(), perLanguage(), outcomes.stream().filter(Outcome::crossLanguage).count(), articles);
        out.printf("%-16s %7s %10s %7s%n", "group", "queries", "success@" + TOP, "MRR");
        for (Row r : rows()) {
            out.printf("%-16s %7d %10.3f %7.3f%n", r.group(), r.queries(), r.successAt3(), r.mrr());
        }
        if (verbose) {
            printMisses(out);
        }
    }

    private String perLanguage() {
        List<String> parts = new ArrayList<>();
        for (String lang : JudgedSet.LANGUAGES) {
            long n = outcomes.stream().filter(o -> o.query().lang().equals(lang)).count();
            if (n > 0) {
                parts.add(lang + " " + n);
            }
        }
        return String.join(", ", parts);
    }

    private void printMisses(PrintStream out) {
        List<Outcome> misses = outcomes.stream().filter(o -> !o.hit()).toList();
        out.printf("%nno relevant story in the top %d: %d quer%s%n", TOP, misses.size(), misses.size() == 1 ? "y" : "ies");
        for (Outcome o : misses) {
            out.printf("  [%s] %s  (%s%s)%n", o.query().lang(), o.query().text(),
                    o.rank() == 0 ? "none in the top " + DEPTH : "first relevant at " + o.rank(),
                    o.crossLanguage() ? ", cross-language" : "");
            if (o.error() != null) {
                out.println("      refused: " + o.error());
            } else if (o.top().isEmpty()) {
                out.println("      (no results)");
            }
            for (int i = 0; i < o.top().size(); i++) {
                out.printf("      %d. %s%n", i + 1, o.top().get(i));
            }
        }
    }

    /**
     * The scorecard as JSON: {queries, articles, top, depth, groups: [{group, queries, successAt3, mrr}],
     * results: [{query, lang, crossLanguage, rank, top, relevant, error}]}.
     */
    public String json() throws com.fasterxml.jackson.core.JsonProcessingException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("queries", outcomes.size());
        doc.put("articles", articles);
        doc.put("top", TOP);
        doc.put("depth", DEPTH);
        doc.put("groups", rows());
        List<Map<String, Object>> results = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("query", o.query().text());
            r.put("lang", o.query().lang());
            r.put("crossLanguage", o.crossLanguage());
            r.put("rank", o.rank());
            r.put("top", o.top());
            r.put("relevant", o.query().relevant());
            r.put("error", o.error());
            results.add(r);
        }
        doc.put("results", results);
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    }
}
