package dev.monazite.scenario;

import dev.monazite.chain.ChainModel;
import dev.monazite.chain.Figure;
import dev.monazite.chain.Products;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a scenario file against the model: unknown places, products, sectors or fields,
 * out-of-range numbers and missing fields are errors naming the line and field. Numbers the file
 * leaves out come from the model, and each number used is listed as an assumption with its source.
 */
public final class ScenarioReader {
    static final Set<String> SECTORS = Set.of("EV", "wind", "robots", "electronics", "defence", "other");
    /** Outside a disruption, suppliers can send this much above the usual monthly volume to rebuild stock. */
    static final double DEFAULT_RESTOCK_RATE = 0.25;
    private static final Set<String> PLACES = places();
    // Upper bounds far beyond any real figure (world mine output is ~4e5 t a year, car output ~1e8 a
    // year) and small enough that every product the simulation forms stays finite: no NaN or Infinity
    // ever reaches a table, JSON or the API.
    static final double MAX_UNITS_PER_YEAR = 1e12, MAX_KG_PER_UNIT = 1e6, MAX_TONNES_PER_YEAR = 1e9;

    private final String file;
    private final ChainModel model;
    private final List<Assumption> assumptions = new ArrayList<>();

    private ScenarioReader(String file, ChainModel model) {
        this.file = file;
        this.model = model;
    }

    /**
     * The checked scenario in a file.
     *
     * @throws ScenarioException if the file is not a valid scenario (the message names line and field)
     * @throws IOException if it cannot be read
     */
    public static Scenario read(Path path, ChainModel model) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new ScenarioReader(path.toString(), model).scenario(YamlNode.parse(path.toString(), in));
        }
    }

    /** The checked scenario in a string, named {@code file} in messages (for tests). */
    public static Scenario read(String file, String yaml, ChainModel model) {
        return new ScenarioReader(file, model).scenario(YamlNode.parse(file, new StringReader(yaml)));
    }

    /** A quick what-if's fields: who cuts what to whom, how much and for how many months. */
    public record Quick(String supplier, String recipient, String product, double fraction, int months) {}

    /**
     * A what-if from five fields, everything else from the model with its provenance: the recipient's import
     * mix, its stock cover (none where the model has no figure), and demand as a scale of 100 t a month,
     * since the model has no demand by country: the tonnes read as percent of a month's demand.
     *
     * @throws ScenarioException if a field is unknown or out of range (the message names it)
     */
    public static Scenario quick(Quick q, java.time.YearMonth first, ChainModel model) {
        return new ScenarioReader("quick what-if", model).quickScenario(q, first);
    }

    private Scenario quickScenario(Quick q, java.time.YearMonth first) {
        check(PLACES.contains(q.supplier()), "supplier", q.supplier(), "an ISO 3166 alpha-2 code (CN, JP, US, ...) or EU");
        check(PLACES.contains(q.recipient()), "recipient", q.recipient(), "an ISO 3166 alpha-2 code (CN, JP, US, ...) or EU");
        check(Products.known(q.product()), "product", q.product(), "one of " + new java.util.TreeSet<>(Products.ALL));
        check(q.fraction() >= 0 && q.fraction() <= 1, "fraction", q.fraction(), "a fraction from 0 to 1");
        check(q.months() >= 1 && q.months() <= 120, "months", q.months(), "a whole number of months from 1 to 120");
        int horizon = q.months() + 12;
        String who = q.recipient() + "/" + q.product();
        assumptions.add(new Assumption("disruption: fraction of " + q.supplier() + "'s flow cut", round(q.fraction()),
                "fraction", "quick what-if form"));
        assumptions.add(new Assumption("disruption: duration", q.months(), "months", "quick what-if form, from "
                + first + "; the run goes on 12 months after it"));
        Map<String, Double> suppliers = suppliers(who, q.product(), q.recipient(), null);
        Figure cover = model.stockCover(q.recipient(), q.product()).orElse(null);
        assumptions.add(new Assumption(who + " inventory", cover == null ? 0 : round(cover.value()), "months of demand",
                cover == null ? "the model has no sourced stock figure for " + who + ": no stock assumed"
                        : cover.provenance().cite()));
        assumptions.add(new Assumption(who + " demand", 1200, "t/yr", "a scale only: the model has no sourced demand "
                + "by country, so tonnes read as percent of a month's demand (100 t a month); a scenario file states it"));
        Scenario.Line line = new Scenario.Line(q.recipient(), q.product(), suppliers, cover == null ? 0 : cover.value(),
                List.of(new Scenario.Sector(Scenario.Sector.SCALE, 1200, 1000)), List.of(), none(who + " recycling"),
                none(who + " substitution"), 0, restock(who, null));
        Scenario.Disruption d = new Scenario.Disruption(q.supplier(), List.of(q.recipient()), List.of(q.product()),
                q.fraction(), 1, q.months());
        return new Scenario(q.supplier() + " cuts " + Math.round(q.fraction() * 100) + "% of " + q.product() + " to "
                + q.recipient() + " for " + q.months() + " months", "", first.toString(), horizon, d, List.of(line),
                assumptions);
    }

    private static void check(boolean ok, String field, Object value, String accepted) {
        if (!ok) {
            throw new ScenarioException("quick what-if: " + field + " '" + value + "' is not " + accepted);
        }
    }

    private Scenario scenario(YamlNode root) {
        Map<String, YamlNode> f = root.fields(Set.of("name", "description", "first_month", "horizon_months", "disruption",
                "supply"), Set.of("name", "horizon_months", "disruption", "supply"));
        int horizon = f.get("horizon_months").integer(1, 600, "the number of months to simulate");
        note("horizon", horizon, "months", f.get("horizon_months"));
        Scenario.Disruption d = disruption(f.get("disruption"), horizon);
        List<Scenario.Line> lines = lines(f.get("supply"), d);
        String first = f.containsKey("first_month") ? month(f.get("first_month")) : null;
        return new Scenario(f.get("name").text(), f.containsKey("description") ? f.get("description").text() : "",
                first, horizon, d, lines, assumptions);
    }

    private static String month(YamlNode n) {
        String v = n.text();
        if (!v.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw n.error("'" + v + "' is not a month: write YYYY-MM");
        }
        return v;
    }

    private Scenario.Disruption disruption(YamlNode n, int horizon) {
        Set<String> keys = Set.of("supplier", "recipients", "products", "fraction", "start_month", "duration_months");
        Map<String, YamlNode> f = n.fields(keys, keys);
        String supplier = place(f.get("supplier"));
        List<String> recipients = f.get("recipients").sequence().stream().map(ScenarioReader::place).toList();
        List<String> products = f.get("products").sequence().stream().map(ScenarioReader::product).toList();
        if (recipients.isEmpty() || products.isEmpty()) {
            throw (recipients.isEmpty() ? f.get("recipients") : f.get("products")).error("empty list: name at least one");
        }
        double fraction = f.get("fraction").number(0, 1, "the fraction of the flow cut (0 = none, 1 = all)");
        int start = f.get("start_month").integer(1, horizon, "the first month of the cut, 1 = first month of the horizon");
        int duration = f.get("duration_months").integer(0, 1200, "how many months the cut lasts");
        note("disruption: fraction of " + supplier + "'s flow cut", fraction, "fraction", f.get("fraction"));
        note("disruption: start month", start, "month", f.get("start_month"));
        note("disruption: duration", duration, "months", f.get("duration_months"));
        return new Scenario.Disruption(supplier, recipients, products, fraction, start, duration);
    }

    private List<Scenario.Line> lines(YamlNode supply, Scenario.Disruption d) {
        Map<String, YamlNode> byRecipient = supply.mapping();
        List<Scenario.Line> out = new ArrayList<>();
        for (YamlNode r : byRecipient.values()) {
            String recipient = place(r, key(r));
            for (YamlNode p : r.mapping().values()) {
                out.add(line(recipient, product(p, key(p)), p));
            }
        }
        for (String recipient : d.recipients()) {
            for (String product : d.products()) {
                if (out.stream().noneMatch(l -> l.recipient().equals(recipient) && l.product().equals(product))) {
                    throw supply.error("missing field '" + recipient + "." + product + "': the disruption cuts "
                            + product + " to " + recipient + ", so its demand must be stated here");
                }
            }
        }
        return out;
    }

    private Scenario.Line line(String recipient, String product, YamlNode n) {
        Map<String, YamlNode> f = n.fields(Set.of("suppliers", "inventory_months", "demand", "mitigations", "restock_rate"),
                Set.of("demand"));
        String who = recipient + "/" + product;
        Map<String, Double> suppliers = suppliers(who, product, recipient, f.get("suppliers"));
        double inventory = inventory(who, recipient, product, f.get("inventory_months"), n);
        List<Scenario.Sector> sectors = sectors(who, product, f.get("demand"));
        Map<String, YamlNode> m = f.containsKey("mitigations")
                ? f.get("mitigations").fields(Set.of("spare_capacity", "recycling", "substitution", "deferrable"), Set.of())
                : Map.of();
        List<Scenario.Ramp> spare = new ArrayList<>();
        if (m.containsKey("spare_capacity")) {
            for (YamlNode s : m.get("spare_capacity").sequence()) {
                spare.add(ramp(who + " spare capacity", s, "supplier", "t_per_year", "t/yr"));
            }
        }
        Scenario.Ramp recycling = m.containsKey("recycling")
                ? ramp(who + " recycling", m.get("recycling"), null, "t_per_year", "t/yr") : none(who + " recycling");
        Scenario.Ramp substitution = m.containsKey("substitution")
                ? ramp(who + " substitution", m.get("substitution"), null, "fraction", "fraction of demand")
                : none(who + " substitution");
        double deferrable = deferrable(who, m.get("deferrable"));
        double restock = restock(who, f.get("restock_rate"));
        return new Scenario.Line(recipient, product, suppliers, inventory, sectors, spare, recycling, substitution,
                deferrable, restock);
    }

    private Map<String, Double> suppliers(String who, String product, String recipient, YamlNode n) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (n != null) {
            for (YamlNode s : n.mapping().values()) {
                double share = s.number(0, 1, "the fraction of " + who + " supplied by " + key(s));
                out.put(place(s, key(s)), share);
                note(who + " share from " + key(s), share, "fraction", s);
            }
            double sum = out.values().stream().mapToDouble(Double::doubleValue).sum();
            if (sum > 1 + 1e-6) {
                throw n.error("shares add up to " + String.format(Locale.ROOT, "%.3f", sum) + ", more than 1");
            }
            if (sum < 1 - 1e-6) {
                assumptions.add(new Assumption(who + " share from suppliers not named", round(1 - sum), "fraction",
                        "1 minus the shares in scenario file " + file + " line " + n.line() + "; these are not cut"));
            }
            return out;
        }
        for (ChainModel.Dependence dep : model.importMix(recipient, product)) {
            double share = dep.share().value() / 100;
            out.merge(dep.supplier(), share, Double::sum);
            assumptions.add(new Assumption(who + " share from " + dep.supplier(), round(share), "fraction",
                    (dep.product().equals(product) ? "" : dep.product() + " import mix stands in for " + product + "; ")
                            + dep.share().provenance().cite()));
        }
        return out;
    }

    private double inventory(String who, String recipient, String product, YamlNode n, YamlNode line) {
        if (n != null) {
            double v = n.number(0, 120, "months of demand held in stock");
            note(who + " inventory", v, "months of demand", n);
            return v;
        }
        Figure f = model.stockCover(recipient, product).orElseThrow(() -> line.error("missing field 'inventory_months': "
                + "the model has no sourced stock figure for " + who + "; state the months of cover"));
        assumptions.add(new Assumption(who + " inventory", round(f.value()), "months of demand", f.provenance().cite()));
        return f.value();
    }

    private List<Scenario.Sector> sectors(String who, String product, YamlNode n) {
        List<Scenario.Sector> out = new ArrayList<>();
        for (YamlNode s : n.mapping().values()) {
            String sector = key(s);
            if (!SECTORS.contains(sector)) {
                throw s.error("unknown sector '" + sector + "'; expected one of " + new java.util.TreeSet<>(SECTORS));
            }
            Map<String, YamlNode> f = s.fields(Set.of("units_per_year", "kg_per_unit"), Set.of("units_per_year"));
            double units = f.get("units_per_year").number(0, MAX_UNITS_PER_YEAR, "units made per year");
            note(who + " " + sector + " output", units, "units/yr", f.get("units_per_year"));
            double kg;
            if (f.containsKey("kg_per_unit")) {
                kg = f.get("kg_per_unit").number(1e-9, MAX_KG_PER_UNIT, "kg of " + product + " per unit (more than 0)");
                note(who + " " + sector + " intensity", kg, "kg/unit", f.get("kg_per_unit"));
            } else {
                Figure fig = model.intensity(sector, product).orElseThrow(() -> s.error("missing field 'kg_per_unit': "
                        + "the model has no sourced intensity for " + sector + " and " + product + "; state it"));
                kg = fig.value();
                assumptions.add(new Assumption(who + " " + sector + " intensity", round(kg), "kg/unit",
                        fig.provenance().cite()));
            }
            out.add(new Scenario.Sector(sector, units, kg));
        }
        if (out.isEmpty()) {
            throw n.error("no sectors: give at least one, e.g. EV: {units_per_year: 1000000}");
        }
        return out;
    }

    private Scenario.Ramp ramp(String name, YamlNode n, String whoKey, String amountKey, String unit) {
        Set<String> keys = whoKey == null ? Set.of(amountKey, "ramp_months") : Set.of(whoKey, amountKey, "ramp_months");
        Map<String, YamlNode> f = n.fields(keys, keys);
        String who = whoKey == null ? null : place(f.get(whoKey));
        double max = amountKey.equals("fraction") ? 1 : MAX_TONNES_PER_YEAR;
        double amount = f.get(amountKey).number(0, max, amountKey.replace('_', ' '));
        double ramp = f.get("ramp_months").number(0, 1200, "months to reach full amount");
        String label = name + (who == null ? "" : " from " + who);
        note(label, amount, unit, f.get(amountKey));
        note(label + " ramp-up", ramp, "months", f.get("ramp_months"));
        return new Scenario.Ramp(who, amount, ramp);
    }

    private Scenario.Ramp none(String name) {
        assumptions.add(new Assumption(name, 0, "", "none stated in the scenario file"));
        return Scenario.Ramp.NONE;
    }

    private double deferrable(String who, YamlNode n) {
        if (n == null) {
            assumptions.add(new Assumption(who + " deferrable demand", 0, "fraction of demand", "none stated in the scenario file"));
            return 0;
        }
        YamlNode f = n.fields(Set.of("fraction"), Set.of("fraction")).get("fraction");
        double v = f.number(0, 1, "the fraction of demand that can wait");
        note(who + " deferrable demand", v, "fraction of demand", f);
        return v;
    }

    private double restock(String who, YamlNode n) {
        if (n == null) {
            assumptions.add(new Assumption(who + " restock rate", DEFAULT_RESTOCK_RATE, "fraction of monthly demand",
                    "model assumption: after a cut, suppliers send up to 25% above the usual volume to rebuild stock "
                            + "(no sourced figure)"));
            return DEFAULT_RESTOCK_RATE;
        }
        double v = n.number(0, 100, "extra supply per month to rebuild stock, as a fraction of monthly demand");
        note(who + " restock rate", v, "fraction of monthly demand", n);
        return v;
    }

    private void note(String name, double value, String unit, YamlNode n) {
        assumptions.add(new Assumption(name, round(value), unit, "scenario file " + file + " line " + n.line()));
    }

    private static Object round(double v) {
        double r = Math.round(v * 1e6) / 1e6;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? (Object) (long) r : (Object) r;
    }

    private static String key(YamlNode n) {
        return n.path.substring(n.path.lastIndexOf('.') + 1);
    }

    private static String place(YamlNode n) {
        return place(n, n.text());
    }

    private static String place(YamlNode n, String id) {
        if (!PLACES.contains(id)) {
            throw n.error("unknown place '" + id + "': use an ISO 3166 alpha-2 code (CN, JP, US, ...) or EU");
        }
        return id;
    }

    private static String product(YamlNode n) {
        return product(n, n.text());
    }

    private static String product(YamlNode n, String id) {
        if (!Products.known(id)) {
            throw n.error("unknown product '" + id + "'; expected one of " + new java.util.TreeSet<>(Products.ALL));
        }
        return id;
    }

    private static Set<String> places() {
        Set<String> s = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
        s.add("EU");
        return Set.copyOf(s);
    }
}
