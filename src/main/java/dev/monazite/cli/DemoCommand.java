package dev.monazite.cli;

import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.SearchRequest;
import dev.monazite.index.StoredArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite demo}: ingests the bundled samples and shows what Monazite finds in them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled samples/ and print what was found and example searches.")
final class DemoCommand implements Callable<Integer> {
    static final List<String> QUERIES = List.of("镝", "鏑", "稀土永磁", "Lynas", "đất hiếm", "\"rare earth magnets\" AND EU");

    @ParentCommand
    Main main;

    @Option(names = "--samples", paramLabel = "DIR", description = "Samples directory (default: samples/ of the install).")
    Path samples;

    @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Start the web workspace afterwards (default: yes; --no-serve to just print).")
    boolean serve;

    @Option(names = "--port", defaultValue = "8080", description = "Port for the web workspace (default ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        Path dir = samples != null ? samples : defaultSamples();
        System.out.println("Ingesting " + dir + " into " + main.dataDir());
        dev.monazite.pipeline.Pipeline.Summary s = IngestCommand.run(main, List.of(dir));
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir())) {
            overview(searcher);
            for (String q : QUERIES) {
                System.out.println();
                System.out.println("$ monazite search '" + q + "' --limit 3");
                SearchCommand.printTable(System.out, searcher.search(new SearchRequest(q, 3, null, null, null)));
            }
        }
        if (serve) {
            System.out.println();
            ServeCommand.serve(main, "127.0.0.1", port);
        }
        return s.failed() ? 1 : 0;
    }

    private static void overview(ArticleSearcher searcher) throws Exception {
        Map<String, Integer> byLang = new TreeMap<>();
        Map<String, Integer> clusters = new TreeMap<>();
        int paragraphs = 0;
        int articles = 0;
        for (StoredArticle a : searcher.every()) {
            articles++;
            byLang.merge(a.article().lang(), 1, Integer::sum);
            clusters.merge(a.cluster(), 1, Integer::sum);
            paragraphs += a.article().paragraphs().size();
        }
        System.out.printf("%nThe data directory holds %d distinct articles (%d paragraphs) in %d story clusters.%n",
                articles, paragraphs, clusters.size());
        System.out.println("Languages: " + byLang);
    }

    static Path defaultSamples() {
        String home = System.getenv("MONAZITE_HOME");
        Path base = home == null ? Paths.get("") : Paths.get(home);
        Path dir = base.resolve("samples");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no samples directory at " + dir.toAbsolutePath()
                    + ": run from the Monazite checkout or pass --samples DIR");
        }
        return dir;
    }
}
