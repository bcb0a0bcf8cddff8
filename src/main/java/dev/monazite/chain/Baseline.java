package dev.monazite.chain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The reference tables turned into stage figures for a commodity. {@code REE} counts mining in t REO
 * (USGS); {@code magnet-REE} counts Nd+Pr+Tb+Dy content (IEA). Stages without a sourced country split
 * borrow their neighbour's, and say so.
 */
final class Baseline {
    static final List<String> COMMODITIES = List.of("REE", "magnet-REE");
    private static final String IEA_SUPPLY = "IEA rare earth supply";

    private final List<Map<String, String>> mines = Csv.resource("ree_mine_production_by_country.csv");
    private final List<Map<String, String>> stageShares = Csv.resource("ree_stage_shares.csv");
    private final List<Map<String, String>> demand = Csv.resource("ree_demand.csv");

    Map<Stage, StageFigures> stages(String commodity) {
        Map<Stage, StageFigures> out = new EnumMap<>(Stage.class);
        boolean reo = commodity.equals("REE");
        out.put(Stage.MINING, reo ? usgsMining() : ieaStage("mining"));
        StageFigures refining = ieaStage("refining_separation");
        out.put(Stage.REFINING, reo ? refining.withTotal(out.get(Stage.MINING).total(), "refined output taken as "
                + "equal to mine output (t REO); country shares are IEA's on the magnet-REE basis") : refining);
        StageFigures magnet = magnetShares(reo ? ndfebProduction() : refining.total());
        out.put(Stage.MAGNET, magnet);
        out.put(Stage.METAL, proxy(magnet, "no sourced country split for metal and alloy making; magnet-stage "
                + "shares used, since alloy is mostly made where magnets are"));
        out.put(Stage.END_USE, endUse(magnet.total(), !reo));
        return out;
    }

    private StageFigures usgsMining() {
        Map<String, Figure> volumes = new LinkedHashMap<>();
        for (Map<String, String> r : mines) {
            if (r.get("edition").equals("MCS2026") && r.get("year").equals("2025") && !r.get("country_iso2").equals("XW")) {
                volumes.put(r.get("country_iso2"), new Figure(Double.parseDouble(r.get("mine_production_t_reo")),
                        "t REO/yr", Provenance.reference("USGS Mineral Commodity Summaries 2026, rare earths, world mine "
                                + "production table, 2025 estimate", r.get("source"))));
            }
        }
        return fromVolumes(volumes, 2025, "USGS mine production");
    }

    private StageFigures ieaStage(String stage) {
        Map<String, Figure> volumes = new LinkedHashMap<>();
        for (Map<String, String> r : select(r -> r.get("stage").equals(stage) && r.get("year").equals("2024")
                && r.get("basis").startsWith(IEA_SUPPLY) && !r.get("country_iso2").equals("XW"))) {
            volumes.put(r.get("country_iso2"), new Figure(Double.parseDouble(r.get("volume")) * 1000,
                    "t Nd+Pr+Tb+Dy/yr", Provenance.reference("IEA Critical Minerals Dataset (May 2025), rare earth supply "
                            + "by country, " + stage.replace('_', ' ') + ", 2024", r.get("source"))));
        }
        return fromVolumes(volumes, 2024, "IEA " + stage + " volumes");
    }

    private static StageFigures fromVolumes(Map<String, Figure> volumes, int year, String what) {
        double total = volumes.values().stream().mapToDouble(Figure::value).sum();
        String unit = volumes.values().iterator().next().unit();
        Map<String, Figure> shares = new LinkedHashMap<>();
        volumes.forEach((place, v) -> shares.put(place, new Figure(100 * v.value() / total, "%",
                Provenance.derived(place + " " + Math.round(v.value()) + " ÷ total " + Math.round(total) + " (" + what
                        + ")", v.provenance()))));
        Provenance first = volumes.values().iterator().next().provenance();
        return new StageFigures(shares, new Figure(total, unit, Provenance.derived("sum of the country rows of " + what,
                first)), year);
    }

    private StageFigures magnetShares(Figure total) {
        Map<String, Figure> shares = new LinkedHashMap<>();
        for (Map<String, String> r : select(r -> r.get("stage").equals("magnet_ndfeb") && r.get("year").equals("2024"))) {
            Provenance row = Provenance.reference(r.get("basis") + ", " + r.get("year"), r.get("source"));
            Provenance p = r.get("data_type").equals("derived") ? Provenance.derived(r.get("note"), row) : row;
            shares.put(r.get("country_iso2"), new Figure(Double.parseDouble(r.get("share_pct")), "%", p));
        }
        return new StageFigures(shares, total, 2024);
    }

    private Figure ndfebProduction() {
        Map<String, String> r = demand.stream().filter(d -> d.get("metric").equals("production")
                && d.get("material").startsWith("NdFeB magnets")).findFirst().orElseThrow();
        return new Figure(Double.parseDouble(r.get("value")), "t NdFeB/yr", Provenance.reference(
                "global NdFeB magnet production, " + r.get("year") + ", " + r.get("data_type"), r.get("source")));
    }

    private static StageFigures proxy(StageFigures from, String why) {
        Map<String, Figure> shares = new LinkedHashMap<>();
        from.shares().forEach((place, f) -> shares.put(place, new Figure(f.value(), f.unit(),
                Provenance.derived(why, f.provenance()))));
        return new StageFigures(shares, new Figure(from.total().value(), from.total().unit(),
                Provenance.derived("one tonne of alloy per tonne of magnet", from.total().provenance())), from.year());
    }

    // IEA splits 2024 magnet-REE demand into wind, EVs and other uses; the split applies to the magnet stage's output.
    private StageFigures endUse(Figure magnets, boolean ieaBasis) {
        Map<String, Double> kt = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Map<String, String> r : demand) {
            if (r.get("metric").equals("demand") && r.get("year").equals("2024") && r.get("material").startsWith("magnet")
                    && !r.get("sector").equals("Total")) {
                String sector = sector(r.get("sector"));
                kt.put(sector, Double.parseDouble(r.get("value")));
                sources.put(sector, r.get("source"));
            }
        }
        double total = kt.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Figure> shares = new LinkedHashMap<>();
        kt.forEach((s, v) -> shares.put(s, new Figure(100 * v / total, "%", Provenance.derived(
                s + " " + v + " kt ÷ all sectors " + Math.round(total * 1000) / 1000.0 + " kt", demandTable(sources.get(s))))));
        Figure volume = ieaBasis ? new Figure(total * 1000, magnets.unit(), Provenance.derived("sum of sectors",
                demandTable(sources.values().iterator().next()))) : magnets;
        return new StageFigures(shares, volume, 2024);
    }

    private static Provenance demandTable(String source) {
        return Provenance.reference("IEA Critical Minerals Dataset (May 2025), magnet rare earth demand by sector, 2024",
                source);
    }

    private static String sector(String iea) {
        return switch (iea) {
            case "Wind" -> "wind";
            case "Electric vehicles" -> "EV";
            default -> "other";
        };
    }

    private List<Map<String, String>> select(Predicate<Map<String, String>> p) {
        return stageShares.stream().filter(p).toList();
    }
}
