package dev.monazite.cli;

import dev.monazite.store.Conflict;
import dev.monazite.store.ConflictFinder;
import dev.monazite.store.FactFilter;
import dev.monazite.store.FactStore;
import dev.monazite.views.Sheets;
import dev.monazite.views.Views;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite conflicts}: levels stated about the same thing for the same period that disagree beyond 2%. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        header = "Figures that outlets state differently for the same key and period.",
        description = "Levels with the same key (type, FACTS.md key fields and unit) and the same period (a month"
                + " with that month, a year with that year, a range with that range; undated with undated of "
                + "the same publication year) whose values disagree by more than 2%%; targets and thresholds "
                + "are left out, and figures of one statement never disagree with each other. Conflicts "
                + "between outlets are listed first, then those within one outlet; each ranked by outlets, "
                + "spread, then recency. Every value shows its unit and period, and each statement its "
                + "outlet, publication date, fact id and evidence.")
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
        output.check();
        List<Conflict> conflicts;
        try (FactStore store = Components.readStore(main)) {
            conflicts = ConflictFinder.find(store, new FactFilter(type, Components.entityId(main.dataDir(), commodity),
                    Components.entityId(main.dataDir(), subject), null, null, null, null, null));
        }
        if (output.isTable()) {
            printTable(conflicts);
            return 0;
        }
        if (output.isXlsx()) {
            output.xlsx(Sheets.conflicts(conflicts));
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Conflict c : conflicts) {
            rows.add(output.isJsonl() ? Views.conflict(c) : flat(c));
        }
        output.print(rows, List.of("type", "kind", "claim", "period", "values", "spread", "spread_percent",
                "consensus", "outlets"));
        return 0;
    }

    private static Map<String, Object> flat(Conflict c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", c.type());
        m.put("kind", c.kind().id());
        m.put("claim", c.claim());
        m.put("period", c.period());
        m.put("values", String.join("; ", c.values().stream().map(ConflictsCommand::valueText).toList()));
        m.put("spread", OutputFormat.round(c.spread()));
        m.put("spread_percent", OutputFormat.round(c.spreadPercent()));
        m.put("consensus", OutputFormat.round(c.consensus()));
        m.put("outlets", c.outlets());
        return m;
    }

    private static String valueText(Conflict.Value v) {
        String number = v.value() != null ? String.valueOf(OutputFormat.round(v.value()))
                : OutputFormat.round(v.valueMin()) + "–" + OutputFormat.round(v.valueMax());
        return number + (v.unit() == null ? "" : " " + v.unit()) + " (" + v.sources().size() + " statement(s))";
    }

    private static void printTable(List<Conflict> conflicts) {
        if (conflicts.isEmpty()) {
            System.out.println("no conflicting claims");
            return;
        }
        printSection("Between outlets", conflicts.stream().filter(c -> c.kind() == Conflict.Kind.BETWEEN_OUTLETS).toList());
        printSection("Within one outlet", conflicts.stream().filter(c -> c.kind() == Conflict.Kind.WITHIN_OUTLET).toList());
    }

    private static void printSection(String title, List<Conflict> conflicts) {
        System.out.printf("== %s: %d conflict(s)%n", title, conflicts.size());
        for (Conflict c : conflicts) {
            System.out.printf("%s: %d outlet(s), consensus %s, spread %s (%.0f%%)%n", c.claim(), c.outlets(),
                    OutputFormat.round(c.consensus()), OutputFormat.round(c.spread()), c.spreadPercent());
            for (Conflict.Value v : c.values()) {
                System.out.println("   " + valueText(v));
                v.sources().forEach(s -> System.out.println("      " + statementText(s, v.date())));
            }
        }
    }

    // Outlet, publication, article and fact id; the fact's own date where it is finer than the period.
    private static String statementText(Conflict.Statement s, String period) {
        String dated = s.date() == null || s.date().equals(period) ? "" : " · dated " + s.date();
        String published = s.published() == null ? "publication date unknown" : "published " + Dates.show(s.published());
        return String.format("%s · %s · article %s · fact %s%s%s: “%s”", SearchCommand.orDash(s.source()), published,
                s.article(), s.id(), dated, s.vouched() ? " · confirmed" : "", s.evidence());
    }
}
