package dev.monazite.cli;

import dev.monazite.chain.ChainBuilder;
import dev.monazite.chain.ChainModel;
import dev.monazite.chain.Figure;
import dev.monazite.chain.Stage;
import dev.monazite.article.Json;
import dev.monazite.store.FactStore;
import dev.monazite.views.Sheets;
import dev.monazite.views.Views;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite chain}: the supply chain by stage, its concentration and who depends on whom. */
@Command(name = "chain", mixinStandardHelpOptions = true,
        header = "The rare-earth chain from mining to end use, by stage and country.",
        description = "The rare-earth chain from mining to end use: shares by stage and country, concentration "
                + "(top-1 share, HHI), importers' dependence on suppliers by stage, each number with its "
                + "source. A newer corpus share replaces a reference share only when two outlets agree within"
                + " 2 points or an analyst confirmed it; other newer figures are shown as candidates. "
                + "--format json gives Sankey nodes and links, the candidates, the rescalings and a legend of"
                + " the codes.")
final class ChainCommand implements Callable<Integer> {
    enum Format { table, json, csv, xlsx }

    @ParentCommand
    Main main;

    @Option(names = "--commodity", paramLabel = "C", defaultValue = "REE",
            description = "REE (t REO, USGS mining) or magnet-REE (Nd+Pr+Tb+Dy content, IEA); default ${DEFAULT-VALUE}.")
    String commodity;

    @Option(names = "--format", defaultValue = "table", description = "Print as table, json, csv (the shares by "
            + "stage) or xlsx (an Excel workbook of every table; needs --output); default ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the json, csv or xlsx output to FILE "
            + "instead of the terminal.")
    java.nio.file.Path output;

    @Override
    public Integer call() throws Exception {
        OutputFormat.check(format == Format.xlsx, format == Format.table, output);
        ChainModel model = model(main, commodity);
        if (format == Format.csv || format == Format.xlsx) {
            spreadsheet(Sheets.chain(model));
        } else if (format == Format.json && output != null) {
            OutputFormat.write(output, out -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, Views.chain(model)));
        } else if (format == Format.json) {
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Views.chain(model)));
        } else {
            table(System.out, model);
        }
        return 0;
    }

    private void spreadsheet(dev.monazite.views.Spreadsheet sheet) throws java.io.IOException {
        dev.monazite.views.Spreadsheet.Format f = dev.monazite.views.Spreadsheet.Format.valueOf(format.name());
        if (output != null) {
            OutputFormat.write(sheet, f, output);
        } else {
            sheet.write(f, System.out);
        }
    }

    /** The model with the corpus facts in the store applied. */
    static ChainModel model(Main main, String commodity) {
        try (FactStore store = Components.openStore(main)) {
            return Views.chainModel(store, commodity);
        }
    }

    static void table(PrintStream out, ChainModel m) {
        Citations cites = new Citations();
        out.println("Chain model for " + m.commodity() + " (shares in %, volumes per year; [n] = source, listed at the end)");
        wrap(out, "Update rule: " + ChainBuilder.UPDATE_RULE);
        for (ChainModel.Concentration c : m.concentration()) {
            stage(out, m, c, cites);
        }
        dependence(out, m, cites);
        out.printf("%nSources%n");
        cites.print(out);
        out.printf("%nCodes%n");
        m.legend().forEach((code, meaning) -> out.printf("  %-14s %s%n", code, meaning));
    }

    private static void stage(PrintStream out, ChainModel m, ChainModel.Concentration c, Citations cites) {
        List<ChainModel.Node> nodes = m.stage(c.stage());
        out.printf("%n%s — top-1 %s %.1f%%, HHI %d, total %s %s %s%n", c.stage().id(), c.top(), c.top1Share(), c.hhi(),
                OutputFormat.round(Math.round(nodes.stream().mapToDouble(n -> n.volume().value()).sum())),
                nodes.get(0).volume().unit(), cites.of(nodes.get(0).volume()));
        for (ChainModel.Node n : nodes) {
            out.printf("  %-6s %6.1f%%  %12s  %-9s %s%n", n.place(), n.share().value(),
                    OutputFormat.round(Math.round(n.volume().value())), n.share().provenance().kind(), cites.of(n.share()));
        }
        notes(out, m, ChainModel.worldShares(c.stage()));
    }

    // What the corpus did to one set of shares: the rescaling, then the figures left beside the reference.
    private static void notes(PrintStream out, ChainModel m, String what) {
        m.rescalings().stream().filter(r -> r.what().equals(what)).forEach(r -> out.printf("  rescaled: %s%n", r.why()));
        for (ChainModel.Candidate k : m.candidates()) {
            if (k.what().equals(what)) {
                out.printf("  candidate, not applied: %s %s%% for %d (reference %s) — %s%n", k.place(),
                        OutputFormat.round(k.value()), k.year(), k.reference() == null ? "none"
                                : OutputFormat.round(Math.round(k.reference().value() * 10) / 10.0) + "%", k.why());
                k.citations().forEach(cite -> out.printf("      %s%n", cite));
            }
        }
    }

    private static void dependence(PrintStream out, ChainModel m, Citations cites) {
        out.printf("%nImporters' dependence on suppliers%n");
        for (ChainModel.Dependence d : m.dependence()) {
            if (!d.product().startsWith("input to ")) {
                out.printf("  %-3s %-14s %-9s from %-3s %5.1f%%  %-9s %s%n", d.recipient(), d.product(), d.stage().id(),
                        d.supplier(), d.share().value(), d.share().provenance().kind(), cites.of(d.share()));
            }
        }
        importNotes(out, m);
        for (String r : List.of("EU", "JP", "US")) {
            for (ChainModel.Dependence d : m.importMix(r, "NdFeB-magnet")) {
                if (d.share().value() >= 1) {
                    out.printf("  %-3s %-14s %-9s from %-3s %5.1f%%  %s %s%n", r, "NdFeB-magnet", Stage.MAGNET.id(),
                            d.supplier(), d.share().value(), "derived (world magnet mix; no regional figure)",
                            cites.of(d.share()));
                }
            }
        }
        out.printf("%nProducers' inputs by stage (largest supplier)%n");
        Map<String, ChainModel.Dependence> largest = new LinkedHashMap<>();
        for (ChainModel.Dependence d : m.dependence()) {
            if (d.product().startsWith("input to ")) {
                largest.merge(d.recipient() + " " + d.product(), d,
                        (a, b) -> a.share().value() >= b.share().value() ? a : b);
            }
        }
        largest.forEach((k, d) -> out.printf("  %-28s from %-3s at %-9s %5.1f%%  %s%n", k, d.supplier(), d.stage().id(),
                d.share().value(), cites.of(d.share())));
    }

    // Importers' mixes are the sets of shares that are not a stage's world shares.
    private static void importNotes(PrintStream out, ChainModel m) {
        Set<String> world = new HashSet<>();
        for (Stage s : Stage.values()) {
            world.add(ChainModel.worldShares(s));
        }
        Set<String> mixes = new LinkedHashSet<>();
        m.rescalings().forEach(r -> mixes.add(r.what()));
        m.candidates().forEach(c -> mixes.add(c.what()));
        mixes.removeAll(world);
        mixes.forEach(what -> {
            out.printf("  %s:%n", what);
            notes(out, m, what);
        });
    }

    // The rule is a paragraph; a terminal reads it better at the table's width than as one line.
    private static void wrap(PrintStream out, String text) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() >= 100) {
                out.println(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(word).append(' ');
        }
        out.println(line.toString().stripTrailing());
    }

    /** The citations the table has used, numbered in order of first use. */
    private static final class Citations {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();

        String of(Figure f) {
            return "[" + numbers.computeIfAbsent(f.provenance().citation(), c -> numbers.size() + 1) + "]";
        }

        void print(PrintStream out) {
            numbers.forEach((cite, n) -> out.printf("  [%d] %s%n", n, cite));
        }
    }
}
