package dev.monazite.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Judges one year's corpus statements of one share. Statements within {@value #POINTS} percentage
 * points of the lowest in their group agree. A group may replace the reference when two or more
 * independent outlets give it and no other group has as many, or when it is the only group and an
 * analyst vouched for it. Every other group stays a candidate, with why it was not applied.
 */
final class Agreement {
    static final double POINTS = 2;

    /**
     * One article's statement of the share.
     *
     * @param outlet   who said it: articles of one outlet count once
     * @param citation the outlet, date, article title and words, as the analyst reads them
     */
    record Statement(String outlet, double value, boolean vouched, String citation, String factId) {}

    private Agreement() {}

    static List<NewerFigure> judge(String place, int year, List<Statement> statements) {
        List<List<Statement>> groups = groups(statements);
        List<Statement> winner = winner(groups);
        List<NewerFigure> out = new ArrayList<>();
        for (List<Statement> g : groups) {
            NewerFigure f = new NewerFigure(place, year, value(g), outlets(g), how(g), citations(g), facts(g), null);
            out.add(g == winner ? vouchedValue(f, g) : f.refused(why(groups, winner)));
        }
        return out;
    }

    private static List<List<Statement>> groups(List<Statement> statements) {
        List<List<Statement>> out = new ArrayList<>();
        for (Statement s : statements.stream().sorted(Comparator.comparingDouble(Statement::value)).toList()) {
            if (out.isEmpty() || s.value() - out.getLast().get(0).value() > POINTS + 1e-9) {
                out.add(new ArrayList<>());
            }
            out.getLast().add(s);
        }
        return out;
    }

    // The group most outlets give wins if that is two or more and no other group ties; a lone figure wins
    // only on an analyst's word. Anything else would let one outlet, or a coin toss, move the headline.
    private static List<Statement> winner(List<List<Statement>> groups) {
        int most = groups.stream().mapToInt(Agreement::outlets).max().orElse(0);
        List<List<Statement>> best = groups.stream().filter(g -> outlets(g) == most).toList();
        if (most >= 2 && best.size() == 1) {
            return best.get(0);
        }
        return groups.size() == 1 && groups.get(0).stream().anyMatch(Statement::vouched) ? groups.get(0) : null;
    }

    private static String how(List<Statement> g) {
        if (outlets(g) >= 2) {
            return outlets(g) + " outlets agree within " + number(POINTS) + " points (" + values(g) + "); median of the outlets";
        }
        return g.stream().anyMatch(Statement::vouched) ? "one outlet, confirmed by an analyst" : "one outlet";
    }

    private static String why(List<List<Statement>> groups, List<Statement> winner) {
        if (groups.size() == 1) {
            return "one outlet, not confirmed";
        }
        String values = groups.stream().map(g -> number(value(g))).collect(Collectors.joining(" vs "));
        String disagree = (outlets(groups.stream().flatMap(List::stream).toList()) == 1 ? "one outlet, its articles disagree: "
                : "outlets disagree: ") + values;
        return winner == null ? disagree : disagree + "; " + outlets(winner) + " outlets agree on " + number(value(winner));
    }

    // A confirmed lone figure stands at the value the analyst vouched for, not at what else its outlet said.
    private static NewerFigure vouchedValue(NewerFigure f, List<Statement> g) {
        if (outlets(g) >= 2) {
            return f;
        }
        double[] vouched = g.stream().filter(Statement::vouched).mapToDouble(Statement::value).toArray();
        return new NewerFigure(f.place(), f.year(), median(vouched), 1, f.how(), f.citations(), f.facts(), null);
    }

    static int outlets(List<Statement> g) {
        return (int) g.stream().map(Statement::outlet).distinct().count();
    }

    // Each outlet counts once, at the median of what its articles say.
    private static double value(List<Statement> g) {
        Map<String, List<Statement>> byOutlet = g.stream().collect(Collectors.groupingBy(Statement::outlet,
                LinkedHashMap::new, Collectors.toList()));
        return median(byOutlet.values().stream().mapToDouble(s -> median(s.stream().mapToDouble(Statement::value).toArray()))
                .toArray());
    }

    private static String values(List<Statement> g) {
        return g.stream().map(s -> number(s.value())).collect(Collectors.joining(", "));
    }

    private static List<String> facts(List<Statement> g) {
        return g.stream().map(Statement::factId).distinct().toList();
    }

    private static List<String> citations(List<Statement> g) {
        return List.copyOf(g.stream().map(Statement::citation).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
