package dev.monazite.chain;

import dev.monazite.store.FactRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Builds the chain model: reference baseline, newer corpus facts where they hold, flows, concentration, dependence. */
public final class ChainBuilder {
    /** When a corpus figure replaces a reference figure, in the words the outputs print. */
    public static final String UPDATE_RULE = "A corpus share replaces a reference share only when it is dated in a later "
            + "year and either two or more independent outlets agree on it within " + Agreement.number(Agreement.POINTS)
            + " percentage points (their median is used) or it is the only figure and an analyst confirmed it; any other "
            + "newer figure is listed as a candidate beside the reference. When a share is replaced, the other rows of its "
            + "stage are rescaled by one factor so the stage sums to 100%.";
    private static final Map<Stage, String> FACT_METRIC = Map.of(
            Stage.MINING, "mining", Stage.REFINING, "refining", Stage.MAGNET, "magnet_production");

    private ChainBuilder() {}

    /** The commodities the model can be built for. */
    public static List<String> commodities() {
        return Baseline.COMMODITIES;
    }

    /**
     * The model for a commodity, with the corpus's share facts applied where {@link #UPDATE_RULE} lets them.
     *
     * @param titles an article's title by its id, or null when unknown (the citation then names the file)
     * @throws IllegalArgumentException if the commodity is not one of {@link #commodities()}
     */
    public static ChainModel build(String commodity, List<FactRow> facts, Function<String, String> titles) {
        if (!Baseline.COMMODITIES.contains(commodity)) {
            throw new IllegalArgumentException("--commodity '" + commodity + "' is not modelled: use one of "
                    + Baseline.COMMODITIES);
        }
        CorpusFigures corpus = new CorpusFigures(facts, titles);
        Map<Stage, StageFigures> reference = new Baseline().stages(commodity);
        Map<Stage, Update> updates = updates(reference, corpus, commodity);
        Map<Stage, StageFigures> stages = applied(reference, updates);
        List<ChainModel.Link> links = links(stages);
        ImportSources.Mixes imports = ImportSources.read(corpus);
        List<ChainModel.Dependence> dependence = new ArrayList<>(imports.dependence());
        dependence.addAll(stageDependence(links, stages));
        List<Update> all = new ArrayList<>(updates.values());
        all.addAll(imports.updates());
        return new ChainModel(commodity, nodes(stages), links, concentration(stages), dependence,
                all.stream().flatMap(u -> u.candidates().stream()).toList(), rescalings(updates, imports.updates()),
                facilities(), Parameters.bundled());
    }

    private static Map<Stage, Update> updates(Map<Stage, StageFigures> stages, CorpusFigures corpus, String commodity) {
        Map<Stage, Update> out = new EnumMap<>(Stage.class);
        FACT_METRIC.forEach((stage, metric) -> {
            // Corpus shares of "rare earths" count total REO: they do not update the magnet-REE basis, except for magnets.
            Set<String> commodities = stage == Stage.MAGNET ? Set.of("REE", "NdFeB-magnet", "REE-magnet")
                    : commodity.equals("REE") ? Set.of("REE") : Set.of("NdPr", "PrNd-oxide");
            StageFigures sf = stages.get(stage);
            out.put(stage, Update.of(stage, ChainModel.worldShares(stage), sf.shares(),
                    corpus.newer(metric, "WORLD", commodities, sf.year())));
        });
        return out;
    }

    private static Map<Stage, StageFigures> applied(Map<Stage, StageFigures> reference, Map<Stage, Update> updates) {
        Map<Stage, StageFigures> out = new EnumMap<>(reference);
        updates.forEach((stage, u) -> out.put(stage, reference.get(stage).withShares(u.shares())));
        if (updates.get(Stage.MAGNET).rescaling() != null) {
            out.put(Stage.METAL, reference.get(Stage.METAL).withShares(metalFromMagnet(out.get(Stage.MAGNET))));
        }
        return out;
    }

    // Metal borrows the magnet split; if the corpus moved the magnet split, metal follows it.
    private static Map<String, Figure> metalFromMagnet(StageFigures magnet) {
        Map<String, Figure> out = new LinkedHashMap<>();
        magnet.shares().forEach((p, f) -> out.put(p, new Figure(f.value(), f.unit(), Provenance.derived(
                "magnet-stage share used for metal and alloy (no sourced split)", f.provenance()))));
        return out;
    }

    // Metal and alloy borrow the magnet split, so a rescaled magnet stage rescales metal too; both are shown.
    private static List<ChainModel.Rescaling> rescalings(Map<Stage, Update> stages, List<Update> imports) {
        List<ChainModel.Rescaling> out = new ArrayList<>();
        for (Update u : stages.values()) {
            if (u.rescaling() != null) {
                out.add(u.rescaling());
            }
            if (u.rescaling() != null && u.rescaling().stage() == Stage.MAGNET) {
                out.add(new ChainModel.Rescaling(Stage.METAL, ChainModel.worldShares(Stage.METAL), u.rescaling().factor(),
                        "follows the magnet stage, whose split metal and alloy borrow: " + u.rescaling().why()));
            }
        }
        imports.stream().filter(u -> u.rescaling() != null).forEach(u -> out.add(u.rescaling()));
        return out;
    }

    private static List<ChainModel.Node> nodes(Map<Stage, StageFigures> stages) {
        List<ChainModel.Node> out = new ArrayList<>();
        // Countries USGS lists with zero output stay in the reference table but are not producers.
        stages.forEach((stage, sf) -> sf.shares().forEach((place, share) -> {
            if (share.value() > 0) {
                out.add(new ChainModel.Node(stage.id() + ":" + place, stage, place, share, new Figure(share.value() / 100
                        * sf.total().value(), sf.total().unit(), Provenance.derived("share × stage total",
                        sf.total().provenance()))));
            }
        }));
        return out;
    }

    private static List<ChainModel.Link> links(Map<Stage, StageFigures> stages) {
        List<ChainModel.Link> out = new ArrayList<>();
        Stage[] order = Stage.values();
        for (int k = 0; k + 1 < order.length; k++) {
            out.addAll(Flows.between(order[k], stages.get(order[k]), order[k + 1], stages.get(order[k + 1])));
        }
        return out;
    }

    private static List<ChainModel.Concentration> concentration(Map<Stage, StageFigures> stages) {
        List<ChainModel.Concentration> out = new ArrayList<>();
        stages.forEach((stage, sf) -> {
            Map.Entry<String, Figure> top = sf.shares().entrySet().stream()
                    .max(Comparator.comparingDouble(e -> e.getValue().value())).orElseThrow();
            // Residual rows (rest of world, other countries) are many producers: counting them as one overstates HHI.
            double hhi = sf.shares().entrySet().stream().filter(e -> !residual(e.getKey()))
                    .mapToDouble(e -> e.getValue().value() * e.getValue().value()).sum();
            out.add(new ChainModel.Concentration(stage, top.getKey(), top.getValue().value(), (int) Math.round(hhi)));
        });
        return out;
    }

    static boolean residual(String place) {
        return place.startsWith("X");
    }

    // A producing country's inputs by supplier, read off the flows into it.
    private static List<ChainModel.Dependence> stageDependence(List<ChainModel.Link> links, Map<Stage, StageFigures> stages) {
        List<ChainModel.Dependence> out = new ArrayList<>();
        for (ChainModel.Link l : links) {
            Stage to = stageOf(l.target());
            if (to == Stage.END_USE) {
                continue;
            }
            String recipient = placeOf(l.target());
            double inflow = links.stream().filter(x -> x.target().equals(l.target())).mapToDouble(ChainModel.Link::value).sum();
            out.add(new ChainModel.Dependence(recipient, "input to " + to.id(), stageOf(l.source()), placeOf(l.source()),
                    new Figure(100 * l.value() / inflow, "%", l.provenance())));
        }
        return out;
    }

    static Stage stageOf(String nodeId) {
        String id = nodeId.substring(0, nodeId.indexOf(':'));
        for (Stage s : Stage.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalStateException("node id without a stage: " + nodeId);
    }

    static String placeOf(String nodeId) {
        return nodeId.substring(nodeId.indexOf(':') + 1);
    }

    private static List<ChainModel.Facility> facilities() {
        List<ChainModel.Facility> out = new ArrayList<>();
        for (Map<String, String> r : Csv.resource("ree_facilities.csv")) {
            String cap = r.get("capacity");
            out.add(new ChainModel.Facility(r.get("facility_name"), r.get("company"), r.get("country_iso2"), r.get("stage"),
                    cap.isBlank() ? null : Double.valueOf(cap), r.get("capacity_unit"), r.get("capacity_basis"),
                    r.get("status"), r.get("year"), r.get("source")));
        }
        return out;
    }
}
