package dev.monazite.chain;

import dev.monazite.store.Conflict;
import dev.monazite.store.FactRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the chain model: reference baseline, newer corpus facts, flows, concentration, dependence. */
public final class ChainBuilder {
    private static final Map<Stage, String> FACT_METRIC = Map.of(
            Stage.MINING, "mining", Stage.REFINING, "refining", Stage.MAGNET, "magnet_production");

    private ChainBuilder() {}

    /** The commodities the model can be built for. */
    public static List<String> commodities() {
        return Baseline.COMMODITIES;
    }

    /**
     * The model for a commodity, with the given corpus facts and conflicts applied where newer.
     *
     * @throws IllegalArgumentException if the commodity is not one of {@link #commodities()}
     */
    public static ChainModel build(String commodity, List<FactRow> facts, List<Conflict> conflicts) {
        if (!Baseline.COMMODITIES.contains(commodity)) {
            throw new IllegalArgumentException("--commodity '" + commodity + "' is not modelled: use one of "
                    + Baseline.COMMODITIES);
        }
        CorpusFigures corpus = new CorpusFigures(facts, conflicts);
        Map<Stage, StageFigures> stages = updated(new Baseline().stages(commodity), corpus, commodity);
        List<ChainModel.Node> nodes = nodes(stages);
        List<ChainModel.Link> links = links(stages);
        List<ChainModel.Dependence> dependence = new ArrayList<>(ImportSources.dependence(corpus));
        dependence.addAll(stageDependence(links, stages));
        return new ChainModel(commodity, nodes, links, concentration(stages), dependence, facilities(),
                Parameters.bundled());
    }

    private static Map<Stage, StageFigures> updated(Map<Stage, StageFigures> stages, CorpusFigures corpus, String commodity) {
        Map<Stage, StageFigures> out = new LinkedHashMap<>(stages);
        FACT_METRIC.forEach((stage, metric) -> {
            StageFigures sf = stages.get(stage);
            // Corpus shares of "rare earths" count total REO: they do not update the magnet-REE basis, except for magnets.
            Set<String> commodities = stage == Stage.MAGNET ? Set.of("REE", "NdFeB-magnet", "REE-magnet")
                    : commodity.equals("REE") ? Set.of("REE") : Set.of("NdPr", "PrNd-oxide");
            Map<String, Figure> newer = corpus.newer(metric, "WORLD", commodities, sf.year());
            if (!newer.isEmpty()) {
                out.put(stage, sf.withShares(CorpusFigures.rescale(sf.shares(), newer)));
            }
        });
        out.put(Stage.METAL, out.get(Stage.METAL).withShares(metalFromMagnet(out.get(Stage.MAGNET), stages.get(Stage.METAL))));
        return out;
    }

    // Metal borrows the magnet split; if the corpus moved the magnet split, metal follows it.
    private static Map<String, Figure> metalFromMagnet(StageFigures magnet, StageFigures metal) {
        Map<String, Figure> out = new LinkedHashMap<>();
        magnet.shares().forEach((p, f) -> out.put(p, new Figure(f.value(), f.unit(), Provenance.derived(
                "magnet-stage share used for metal and alloy (no sourced split); " + f.provenance().cite()))));
        return metal.shares().equals(out) ? metal.shares() : out;
    }

    private static List<ChainModel.Node> nodes(Map<Stage, StageFigures> stages) {
        List<ChainModel.Node> out = new ArrayList<>();
        // Countries USGS lists with zero output stay in the reference table but are not producers.
        stages.forEach((stage, sf) -> sf.shares().forEach((place, share) -> {
            if (share.value() > 0) {
                out.add(new ChainModel.Node(stage.id() + ":" + place, stage, place, share, new Figure(share.value() / 100
                        * sf.total().value(), sf.total().unit(), Provenance.derived("share × stage total ("
                        + sf.total().provenance().cite() + ")"))));
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
            out.add(new ChainModel.Concentration(stage, top.getKey(), top.getValue().value(), hhi));
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
