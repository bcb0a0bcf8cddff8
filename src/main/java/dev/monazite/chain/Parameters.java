package dev.monazite.chain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sourced figures a scenario may leave out: stock cover by holder and material intensity by sector. */
public final class Parameters {
    // Which reference intensity row stands for a sector and product: application prefix, material prefix.
    private static final Map<String, List<String>> INTENSITY_ROWS = Map.of(
            "EV/NdFeB-magnet", List.of("EV traction motor", "NdFeB magnet"),
            "wind/NdFeB-magnet", List.of("Wind turbine fleet average", "NdFeB magnet"),
            "wind/Nd", List.of("Direct-drive PMSG", "Nd (element)"),
            "wind/Pr", List.of("Direct-drive PMSG", "Pr (element)"),
            "wind/Dy", List.of("Direct-drive PMSG", "Dy (element)"),
            "wind/Tb", List.of("Direct-drive PMSG", "Tb (element)"),
            "robots/NdFeB-magnet", List.of("Humanoid robot", "NdFeB magnet"),
            "defence/NdFeB-magnet", List.of("F-35", "NdFeB magnet"));
    static final double DAYS_PER_MONTH = 365.25 / 12;

    private final List<Map<String, String>> stockpiles;
    private final List<Map<String, String>> intensities;

    Parameters(List<Map<String, String>> stockpiles, List<Map<String, String>> intensities) {
        this.stockpiles = List.copyOf(stockpiles);
        this.intensities = List.copyOf(intensities);
    }

    static Parameters bundled() {
        return new Parameters(Csv.resource("ree_stockpiles.csv"), Csv.resource("ree_end_use_intensity.csv"));
    }

    Optional<Figure> stockCover(String holder, String product) {
        for (String p : Products.lineage(product)) {
            for (Map<String, String> r : stockpiles) {
                if (r.get("holder_iso2").equals(holder) && r.get("product").equals(p)) {
                    double days = Double.parseDouble(r.get("days_of_consumption"));
                    return Optional.of(new Figure(days / DAYS_PER_MONTH, "months", Provenance.derived(
                            days + " days of consumption ÷ 30.44", Provenance.reference(r.get("basis") + ", " + r.get("year"),
                                    r.get("source")))));
                }
            }
        }
        return Optional.empty();
    }

    Optional<Figure> intensity(String sector, String product) {
        List<String> key = INTENSITY_ROWS.get(sector + "/" + product);
        if (key == null) {
            return Optional.empty();
        }
        return intensities.stream()
                .filter(r -> r.get("application").startsWith(key.get(0)) && r.get("material").startsWith(key.get(1)))
                .findFirst().map(Parameters::intensityFigure);
    }

    // A range counts at its midpoint; a lower bound alone counts as itself (the note says so).
    private static Figure intensityFigure(Map<String, String> r) {
        double min = Double.parseDouble(r.get("kg_min"));
        String maxText = r.get("kg_max");
        double max = maxText.isBlank() ? min : Double.parseDouble(maxText);
        Provenance row = Provenance.reference(r.get("application") + ", " + r.get("material"), r.get("source"));
        return new Figure((min + max) / 2, "kg/unit", min == max ? row
                : Provenance.derived("midpoint of " + min + "–" + max + " " + r.get("unit"), row));
    }
}
