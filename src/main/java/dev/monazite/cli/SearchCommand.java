package dev.monazite.cli;

import dev.monazite.index.ArticleSearcher;
import dev.monazite.article.Json;
import dev.monazite.index.SearchHit;
import dev.monazite.index.SearchRequest;
import java.io.PrintStream;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monazite search QUERY}: ranked stories with their best paragraph. */
@Command(name = "search", mixinStandardHelpOptions = true,
        header = "Search the ingested articles in any language, best match first.",
        description = "Search the ingested articles in any language, ranked by best match (BM25; title matches "
                + "and words near each other rank higher). Not every word must match: of one or two all, then"
                + " three in four. A word naming an entity or a concept (export control, licence, 出口管制, giấy "
                + "phép ...) also finds its names in every other language. Require with +word, AND, \"a "
                + "phrase\" or field:value; exclude with NOT or -word; group with (brackets). A story carried"
                + " by several outlets is shown once, with the others listed. Fields: title:word (the "
                + "headline), body:word (the text), source:word (the outlet), lang:en (zh-Hans, zh-Hant, en, "
                + "vi, ja, other), entity:NAME (any name of an element, compound, place or company, e.g. "
                + "entity:镝), place:NAME (a place the story names, e.g. place:JP), concept:ID (a thesaurus "
                + "concept, e.g. concept:export_licence).")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
    List<String> query;

    @Option(names = "--limit", defaultValue = "10", description = "Number of stories (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--lang", paramLabel = "L", description = "Only this language: zh-Hans, zh-Hant, en, vi, ja or other.")
    String lang;

    @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
            description = "Order by relevance (default) or by date, newest first, for monitoring.")
    String sort;

    @Option(names = "--recent", paramLabel = "DAYS", description = "Let newer stories rise: a story DAYS old counts "
            + "three quarters of a new one, an older one less, down to half.")
    Integer recent;

    @Option(names = "--json", description = "Print a JSON array of hits.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = new SearchRequest(String.join(" ", query), limit, from, to, lang, sort(sort), recent);
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir())) {
            List<SearchHit> hits = searcher.search(request);
            if (json) {
                printJson(hits);
            } else {
                printTable(System.out, hits);
            }
        }
        return 0;
    }

    static void printJson(List<SearchHit> hits) throws Exception {
        System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(hits.stream().map(dev.monazite.views.Views::searchHit).toList()));
    }

    static void printTable(PrintStream out, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            out.println("no matches");
            return;
        }
        int i = 1;
        for (SearchHit h : hits) {
            out.printf("%2d. %s%n", i++, h.title());
            out.printf("    %s · %s · %s · %s ¶%d · id %s%n", orDash(h.source()), Dates.show(h.published()),
                    h.lang(), Paths.get(h.file()).getFileName(), h.paragraph(), h.id());
            out.println("    " + h.snippet());
            for (SearchHit.Member m : h.members()) {
                out.printf("    also: %s · %s · id %s%n", orDash(m.source()), Dates.show(m.published()), m.id());
            }
        }
    }

    static SearchRequest.Sort sort(String order) {
        return switch (order == null ? "relevance" : order.toLowerCase(java.util.Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new IllegalArgumentException("--sort '" + order + "' is not relevance or date");
        };
    }

    static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
