package dev.monazite.cli;

import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.store.FactStore;
import dev.monazite.store.StoreSync;
import dev.monazite.ingest.Ingestor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monazite ingest PATH...}: reads news files into the data directory. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest news files and directories (recursive): clipping exports, text, Markdown, HTML,",
                "RSS/Atom, JSON Lines; UTF-8, UTF-16, GB18030/GBK or Big5. Re-ingesting is safe.",
                "Exit status 1 when any file failed."})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        Ingestor.Summary s = run(main, paths);
        return s.filesFailed() > 0 ? 1 : 0;
    }

    /** Mirrors new and changed articles with their facts into the fact store. */
    static void syncStore(Main main) throws Exception {
        if (!ArticleSearcher.exists(main.dataDir())) {
            return; // nothing was ever committed: nothing to mirror
        }
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir());
             FactStore store = Components.openStore(main)) {
            StoreSync.sync(searcher.all(), store, Components.annotator(main.dataDir()), false);
        }
    }

    static Ingestor.Summary run(Main main, List<Path> paths) throws Exception {
        try (ArticleIndex index = Components.openIndex(main.dataDir())) {
            Ingestor ingestor = new Ingestor(index, new TerminalProgress(System.err, main.quiet, main.verbose));
            Ingestor.Summary s = ingestor.ingest(paths);
            syncStore(main);
            if (!main.quiet) {
                System.out.printf("%d file(s) read, %d article(s) added, %d duplicate(s) merged, %d unchanged, "
                                + "%d file(s) failed%n", s.filesRead(), s.articlesAdded(), s.duplicatesMerged(),
                        s.unchanged(), s.filesFailed());
            }
            return s;
        }
    }
}
