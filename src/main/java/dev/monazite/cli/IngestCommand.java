package dev.monazite.cli;

import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.pipeline.Pipeline;
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
        header = "Ingest news files and directories: clippings, text, HTML, feeds, JSON Lines.",
        description = "Ingest news files and directories (recursive): clipping exports, text, Markdown, HTML, "
                + "RSS/Atom, JSON Lines; UTF-8, UTF-16, GB18030/GBK or Big5. Re-ingesting is safe. An article"
                + " that fails is quarantined (see 'monazite doctor') and the rest go on. Exit status 1 when "
                + "any file or article failed.")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        return run(main, paths).failed() ? 1 : 0;
    }

    /**
     * Mirrors every article of the index into the fact store, re-extracting them all when force is
     * set; an article the store refuses is quarantined and reported on err, and the others are saved.
     */
    static StoreSync.Result syncStore(Main main, Quarantine quarantine, boolean force, PrintStream err)
            throws Exception {
        if (!ArticleSearcher.exists(main.dataDir())) {
            return new StoreSync.Result(0, 0, List.of(), 0); // nothing was ever committed: nothing to mirror
        }
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir());
             FactStore store = Components.openStore(main)) {
            StoreSync.Result r = StoreSync.sync(searcher.every(), store,
                    Components.annotator(main.dataDir()), force, quarantine);
            for (Quarantine.Item it : r.rejected()) {
                err.println("error: " + Texts.escape(it.file()) + ": " + it.item() + ": " + it.reason()
                        + "; quarantined, the other articles were saved (see 'monazite doctor')");
            }
            return r;
        }
    }

    /**
     * Ingests paths into the data directory's index and store, printing the summary unless quiet and,
     * with --verbose, how long each step took (the JVM's start included).
     */
    static Pipeline.Summary run(Main main, List<Path> paths) throws Exception {
        Steps steps = new Steps();
        FactStore.checkLocation(main.dataDir(), main.dbUrl()); // before the index is touched
        Quarantine quarantine = Components.quarantine(main.dataDir());
        ArticleAnnotator annotator = Components.annotator(main.dataDir());
        steps.done("load lexicon, cues and quarantine");
        Pipeline.Summary s;
        ArticleIndex index = ArticleIndex.open(main.dataDir(), annotator);
        try {
            steps.done("open index");
            try (FactStore store = Components.openStore(main)) {
                steps.done("open store");
                try (Pipeline pipeline = new Pipeline(index, store, annotator,
                        new TerminalProgress(System.err, main.quiet, main.verbose), Pipeline.COMMIT_EVERY, quarantine)) {
                    s = pipeline.run(paths);
                }
                steps.done("read, annotate, index and store");
                raiseAlerts(main, store);
                steps.done("watches and alerts");
            }
            steps.done("close store");
        } finally {
            index.close();
        }
        steps.done("close index");
        if (!main.quiet) {
            System.out.printf("%d file(s) read, %d article(s) added, %d duplicate(s) merged, %d unchanged, "
                            + "%d file(s) failed%s%s%s%n", s.filesRead(), s.articlesAdded(), s.duplicatesMerged(),
                    s.unchanged(), s.filesFailed(),
                    s.quarantined() > 0 ? ", " + s.quarantined() + " article(s) quarantined" : "",
                    s.skipped() > 0 ? ", " + s.skipped() + " skipped as quarantined earlier" : "",
                    s.repaired() > 0 ? ", " + s.repaired() + " article(s) an interrupted run left unsaved "
                            + "were saved" : "");
        }
        if (main.verbose) {
            System.err.println("time: " + steps);
        }
        return s;
    }

    /**
     * Evaluates the watches over what this run stored and sends due alerts. The articles are stored
     * whatever happens here: a failure is reported and the next run picks the watches up again.
     */
    static void raiseAlerts(Main main, FactStore store) {
        try {
            boolean searches = dev.monazite.alert.Alerts.of(main.dataDir(), store).watches().stream()
                    .anyMatch(w -> w.kind() == dev.monazite.alert.Watch.Kind.QUERY
                            || w.kind() == dev.monazite.alert.Watch.Kind.WORKFLOW);
            try (ArticleSearcher searcher = searches && ArticleSearcher.exists(main.dataDir())
                    ? Components.openSearcher(main.dataDir()) : null) {
                dev.monazite.alert.Alerts.Run r = dev.monazite.alert.Alerts.afterIngest(main.dataDir(), store, searcher);
                if (!main.quiet && (r.raised() > 0 || r.sent() > 0 || r.failed() > 0)) {
                    System.out.printf("%d new alert(s)%s%s (see 'monazite alerts')%n", r.raised(),
                            r.sent() > 0 ? ", " + r.sent() + " delivered" : "",
                            r.failed() > 0 ? ", " + r.failed() + " delivery(ies) failed and will be retried" : "");
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.IOException
                 | dev.monazite.store.StoreException e) {
            System.err.println("error: alerts: " + e.getMessage() + "; the articles were stored, and the next "
                    + "ingest (or 'monazite serve') evaluates the watches again");
        }
    }

    /** How long each step of a run took, from the JVM's start. */
    private static final class Steps {
        private final StringBuilder out = new StringBuilder();
        private long last = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();

        Steps() {
            done("JVM start to here");
        }

        void done(String step) {
            long now = System.currentTimeMillis();
            out.append(out.length() == 0 ? "" : ", ").append(step).append(String.format(" %.2f s", (now - last) / 1e3));
            last = now;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
