package dev.monazite.cli;

import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.ingest.Ingestor;
import dev.monazite.ingest.Quarantine;
import dev.monazite.store.FactStore;
import dev.monazite.store.StoreSync;
import dev.monazite.text.Texts;
import java.io.PrintStream;
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
                "An article that fails is quarantined (see 'monazite doctor') and the rest go on.",
                "Exit status 1 when any file or article failed."})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    /** What an ingest did: to the index, then to the fact store. */
    record Outcome(Ingestor.Summary ingest, StoreSync.Result store) {
        boolean failed() {
            return ingest.filesFailed() > 0 || !store.rejected().isEmpty();
        }

        int quarantined() {
            return ingest.quarantined() + store.rejected().size();
        }

        int skipped() {
            return ingest.skipped() + store.skipped();
        }
    }

    @Override
    public Integer call() throws Exception {
        return run(main, paths).failed() ? 1 : 0;
    }

    /**
     * Mirrors new and changed articles with their facts into the fact store; an article the store
     * refuses is quarantined and reported on err, and the others are saved.
     */
    static StoreSync.Result syncStore(Main main, Quarantine quarantine, boolean force, PrintStream err)
            throws Exception {
        if (!ArticleSearcher.exists(main.dataDir())) {
            return new StoreSync.Result(0, 0, List.of(), 0); // nothing was ever committed: nothing to mirror
        }
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir());
             FactStore store = Components.openStore(main)) {
            StoreSync.Result r = StoreSync.sync(searcher.all(), store,
                    Components.annotator(main.dataDir()), force, quarantine);
            for (Quarantine.Item it : r.rejected()) {
                err.println("error: " + Texts.escape(it.file()) + ": " + it.item() + ": " + it.reason()
                        + "; quarantined, the other articles were saved (see 'monazite doctor')");
            }
            return r;
        }
    }

    static Outcome run(Main main, List<Path> paths) throws Exception {
        FactStore.checkLocation(main.dataDir(), main.dbUrl()); // before the index is touched
        Quarantine quarantine = Components.quarantine(main.dataDir());
        try (ArticleIndex index = Components.openIndex(main.dataDir())) {
            Ingestor ingestor = new Ingestor(index, new TerminalProgress(System.err, main.quiet, main.verbose),
                    Ingestor.COMMIT_EVERY, quarantine);
            Ingestor.Summary s = ingestor.ingest(paths);
            Outcome o = new Outcome(s, syncStore(main, quarantine, false, System.err));
            if (!main.quiet) {
                System.out.printf("%d file(s) read, %d article(s) added, %d duplicate(s) merged, %d unchanged, "
                                + "%d file(s) failed%s%s%n", s.filesRead(), s.articlesAdded(), s.duplicatesMerged(),
                        s.unchanged(), s.filesFailed(),
                        o.quarantined() > 0 ? ", " + o.quarantined() + " article(s) quarantined" : "",
                        o.skipped() > 0 ? ", " + o.skipped() + " skipped as quarantined earlier" : "");
            }
            return o;
        }
    }
}
