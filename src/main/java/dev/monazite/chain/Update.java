package dev.monazite.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Newer corpus figures applied to one set of reference shares (a stage's, or an importer's mix):
 * the shares after, the rescaling of the rows not replaced, and the figures left as candidates.
 *
 * @param rescaling null when nothing was applied
 */
record Update(Map<String, Figure> shares, ChainModel.Rescaling rescaling, List<ChainModel.Candidate> candidates) {
    Update {
        shares = new LinkedHashMap<>(shares);
        candidates = List.copyOf(candidates);
    }

    /**
     * Applies what may be applied, strongest (most outlets) first. A figure that would take the applied
     * shares past 100% stays a candidate; the other rows are scaled by one factor so the set sums to 100%.
     */
    static Update of(Stage stage, String what, Map<String, Figure> base, List<NewerFigure> newer) {
        Map<String, NewerFigure> applied = new LinkedHashMap<>();
        List<ChainModel.Candidate> candidates = new ArrayList<>();
        for (NewerFigure n : newer.stream().sorted(Comparator.comparingInt(NewerFigure::outlets).reversed()).toList()) {
            NewerFigure judged = n.applies() && sum(applied) + n.value() > 100 + 1e-9 ? n.refused(pastHundred(applied, base)) : n;
            if (judged.applies()) {
                applied.put(n.place(), n);
            } else {
                candidates.add(new ChainModel.Candidate(stage, what, n.place(), n.year(), n.value(), base.get(n.place()),
                        judged.why(), n.citations(), n.facts()));
            }
        }
        return applied.isEmpty() ? new Update(base, null, candidates) : rescaled(stage, what, base, applied, candidates);
    }

    private static Update rescaled(Stage stage, String what, Map<String, Figure> base, Map<String, NewerFigure> applied,
                                   List<ChainModel.Candidate> candidates) {
        double rest = base.entrySet().stream().filter(e -> !applied.containsKey(e.getKey()))
                .mapToDouble(e -> e.getValue().value()).sum();
        double factor = rest <= 0 ? 1 : (100 - sum(applied)) / rest;
        String note = String.format(Locale.ROOT, "×%.4f so the shares sum to 100%% after %s", factor,
                describe(applied, base));
        Map<String, Figure> out = new LinkedHashMap<>();
        base.forEach((place, f) -> out.put(place, applied.containsKey(place) ? figure(applied.get(place))
                : new Figure(f.value() * factor, f.unit(), Provenance.derived(String.format(Locale.ROOT, "%.4g%% ", f.value())
                + note, f.provenance()))));
        applied.forEach((place, n) -> out.putIfAbsent(place, figure(n)));
        // Rows the reference lists at zero are not producers and are not shown, so they are not counted.
        long others = base.entrySet().stream().filter(e -> !applied.containsKey(e.getKey()) && e.getValue().value() > 0).count();
        ChainModel.Rescaling r = new ChainModel.Rescaling(stage, what, factor, "the other " + others + " rows " + note);
        return new Update(out, r, candidates);
    }

    private static String pastHundred(Map<String, NewerFigure> applied, Map<String, Figure> base) {
        return "would take the shares past 100%" + (applied.isEmpty() ? "" : " once " + describe(applied, base));
    }

    private static Figure figure(NewerFigure n) {
        return new Figure(n.value(), "%", Provenance.facts(n.year() + " figure; " + n.how(), n.citations()));
    }

    private static double sum(Map<String, NewerFigure> applied) {
        return applied.values().stream().mapToDouble(NewerFigure::value).sum();
    }

    private static String describe(Map<String, NewerFigure> applied, Map<String, Figure> base) {
        return applied.values().stream().map(n -> n.place() + " was set to " + Agreement.number(n.value()) + "% ("
                + (base.containsKey(n.place()) ? "reference " + Agreement.number(base.get(n.place()).value()) + "%"
                : "no reference row") + ") by " + (n.outlets() >= 2 ? n.outlets() + " agreeing outlets" : "one confirmed outlet"))
                .collect(Collectors.joining(", "));
    }
}
