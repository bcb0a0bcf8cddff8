package dev.monazite.cli;

import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.pipeline.Pipeline;
import dev.monazite.ingest.Quarantine;
import dev.monazite.store.FactStore;
import dev.monazite.store.StoreSync;
import dev.monazite.text.Texts;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite doctor}: the quarantined items, a retry of them, and whether index and store agree. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        header = "Quarantined articles, store and index checks, retries.",
        description = "List the articles an ingest quarantined (with file, item and reason), check that the index"
                + " and the fact store agree, and with --retry try the quarantined items again (after an "
                + "upgrade, say). Exit status 0 when nothing is quarantined and index and store agree, else "
                + "1.")
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--retry", description = "Take every item out of quarantine and try it again: files are "
            + "ingested again, articles saved in the store again; what still fails goes back with its reason.")
    boolean retry;

    @Override
    public Integer call() throws Exception {
        Path data = main.dataDir();
        if (!ArticleSearcher.exists(data)) {
            throw new java.io.IOException("no index in " + data + ": run 'monazite ingest' first");
        }
        FactStore.checkLocation(data, main.dbUrl());
        Quarantine quarantine = Components.quarantine(data);
        PrintStream out = System.out;
        if (retry) {
            retry(quarantine, out);
        }
        List<Quarantine.Item> items = quarantine.items();
        out.println(items.size() + " item(s) quarantined" + (items.isEmpty() ? "" : ":"));
        for (Quarantine.Item it : items) {
            out.println("  " + it.stage() + "  " + Texts.escape(it.file()) + ": " + it.item() + ": "
                    + Texts.escape(it.reason()) + "  (" + it.at() + ")");
        }
        if (!items.isEmpty() && !retry) {
            out.println("  'monazite doctor --retry' tries them again (after an upgrade, or once the cause is fixed)");
        }
        StoreSync.Agreement a = agreement(quarantine);
        report(a, out);
        return items.isEmpty() && a.agrees() ? 0 : 1;
    }

    private StoreSync.Agreement agreement(Quarantine quarantine) throws Exception {
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir());
             FactStore store = Components.openStore(main)) {
            return StoreSync.compare(searcher.every(), store, quarantine);
        }
    }

    private static void report(StoreSync.Agreement a, PrintStream out) {
        out.println("index: " + a.indexed() + " article(s); fact store: " + a.stored() + " article(s)");
        if (a.agrees()) {
            out.println("index and fact store agree");
            return;
        }
        line(out, "in the index but not in the store", a.missing());
        line(out, "in the store from another extractor version or with other files", a.stale());
        line(out, "in the store but not in the index", a.orphaned());
        out.println("  'monazite doctor --retry' or 'monazite reextract' brings the store in line with the index");
    }

    private static void line(PrintStream out, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            out.println("  " + ids.size() + " article(s) " + what + ", e.g. " + String.join(", ",
                    ids.subList(0, Math.min(5, ids.size()))));
        }
    }

    // Files of items that failed before the store are ingested again; then the store is synced,
    // which saves the articles it refused before. What fails again is quarantined again.
    private void retry(Quarantine quarantine, PrintStream out) throws Exception {
        List<Quarantine.Item> items = quarantine.items();
        Set<Path> files = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        for (Quarantine.Item it : items) {
            keys.add(it.key());
            if (it.stage() == Quarantine.Stage.STORE) {
                continue;
            }
            Path file = Path.of(it.file());
            if (Files.exists(file)) {
                files.add(file);
            } else {
                out.println("dropped: " + Texts.escape(it.file()) + ": " + it.item() + ": the file no longer exists");
            }
        }
        quarantine.remove(keys);
        out.println("retrying " + items.size() + " item(s)" + (files.isEmpty() ? "" : " from " + files.size()
                + " file(s)"));
        if (!files.isEmpty()) {
            dev.monazite.facts.ArticleAnnotator annotator = Components.annotator(main.dataDir());
            try (ArticleIndex index = ArticleIndex.open(main.dataDir(), annotator);
                 dev.monazite.store.FactStore store = Components.openStore(main);
                 Pipeline pipeline = new Pipeline(index, store, annotator,
                         new TerminalProgress(System.err, main.quiet, main.verbose), Pipeline.COMMIT_EVERY, quarantine)) {
                pipeline.run(List.copyOf(files));
            }
        }
        IngestCommand.syncStore(main, quarantine, false, System.err);
        int left = quarantine.items().size();
        out.println((items.size() - Math.min(items.size(), left)) + " item(s) recovered, " + left
                + " still quarantined");
    }
}
