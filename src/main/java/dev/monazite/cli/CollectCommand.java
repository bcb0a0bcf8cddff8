package dev.monazite.cli;

import dev.monazite.collect.Collector;
import dev.monazite.collect.Sources;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite collect}: polls the sources into the data directory. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Poll every source that is due (see 'monazite source') and ingest the new articles it "
                + "lists. Each page's main text goes through the ingest pipeline with its URL kept. Runs "
                + "until stopped, polling sources as they come due, unless --once is given. Exit status 1 "
                + "when a source failed (with --once).")
final class CollectCommand implements Callable<Integer> {
    /** How often a running collector looks for sources that have come due. */
    private static final long CHECK_EVERY_MS = 30_000;

    @ParentCommand
    Main main;

    @Option(names = "--once", description = "Poll the sources due now once, then exit.")
    boolean once;

    @Override
    public Integer call() throws Exception {
        try (Sources sources = Sources.open(main.dataDir(), main.dbUrl())) {
            if (sources.all().isEmpty()) {
                System.err.println("monazite: no sources to collect from: add one with 'monazite source add NAME URL'");
                return 2;
            }
            Collector collector = Collecting.collector(main, sources, line -> {
                if (!main.quiet) {
                    System.out.println(line);
                }
            });
            if (once) {
                return report(collector.collectDue());
            }
            while (true) {
                try {
                    report(collector.collectDue());
                } catch (IllegalStateException e) {
                    System.err.println("monazite: " + e.getMessage() + "; trying again in 30 s");
                }
                Thread.sleep(CHECK_EVERY_MS);
            }
        } catch (IllegalStateException e) {
            System.err.println("monazite: " + e.getMessage());
            return 2;
        }
    }

    private int report(List<Collector.Outcome> outcomes) {
        int stored = outcomes.stream().mapToInt(Collector.Outcome::stored).sum();
        long failed = outcomes.stream().filter(o -> o.error() != null).count();
        if (!main.quiet) {
            System.out.println(outcomes.size() + " source(s) polled, " + stored + " new article(s) stored, "
                    + failed + " source(s) failed");
        }
        return failed > 0 ? 1 : 0;
    }
}
