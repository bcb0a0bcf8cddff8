package dev.monazite.cli;

import dev.monazite.facts.FactType;
import dev.monazite.store.FactStore;
import dev.monazite.views.Sheets;
import dev.monazite.views.Views;
import dev.monazite.store.Timeline;
import dev.monazite.store.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite timeline}: dated policy acts in order, undated ones apart. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        header = "Policy acts and events in date order, with evidence and sources.",
        description = "Policy acts and events (export controls, licences, suspensions, quotas, stockpiles, "
                + "agreements, alliances, tariffs, laws, subsidies) in date order, with evidence and sources."
                + " Events without a stated date are listed apart and never given one.")
final class TimelineCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    OutputFormat output;

    @Option(names = "--actor", paramLabel = "A", description = "Only acts of this actor (CN, US, EU, ... or any name).")
    String actor;

    @Option(names = "--from", paramLabel = "DATE", description = "From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    String to;

    @Option(names = "--action", paramLabel = "A", description = "Only this action: export_control, export_license, "
            + "suspension, quota, stockpile, agreement, alliance, tariff, law, subsidy, investment, other.")
    String action;

    @Option(names = "--target", paramLabel = "T", description = "Only acts aimed at this place or party (US, JP, ... "
            + "or any name).")
    String target;

    @Override
    public Integer call() throws Exception {
        output.check();
        if (action != null && !FactType.POLICY.allowed("action").contains(action)) {
            throw new IllegalArgumentException("unknown --action '" + action + "'; use one of "
                    + FactType.POLICY.allowed("action"));
        }
        List<TimelineEvent> events;
        try (FactStore store = Components.readStore(main)) {
            events = Timeline.build(store, new Timeline.Query(Components.entityId(main.dataDir(), actor), action,
                    Components.entityId(main.dataDir(), target), Components.date("--from", from),
                    Components.date("--to", to)));
        }
        if (output.isTable()) {
            printTable(events);
            return 0;
        }
        if (output.isXlsx()) {
            output.xlsx(Sheets.timeline(events));
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TimelineEvent e : events) {
            Map<String, Object> m = Views.event(e);
            if (!output.isJsonl()) {
                m.put("sources", e.sources().size());
            }
            rows.add(m);
        }
        output.print(rows, List.of("date", "actor", "action", "target", "object", "evidence", "dated_from", "vouched",
                "sources"));
        return 0;
    }

    private static void printTable(List<TimelineEvent> events) {
        if (events.isEmpty()) {
            System.out.println("no policy acts");
            return;
        }
        boolean undatedHeader = false;
        for (TimelineEvent e : events) {
            if (e.date() == null && !undatedHeader) {
                System.out.println("-- undated --");
                undatedHeader = true;
            }
            System.out.printf("%-10s %-4s %-15s %-4s %s%n", e.date() == null ? "" : e.date(), e.actor(), e.action(),
                    e.target() == null ? "" : e.target(), e.evidence());
            if (e.datedFrom() != null) {
                System.out.printf("%38sdate %s%n", "", e.datedFrom());
            }
            System.out.printf("%38s%d source(s)%s: %s%n", "", e.sources().size(), e.vouched() ? ", confirmed by an analyst" : "",
                    String.join(", ", e.sources().stream().map(s -> SearchCommand.orDash(s.source())).distinct().toList()));
        }
    }
}
