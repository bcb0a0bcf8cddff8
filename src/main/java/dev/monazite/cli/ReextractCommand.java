package dev.monazite.cli;

import dev.monazite.index.ArticleSearcher;
import dev.monazite.store.FactStore;
import dev.monazite.store.StoreSync;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code monazite reextract}: runs the current extractor over every stored article. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        header = "Re-run fact extraction over all stored articles.",
        description = "Re-run fact extraction over all stored articles (after an upgrade, or after editing "
                + "DATA/lexicon.tsv) and replace their facts in the fact store; counts never double.")
final class ReextractCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        if (!ArticleSearcher.exists(main.dataDir())) {
            throw new java.io.IOException("no index in " + main.dataDir() + ": run 'monazite ingest' first");
        }
        StoreSync.Result r = IngestCommand.syncStore(main, Components.quarantine(main.dataDir()), true, System.err);
        try (FactStore store = Components.openStore(main)) {
            Map<String, Long> counts = store.counts();
            if (!main.quiet) {
                System.out.printf("%d article(s) re-extracted: %d facts, %d distinct claims%s%s%n", r.saved(),
                        counts.get("facts"), counts.get("claims"),
                        r.rejected().isEmpty() ? "" : ", " + r.rejected().size() + " article(s) quarantined",
                        r.skipped() == 0 ? "" : ", " + r.skipped() + " skipped as quarantined (see 'monazite doctor')");
            }
        }
        return r.rejected().isEmpty() ? 0 : 1;
    }
}
