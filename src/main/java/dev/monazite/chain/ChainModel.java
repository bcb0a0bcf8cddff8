package dev.monazite.chain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chain for one commodity: producers by stage with shares and volumes, flows between adjacent
 * stages, concentration per stage, importers' dependence on suppliers, the newer corpus figures left
 * beside the reference as candidates, how shares were rescaled where corpus figures were applied,
 * notable facilities, and the sourced parameters scenarios fall back on. Every number carries its provenance.
 */
public record ChainModel(String commodity, List<Node> nodes, List<Link> links, List<Concentration> concentration,
                         List<Dependence> dependence, List<Candidate> candidates, List<Rescaling> rescalings,
                         List<Facility> facilities, Parameters parameters) {

    /** A producer (country, bloc or residual) or an end-use sector at one stage; share in percent, volume in t/yr. */
    public record Node(String id, Stage stage, String place, Figure share, Figure volume) {}

    /** A flow between nodes of adjacent stages, in the downstream node's unit per year. */
    public record Link(String source, String target, double value, String unit, Provenance provenance) {}

    /** How concentrated a stage is: its largest producer's share (percent) and the HHI (0-10,000, a whole number). */
    public record Concentration(Stage stage, String top, double top1Share, int hhi) {}

    /** The share (percent) of a recipient's supply of a product at a stage that comes from a supplier. */
    public record Dependence(String recipient, String product, Stage stage, String supplier, Figure share) {}

    /**
     * A corpus figure dated after the reference that was not applied, shown beside the reference row it
     * would replace (null when the reference has no row for the place).
     *
     * @param what      the set of shares it belongs to, e.g. "world mining shares" or "JP imports of REE"
     * @param value     the figure in percent: the median of the outlets that give it
     * @param why       why it was not applied, e.g. "one outlet, not confirmed"
     * @param citations each statement's outlet, publication date, article title and words
     */
    public record Candidate(Stage stage, String what, String place, int year, double value, Figure reference, String why,
                            List<String> citations, List<String> facts) {
        public Candidate {
            citations = List.copyOf(citations);
            facts = List.copyOf(facts);
        }
    }

    /** The factor the rows not replaced by corpus figures were scaled by, so their set still sums to 100%, and why. */
    public record Rescaling(Stage stage, String what, double factor, String why) {}

    /** A notable plant or mine as the reference table gives it (capacity bases differ: see its unit and basis). */
    public record Facility(String name, String company, String place, String stage, Double capacity, String unit,
                           String basis, String status, String year, String source) {}

    public ChainModel {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        concentration = List.copyOf(concentration);
        dependence = List.copyOf(dependence);
        candidates = List.copyOf(candidates);
        rescalings = List.copyOf(rescalings);
        facilities = List.copyOf(facilities);
    }

    /** What candidates and rescalings of a stage's world shares name their set of shares; importers' mixes name theirs otherwise. */
    public static String worldShares(Stage stage) {
        return "world " + stage.id() + " shares";
    }

    /** The nodes of one stage, largest first. */
    public List<Node> stage(Stage stage) {
        return nodes.stream().filter(n -> n.stage() == stage)
                .sorted(Comparator.comparingDouble((Node n) -> n.share().value()).reversed()).toList();
    }

    /** The recipient's import mix for a product: the most specific rows the model has, else the world mix of its stage. */
    public List<Dependence> importMix(String recipient, String product) {
        for (String p : Products.lineage(product)) {
            List<Dependence> rows = dependence.stream()
                    .filter(d -> d.recipient().equals(recipient) && d.product().equals(p)).toList();
            if (!rows.isEmpty()) {
                return rows;
            }
        }
        return worldMix(recipient, product);
    }

    private List<Dependence> worldMix(String recipient, String product) {
        Stage stage = Products.stage(product);
        return stage(stage).stream().map(n -> new Dependence(recipient, product, stage, n.place(),
                new Figure(n.share().value(), "%", Provenance.derived("no import-source figure for " + recipient + " "
                        + product + "; world " + stage.id() + " shares used", n.share().provenance())))).toList();
    }

    /** Every code the model's output uses (stages, places, sectors, products, HHI) with what it means. */
    public Map<String, String> legend() {
        return Legend.of(this);
    }

    /** Months of stock a holder keeps of a product, where a source gives it. */
    public Optional<Figure> stockCover(String holder, String product) {
        return parameters.stockCover(holder, product);
    }

    /** Kilograms of a product per unit of a sector's output, where a source gives it. */
    public Optional<Figure> intensity(String sector, String product) {
        return parameters.intensity(sector, product);
    }
}
