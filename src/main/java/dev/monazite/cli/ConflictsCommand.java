package dev.monazite.cli;

import dev.monazite.store.Conflict;
import dev.monazite.store.ConflictFinder;
import dev.monazite.store.FactFilter;
import dev.monazite.store.FactStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite conflicts}: claims about the same thing whose values disagree beyond 2%. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Claims with the same key (type and FACTS.md key fields, dates in the same year) whose values",
                "disagree by more than 2%%: every value with its sources, the spread and the consensus (median over",
                "outlets). Most-reported disagreements first."})
final class ConflictsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    OutputFormat output;

    @Option(names = "--type", paramLabel = "T", description = "Only price, share, trade, quantity or intensity.")
    String type;

    @Option(names = "--commodity", paramLabel = "C", description = "Only this commodity (id or any name).")
    String commodity;

    @Option(names = "--subject", paramLabel = "S", description = "Only this subject (id or any name).")
    String subject;

    @Override
    public Integer call() throws Exception {
        List<Conflict> conflicts;
        try (FactStore store = Components.openStore(main)) {
            conflicts = ConflictFinder.find(store, new FactFilter(type, Components.entityId(main.dataDir(), commodity),
                    Components.entityId(main.dataDir(), subject), null, null, null, null, null));
        }
        if (output.isTable()) {
            printTable(conflicts);
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Conflict c : conflicts) {
            rows.add(output.isJsonl() ? json(c) : flat(c));
        }
        output.print(rows, List.of("type", "claim", "values", "spread", "spread_percent", "consensus", "sources"));
        return 0;
    }

    static Map<String, Object> json(Conflict c) {
        return dev.monazite.views.Views.conflict(c);
    }

    private static Map<String, Object> flat(Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", c.type());
        m.put("claim", c.claim());
        m.put("values", String.join("; ", c.values().stream().map(ConflictsCommand::valueText).toList()));
        m.put("spread", OutputFormat.round(c.spread()));
        m.put("spread_percent", OutputFormat.round(c.spreadPercent()));
        m.put("consensus", OutputFormat.round(c.consensus()));
        m.put("sources", c.sources());
        return m;
    }

    private static String valueText(Conflict.Value v) {
        String number = v.value() != null ? String.valueOf(OutputFormat.round(v.value()))
                : OutputFormat.round(v.valueMin()) + "–" + OutputFormat.round(v.valueMax());
        return number + (v.unit() == null ? "" : " " + v.unit()) + " (" + v.sources().size() + " source(s))";
    }

    private static void printTable(List<Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            System.out.println("no conflicting claims");
            return;
        }
        for (Conflict c : conflicts) {
            System.out.printf("%s: %d outlets, consensus %s, spread %s (%.0f%%)%n", c.claim(), c.sources(),
                    OutputFormat.round(c.consensus()), OutputFormat.round(c.spread()), c.spreadPercent());
            for (Conflict.Value v : c.values()) {
                System.out.println("   " + valueText(v));
                for (Conflict.Source s : v.sources()) {
                    System.out.printf("      %s · %s · %s: “%s”%n", SearchCommand.orDash(s.source()),
                            Dates.show(s.published()), s.article(), s.evidence());
                }
            }
        }
    }
}
