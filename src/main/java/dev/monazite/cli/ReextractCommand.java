package dev.monazite.cli;

import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.store.FactStore;
import dev.monazite.store.StoreSync;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code monazite reextract}: runs the current extractor over every stored article. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Re-run fact extraction over all stored articles (after an upgrade, or after editing",
                "DATA/lexicon.tsv) and replace their facts in the fact store; counts never double."})
final class ReextractCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        ArticleAnnotator annotator = Components.annotator(main.dataDir());
        try (ArticleSearcher searcher = Components.openSearcher(main.dataDir());
             FactStore store = Components.openStore(main)) {
            StoreSync.Result r = StoreSync.sync(searcher.all(), store, annotator, true);
            Map<String, Long> counts = store.counts();
            if (!main.quiet) {
                System.out.printf("%d article(s) re-extracted: %d facts, %d distinct claims%n", r.saved(),
                        counts.get("facts"), counts.get("claims"));
            }
        }
        return 0;
    }
}
