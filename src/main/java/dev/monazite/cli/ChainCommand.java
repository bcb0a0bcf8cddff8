package dev.monazite.cli;

import dev.monazite.chain.ChainModel;
import dev.monazite.chain.Stage;
import dev.monazite.article.Json;
import dev.monazite.store.FactStore;
import dev.monazite.views.Views;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code monazite chain}: the supply chain by stage, its concentration and who depends on whom. */
@Command(name = "chain", mixinStandardHelpOptions = true,
        description = {"The rare-earth chain from mining to end use: shares by stage and country, concentration",
                "(top-1 share, HHI), importers' dependence on suppliers by stage, each number with its source.",
                "Reference figures are updated by newer corpus facts; --format json gives Sankey nodes and links."})
final class ChainCommand implements Callable<Integer> {
    enum Format { table, json }

    @ParentCommand
    Main main;

    @Option(names = "--commodity", paramLabel = "C", defaultValue = "REE",
            description = "REE (t REO, USGS mining) or magnet-REE (Nd+Pr+Tb+Dy content, IEA); default ${DEFAULT-VALUE}.")
    String commodity;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        ChainModel model = model(main, commodity);
        if (format == Format.json) {
            System.out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Views.chain(model)));
        } else {
            table(System.out, model);
        }
        return 0;
    }

    /** The model with the corpus facts in the store applied. */
    static ChainModel model(Main main, String commodity) {
        try (FactStore store = Components.openStore(main)) {
            return Views.chainModel(store, commodity);
        }
    }




    static void table(PrintStream out, ChainModel m) {
        out.println("Chain model for " + m.commodity() + " (shares in %, volumes per year)");
        for (ChainModel.Concentration c : m.concentration()) {
            List<ChainModel.Node> nodes = m.stage(c.stage());
            out.printf("%n%s — top-1 %s %.1f%%, HHI %d, total %s %s%n", c.stage().id(), c.top(), c.top1Share(), c.hhi(),
                    OutputFormat.round(Math.round(nodes.stream().mapToDouble(n -> n.volume().value()).sum())),
                    nodes.get(0).volume().unit());
            for (ChainModel.Node n : nodes) {
                out.printf("  %-6s %6.1f%%  %12s  %s%n", n.place(), n.share().value(),
                        OutputFormat.round(Math.round(n.volume().value())), n.share().provenance().kind());
            }
        }
        out.printf("%nImporters' dependence on suppliers%n");
        for (ChainModel.Dependence d : m.dependence()) {
            if (!d.product().startsWith("input to ")) {
                out.printf("  %-3s %-14s %-9s from %-3s %5.1f%%  %s%n", d.recipient(), d.product(), d.stage().id(),
                        d.supplier(), d.share().value(), d.share().provenance().kind());
            }
        }
        for (String r : List.of("EU", "JP", "US")) {
            for (ChainModel.Dependence d : m.importMix(r, "NdFeB-magnet")) {
                if (d.share().value() >= 1) {
                    out.printf("  %-3s %-14s %-9s from %-3s %5.1f%%  %s%n", r, "NdFeB-magnet", Stage.MAGNET.id(),
                            d.supplier(), d.share().value(), "derived (world magnet mix; no regional figure)");
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
        largest.forEach((k, d) -> out.printf("  %-28s from %-3s at %-9s %5.1f%%%n", k, d.supplier(), d.stage().id(),
                d.share().value()));
        out.printf("%nSources: run with --format json for every number's source.%n");
    }
}
