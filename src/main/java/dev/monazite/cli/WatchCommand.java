package dev.monazite.cli;

import dev.monazite.alert.Alerts;
import dev.monazite.alert.Watch;
import dev.monazite.store.FactStore;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monazite watch add|list|show|remove}: named conditions over what arrives, which raise alerts. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        header = "Manage the watches that raise alerts on what arrives.",
        description = "Named conditions over what arrives (a query, a workflow, an entity or a fact condition); "
                + "each ingest raises an alert once for every new article or fact that matches (see 'monazite"
                + " alerts').",
        subcommands = {WatchCommand.Add.class, WatchCommand.List_.class, WatchCommand.Show.class,
                WatchCommand.Remove.class})
final class WatchCommand implements Runnable {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    <T> T withAlerts(Function<Alerts, T> work) {
        try (FactStore store = Components.openStore(main)) {
            return work.apply(Alerts.of(main.dataDir(), store));
        }
    }

    /** {@code watch add NAME (--query Q | --workflow W | --entity E | --fact CONDITION | --digest W [--every P])}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a watch; it looks at what is ingested from now on.",
                    "Fact conditions: 'price COMMODITY UNIT moves|rises|falls P%%', 'policy ACTOR [ACTION,...]',",
                    "'trade COMMODITY EXPORTER>IMPORTER below|above N[t]', 'conflict [type=T] [commodity=C] [place=P] "
                            + "[subject=S]' or 'conflict FACT-ID' ('*' matches any name)."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        WatchCommand parent;

        @Parameters(paramLabel = "NAME", description = "The watch's name.")
        String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        What what;

        static final class What {
            @Option(names = "--query", paramLabel = "Q", required = true,
                    description = "A search query, as 'monazite search' reads it, over new articles.")
            String query;

            @Option(names = "--workflow", paramLabel = "W", required = true,
                    description = "A saved workflow (see 'monazite workflow list') over new articles.")
            String workflow;

            @Option(names = "--entity", paramLabel = "E", required = true,
                    description = "An entity (id or any name in the lexicon) that new articles name.")
            String entity;

            @Option(names = "--fact", paramLabel = "CONDITION", required = true,
                    description = "A condition over new facts, e.g. 'price PrNd-oxide CNY/t moves 5%%'.")
            String fact;

            @Option(names = "--digest", paramLabel = "W", required = true,
                    description = "Send the digest of workflow W on a schedule (see --every) while 'monazite serve' runs.")
            String digest;
        }

        @Option(names = "--every", paramLabel = "PERIOD", defaultValue = "daily",
                description = "With --digest: daily or weekly (default ${DEFAULT-VALUE}).")
        String every;

        @Override
        public Integer call() {
            Watch w = watch();
            parent.withAlerts(a -> {
                a.add(w);
                return null;
            });
            System.out.println("added watch " + w.name() + " (" + w.describe() + ")");
            return 0;
        }

        private Watch watch() {
            if (what.query != null) {
                return new Watch(name, Watch.Kind.QUERY, what.query);
            }
            if (what.workflow != null) {
                return new Watch(name, Watch.Kind.WORKFLOW, what.workflow);
            }
            if (what.entity != null) {
                return new Watch(name, Watch.Kind.ENTITY, Components.entityId(parent.main.dataDir(), what.entity));
            }
            if (what.digest != null) {
                return new Watch(name, Watch.Kind.DIGEST, what.digest + " " + every);
            }
            return new Watch(name, Watch.Kind.FACT, what.fact);
        }
    }

    /** {@code watch list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches.")
    static final class List_ implements Callable<Integer> {
        @ParentCommand
        WatchCommand parent;

        @Override
        public Integer call() {
            for (Watch w : parent.withAlerts(Alerts::watches)) {
                System.out.println(w.name() + "\t" + w.describe());
            }
            return 0;
        }
    }

    /** {@code watch show NAME}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print one watch and its latest alerts.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        WatchCommand parent;

        @Parameters(paramLabel = "NAME", description = "The watch's name.")
        String name;

        @Override
        public Integer call() {
            return parent.withAlerts(a -> {
                Watch w = a.watch(name).orElseThrow(() -> new IllegalArgumentException("no watch is named '"
                        + name.strip() + "'; see 'monazite watch list'"));
                System.out.println(w.name() + "\t" + w.describe());
                a.alerts(null, 0, 10_000).stream().filter(x -> x.watch().equals(w.name())).limit(10)
                        .forEach(x -> System.out.println("  #" + x.num() + " " + x.raised() + "  " + x.title()
                                + "  (" + x.matched() + ")"));
                return 0;
            });
        }
    }

    /** {@code watch remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete a watch and its alerts.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        WatchCommand parent;

        @Parameters(paramLabel = "NAME", description = "The watch's name.")
        String name;

        @Override
        public Integer call() {
            parent.withAlerts(a -> {
                a.remove(name);
                return null;
            });
            System.out.println("removed watch " + name.strip());
            return 0;
        }
    }
}
