package dev.monazite.chain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What each code in a model's output means: stage ids, places (ISO 3166-1 alpha-2 names, and the
 * residual rows the reference tables add), end-use sectors, products, and the measures.
 */
final class Legend {
    private static final Map<String, String> STAGES = Map.of(
            "mining", "stage: mine production of rare-earth ore",
            "refining", "stage: separation and refining of mixed rare earths into individual oxides",
            "metal_alloy", "stage: reduction of oxides to metal and NdFeB alloy (no sourced country split: the magnet "
                    + "stage's is used)",
            "magnet", "stage: NdFeB permanent-magnet making",
            "end_use", "stage: what the magnets go into (sectors wind, EV, other)");
    // The reference tables use codes from ISO's user-assigned range for rows that are not one country.
    private static final Map<String, String> RESIDUALS = Map.of(
            "XO", "other countries: USGS's row for producers it does not list one by one (residual, left out of the HHI)",
            "XR", "rest of world: IEA's residual row, or 100% minus the countries listed (residual, left out of the HHI)",
            "XW", "world total");
    private static final Map<String, String> OTHER = Map.ofEntries(
            Map.entry("wind", "end use: wind turbines"),
            Map.entry("EV", "end use: electric vehicles (traction motors)"),
            Map.entry("other", "end use: all other uses (IEA total minus wind and EVs)"),
            Map.entry("REE", "rare-earth elements, counted as rare-earth oxide (REO)"),
            Map.entry("magnet-REE", "the magnet rare earths neodymium, praseodymium, terbium and dysprosium (Nd+Pr+Tb+Dy)"),
            Map.entry("LREE", "light rare-earth elements"),
            Map.entry("HREE", "heavy rare-earth elements"),
            Map.entry("NdPr", "neodymium-praseodymium (oxide or metal)"),
            Map.entry("Nd", "neodymium"), Map.entry("Pr", "praseodymium"),
            Map.entry("Dy", "dysprosium"), Map.entry("Tb", "terbium"),
            Map.entry("NdFeB-magnet", "neodymium-iron-boron permanent magnets"),
            Map.entry("REE-magnet", "rare-earth permanent magnets of any kind"),
            Map.entry("SmCo-magnet", "samarium-cobalt permanent magnets"));

    private Legend() {}

    static Map<String, String> of(ChainModel m) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("HHI", "Herfindahl-Hirschman index of a stage: the sum of its producers' squared percentage shares, "
                + "a whole number from near 0 (many small producers) to 10,000 (one producer); residual rows are left out, "
                + "as each stands for many producers");
        out.put("top-1", "the largest producer's share of the stage");
        out.put("REO", "rare-earth oxide equivalent: tonnes of rare earths counted as their oxides");
        out.put("t", "metric tonnes");
        out.put("NdFeB", "neodymium-iron-boron, the alloy of the strongest permanent magnets");
        out.put(m.commodity(), OTHER.get(m.commodity()));
        m.concentration().forEach(c -> out.put(c.stage().id(), STAGES.get(c.stage().id())));
        places(m).forEach(p -> out.put(p, name(p)));
        m.stage(Stage.END_USE).forEach(n -> out.put(n.place(), name(n.place())));
        // Every importer's magnet mix is shown, from the world magnet shares where no regional figure exists.
        Stream.concat(m.dependence().stream().map(ChainModel.Dependence::product), Stream.of("NdFeB-magnet"))
                .filter(OTHER::containsKey).forEach(p -> out.putIfAbsent(p, OTHER.get(p)));
        return out;
    }

    // Countries first in alphabetical order, then the residual rows.
    private static Set<String> places(ChainModel m) {
        Set<String> out = new TreeSet<>(Comparator.comparing(ChainBuilder::residual).thenComparing(p -> p));
        m.nodes().stream().filter(n -> n.stage() != Stage.END_USE).forEach(n -> out.add(n.place()));
        m.dependence().forEach(d -> {
            out.add(d.recipient());
            out.add(d.supplier());
        });
        m.candidates().forEach(c -> out.add(c.place()));
        return out;
    }

    static String name(String code) {
        if (OTHER.containsKey(code)) {
            return OTHER.get(code);
        }
        if (RESIDUALS.containsKey(code)) {
            return RESIDUALS.get(code);
        }
        String country = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return country.equals(code) ? "a code ISO 3166-1 does not assign" : country;
    }
}
