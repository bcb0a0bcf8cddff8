package dev.monazite.cli;

import dev.monazite.chain.ChainModel;
import dev.monazite.article.Json;
import dev.monazite.scenario.Assumption;
import dev.monazite.scenario.MonthRow;
import dev.monazite.scenario.Scenario;
import dev.monazite.scenario.ScenarioReader;
import dev.monazite.scenario.ScenarioResult;
import dev.monazite.scenario.Simulator;
import dev.monazite.views.Views;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monazite scenario FILE}: runs a what-if scenario month by month over the chain model. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        header = "Run a what-if scenario file month by month.",
        description = "Runs a scenario file (YAML: disruption, inventories, demand, mitigations, horizon) month "
                + "by month: supply, drawdown, use, shortfall and inventory in tonnes per recipient and "
                + "product, end products not made, first stock-out, and every assumption with its source. See"
                + " scenarios/.")
final class ScenarioCommand implements Callable<Integer> {
    enum Format { table, json, csv }

    static final List<String> CSV_COLUMNS = List.of("month", "date", "recipient", "product", "demand_t", "supply_t",
            "drawdown_t", "use_t", "shortfall_t", "inventory_t", "units_not_made");

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--format", defaultValue = "table", description = "Print as table, json or csv (default ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such scenario file");
        }
        ChainModel model = ChainCommand.model(main, "REE");
        ScenarioResult result = Simulator.run(ScenarioReader.read(file, model));
        switch (format) {
            case json -> System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Views.scenario(result)));
            case csv -> Tables.csv(System.out, rows(result), CSV_COLUMNS);
            case table -> table(System.out, result);
        }
        return 0;
    }




    private static List<Map<String, Object>> rows(ScenarioResult r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (MonthRow m : r.months()) {
            Map<String, Object> row = Views.month(m);
            row.put("date", date(r.scenario(), m.month()));
            List<String> units = new ArrayList<>();
            m.unitsNotMade().forEach((k, v) -> units.add(k + "=" + Math.round(v)));
            row.put("units_not_made", String.join(" ", units));
            out.add(row);
        }
        return out;
    }

    private static String date(Scenario s, int month) {
        return s.firstMonth() == null ? "" : YearMonth.parse(s.firstMonth()).plusMonths(month - 1L).toString();
    }

    static void table(PrintStream out, ScenarioResult r) {
        Scenario s = r.scenario();
        Scenario.Disruption d = s.disruption();
        out.println(s.name());
        out.printf("disruption: %s cuts %.0f%% of %s to %s from month %d for %d months; horizon %d months%n",
                d.supplier(), d.fraction() * 100, String.join(", ", d.products()), String.join(", ", d.recipients()),
                d.startMonth(), d.durationMonths(), s.horizonMonths());
        for (Scenario.Line line : s.lines()) {
            String key = line.recipient() + "/" + line.product();
            Integer so = r.firstStockOut().get(key);
            out.printf("%n%s — first stock-out: %s%n", key, so == null ? "none" : "month " + so
                    + (s.firstMonth() == null ? "" : " (" + date(s, so) + ")"));
            out.printf("  %5s %-8s %9s %9s %9s %9s %9s %9s  %s%n", "month", "date", "demand_t", "supply_t", "drawdn_t",
                    "use_t", "short_t", "invent_t", "units not made");
            for (MonthRow m : r.months()) {
                if (m.recipient().equals(line.recipient()) && m.product().equals(line.product())) {
                    List<String> units = new ArrayList<>();
                    m.unitsNotMade().forEach((k, v) -> {
                        if (v >= 0.5) {
                            units.add(k + " " + Math.round(v));
                        }
                    });
                    out.printf("  %5d %-8s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f  %s%n", m.month(), date(s, m.month()),
                            m.demand(), m.supply(), m.drawdown(), m.use(), m.shortfall(), m.inventory(),
                            String.join(", ", units));
                }
            }
        }
        out.printf("%nAssumptions%n");
        for (Assumption a : s.assumptions()) {
            out.printf("  %s = %s %s%n      %s%n", a.name(), a.value(), a.unit(), a.source());
        }
    }
}
