package dev.monazite.alert;

import dev.monazite.text.Texts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A condition over newly stored facts, written in one line. Names are those facts carry (FACTS.md:
 * commodities such as PrNd-oxide, places such as CN, units such as CNY/t); {@code *} matches any.
 * <pre>
 *   price COMMODITY UNIT moves|rises|falls P%       a new price point P% or more off the previous point
 *   policy ACTOR [ACTION,ACTION...]                 a new policy act by ACTOR (of one of the actions)
 *   trade COMMODITY EXPORTER&gt;IMPORTER below|above N[t]   a new trade flow below or above N tonnes
 *   conflict [type=T] [commodity=C] [place=P] [subject=S] | conflict FACT-ID
 *                                                   a new statement in a conflict (on that fact's claim)
 * </pre>
 */
sealed interface FactCondition {
    /** The policy actions FACTS.md names. */
    Set<String> ACTIONS = Set.of("export_control", "export_license", "suspension", "quota", "stockpile", "agreement",
            "alliance", "tariff", "law", "subsidy", "investment", "other");

    String SYNTAX = "write 'price COMMODITY UNIT moves|rises|falls P%', 'policy ACTOR [ACTION,...]', "
            + "'trade COMMODITY EXPORTER>IMPORTER below|above N[t]' or 'conflict [type=T] [commodity=C] [place=P] "
            + "[subject=S]' (or 'conflict FACT-ID')";

    /** A price point moving against the previous one; direction is moves, rises or falls. */
    record PriceMove(String commodity, String unit, String direction, double percent) implements FactCondition {}

    /** A policy act by an actor, of any of the actions (empty: any action). */
    record Policy(String actor, Set<String> actions) implements FactCondition {}

    /** A trade flow of a commodity on a route crossing a level. */
    record Trade(String commodity, String exporter, String importer, boolean below, double tonnes)
            implements FactCondition {}

    /** A conflict among the facts of a filter, or on the claim of one fact (factId not null). */
    record ConflictOn(String type, String commodity, String place, String subject, String factId)
            implements FactCondition {}

    /**
     * Reads a condition.
     *
     * @throws IllegalArgumentException naming the bad part and what is accepted
     */
    static FactCondition parse(String text) {
        List<String> w = List.of(text.strip().split("\\s+"));
        return switch (w.get(0).toLowerCase(Locale.ROOT)) {
            case "price" -> price(w);
            case "policy" -> policy(w);
            case "trade" -> trade(w);
            case "conflict" -> conflict(w);
            default -> throw bad("'" + w.get(0) + "' is not a condition", "");
        };
    }

    private static IllegalArgumentException bad(String what, String accepted) {
        return new IllegalArgumentException("fact condition: " + what + "; " + (accepted.isEmpty() ? SYNTAX : accepted));
    }

    private static FactCondition price(List<String> w) {
        String form = "write 'price COMMODITY UNIT moves|rises|falls P%', e.g. 'price PrNd-oxide CNY/t moves 5%'";
        if (w.size() != 5) {
            throw bad("price takes 4 parts, not " + (w.size() - 1), form);
        }
        String dir = w.get(3).toLowerCase(Locale.ROOT);
        if (!List.of("moves", "rises", "falls").contains(dir)) {
            throw bad("'" + w.get(3) + "' is not moves, rises or falls", form);
        }
        String p = w.get(4).endsWith("%") ? Texts.cut(w.get(4), 0, w.get(4).length() - 1) : w.get(4);
        double percent = number(p, "the percentage '" + w.get(4) + "'", form);
        if (percent <= 0) {
            throw bad("the percentage '" + w.get(4) + "' must be above 0", form);
        }
        return new PriceMove(w.get(1), w.get(2), dir, percent);
    }

    private static FactCondition policy(List<String> w) {
        String form = "write 'policy ACTOR [ACTION,...]' with actions among " + String.join(", ", new java.util.TreeSet<>(ACTIONS));
        if (w.size() < 2 || w.size() > 3) {
            throw bad("policy takes an actor and optionally actions, not " + (w.size() - 1) + " part(s)", form);
        }
        Set<String> actions = new LinkedHashSet<>();
        if (w.size() == 3) {
            for (String a : w.get(2).split(",")) {
                String action = a.strip().toLowerCase(Locale.ROOT);
                if (!ACTIONS.contains(action)) {
                    throw bad("'" + a + "' is not a policy action", form);
                }
                actions.add(action);
            }
        }
        return new Policy(w.get(1), Set.copyOf(actions));
    }

    private static FactCondition trade(List<String> w) {
        String form = "write 'trade COMMODITY EXPORTER>IMPORTER below|above N[t]', e.g. 'trade NdFeB-magnet CN>US below 1000t'"
                + " ('*' for any place)";
        if (w.size() != 5) {
            throw bad("trade takes 4 parts, not " + (w.size() - 1), form);
        }
        String[] route = w.get(2).split(">", -1);
        if (route.length != 2 || route[0].isBlank() || route[1].isBlank()) {
            throw bad("'" + w.get(2) + "' is not a route EXPORTER>IMPORTER", form);
        }
        String side = w.get(3).toLowerCase(Locale.ROOT);
        if (!side.equals("below") && !side.equals("above")) {
            throw bad("'" + w.get(3) + "' is not below or above", form);
        }
        String n = w.get(4).toLowerCase(Locale.ROOT).endsWith("t") ? Texts.cut(w.get(4), 0, w.get(4).length() - 1) : w.get(4);
        double tonnes = number(n, "the level '" + w.get(4) + "'", form);
        if (tonnes < 0) {
            throw bad("the level '" + w.get(4) + "' must be 0 tonnes or more", form);
        }
        return new Trade(w.get(1), route[0], route[1], side.equals("below"), tonnes);
    }

    private static FactCondition conflict(List<String> w) {
        String form = "write 'conflict [type=T] [commodity=C] [place=P] [subject=S]' or 'conflict FACT-ID'";
        if (w.size() == 2 && dev.monazite.store.FactId.wellFormed(w.get(1))) {
            return new ConflictOn(null, null, null, null, w.get(1));
        }
        String[] f = new String[4];
        List<String> keys = List.of("type", "commodity", "place", "subject");
        for (String part : w.subList(1, w.size())) {
            int eq = part.indexOf('=');
            int k = eq < 0 ? -1 : keys.indexOf(Texts.cut(part, 0, eq).toLowerCase(Locale.ROOT));
            if (k < 0 || eq == part.length() - 1) {
                throw bad("'" + part + "' is not type=, commodity=, place= or subject= with a value, nor a fact id", form);
            }
            f[k] = Texts.cut(part, eq + 1, part.length());
        }
        if (f[0] != null && !dev.monazite.facts.FactType.ids().contains(f[0])) {
            throw bad("type '" + f[0] + "' is not a fact type", "types are " + String.join(", ", dev.monazite.facts.FactType.ids()));
        }
        return new ConflictOn(f[0], f[1], f[2], f[3], null);
    }

    private static double number(String text, String what, String form) {
        try {
            double v = Double.parseDouble(text.replace(",", ""));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(what + " is not a number", form);
        }
    }

    /** Whether a name in a condition matches a fact's value: '*' any, else equal ignoring case. */
    static boolean same(String wanted, String actual) {
        return wanted == null || wanted.equals("*") || wanted.equalsIgnoreCase(actual);
    }
}
