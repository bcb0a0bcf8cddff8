package dev.monazite.cli;

import dev.monazite.store.FactStore;
import dev.monazite.store.Series;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monazite series COMMODITY}: price and trade series, one point per date, with a chart. */
@Command(name = "series", mixinStandardHelpOptions = true,
        header = "Price and trade series of a commodity, one point per date.",
        description = "Price series (per unit) and trade series (per route) of a commodity: one point per date "
                + "(median of what outlets report for it) with its sources; a terminal chart, or jsonl/csv.")
final class SeriesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    OutputFormat output;

    @Parameters(paramLabel = "COMMODITY", description = "Commodity id or any name: PrNd-oxide, 氧化镨钕, NdFeB-magnet...")
    String commodity;

    @Option(names = "--unit", paramLabel = "U", description = "Only prices in this unit, e.g. CNY/t or USD/kg.")
    String unit;

    @Override
    public Integer call() throws Exception {
        output.check();
        String id = Components.entityId(main.dataDir(), commodity);
        List<Series> series;
        try (FactStore store = Components.readStore(main)) {
            series = Series.of(store, id, unit);
        }
        if (output.isTable()) {
            if (series.isEmpty()) {
                System.out.println("no dated prices or trade flows for " + id);
            }
            for (Series s : series) {
                System.out.printf("%s %s%s (%s), %d point(s)%n", s.kind(), s.commodity(),
                        s.route() == null ? "" : " " + s.route(), s.unit(), s.points().size());
                System.out.print(s.chart(40));
            }
            return 0;
        }
        if (output.isXlsx()) {
            output.xlsx(Sheets.series(series));
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Series s : series) {
            for (Series.Point p : s.points()) {
                Map<String, Object> m = Views.seriesPoint(s, p);
                if (!output.isJsonl()) {
                    m.put("values", String.join(" | ", p.values().stream()
                            .map(v -> v.value() + " (" + v.sources().size() + " source(s))").toList()));
                }
                rows.add(m);
            }
        }
        output.print(rows, List.of("kind", "commodity", "route", "unit", "date", "start", "end", "cumulative", "value",
                "disputed", "values", "consensus"));
        return 0;
    }
}
