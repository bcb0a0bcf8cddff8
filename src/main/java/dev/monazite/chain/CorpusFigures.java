package dev.monazite.chain;

import dev.monazite.facts.Fact;
import dev.monazite.store.FactRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Share facts from the corpus dated in a later year than a reference figure, judged by
 * {@link Agreement}: the ones that may replace the reference, and the candidates. Each statement is
 * cited by its outlet, publication date, article title (else file name) and words, never by an id.
 */
final class CorpusFigures {
    private final List<FactRow> shares;
    private final Function<String, String> titles;
    private final Map<String, String> titleCache = new HashMap<>();

    /** {@code titles} gives an article's title by its id, or null; facts an analyst rejected are left out. */
    CorpusFigures(List<FactRow> facts, Function<String, String> titles) {
        this.shares = facts.stream().filter(r -> r.fact().type().equals("share") && numbered(r.fact())
                && !rejected(r)).toList();
        this.titles = titles;
    }

    /** For each place, the figures for its share of {@code metric} within {@code scope}, dated after {@code year}. */
    List<NewerFigure> newer(String metric, String scope, Set<String> commodities, int year) {
        Map<String, List<FactRow>> byPlace = shares.stream()
                .filter(r -> metric.equals(r.fact().fields().get("metric")) && scope.equals(r.fact().fields().get("scope"))
                        && commodities.contains(r.fact().fields().get("commodity")) && place(r.fact().fields().get("subject"))
                        && year(r.fact()) > year)
                .collect(Collectors.groupingBy(r -> r.fact().fields().get("subject"), LinkedHashMap::new, Collectors.toList()));
        List<NewerFigure> out = new ArrayList<>();
        byPlace.forEach((place, rows) -> out.addAll(settle(place, rows)));
        return out;
    }

    // The latest year is judged first; an earlier (still newer) year only when the later one could not be applied.
    private List<NewerFigure> settle(String place, List<FactRow> rows) {
        Map<Integer, List<FactRow>> byYear = new TreeMap<>(Comparator.reverseOrder());
        rows.forEach(r -> byYear.computeIfAbsent(year(r.fact()), y -> new ArrayList<>()).add(r));
        List<NewerFigure> out = new ArrayList<>();
        for (Map.Entry<Integer, List<FactRow>> e : byYear.entrySet()) {
            List<NewerFigure> judged = Agreement.judge(place, e.getKey(), e.getValue().stream().map(this::statement).toList());
            out.addAll(judged);
            if (judged.stream().anyMatch(NewerFigure::applies)) {
                break;
            }
        }
        return out;
    }

    private Agreement.Statement statement(FactRow r) {
        // r.outlet(): several articles of one outlet count once, however its name is written
        return new Agreement.Statement(r.outlet(), mid(r.fact()), r.vouched(), citation(r), r.id());
    }

    private String citation(FactRow r) {
        String date = r.published() == null ? "undated" : r.published().toLocalDate().toString();
        return (named(r) ? r.source().strip() : "outlet not named") + ", " + date + ", “" + title(r) + "”: “"
                + r.fact().evidence().text() + "”";
    }

    private String title(FactRow r) {
        String t = titleCache.computeIfAbsent(r.fact().evidence().article(), id -> {
            String found = titles.apply(id);
            return found == null ? "" : found.strip();
        });
        if (!t.isEmpty()) {
            return t;
        }
        return r.files().isEmpty() ? "untitled article" : String.valueOf(Path.of(r.files().get(0)).getFileName());
    }

    private static boolean named(FactRow r) {
        return r.source() != null && !r.source().isBlank();
    }

    private static boolean rejected(FactRow r) {
        return r.review() != null && !r.vouched();
    }

    static int year(Fact f) {
        String d = f.date();
        return d != null && d.length() >= 4 && d.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(d.substring(0, 4)) : Integer.MIN_VALUE;
    }

    // A range counts at its midpoint; an open bound ("over 90%") counts as itself.
    private static double mid(Fact f) {
        if (f.value() != null) {
            return f.value();
        }
        return f.valueMin() != null && f.valueMax() != null ? (f.valueMin() + f.valueMax()) / 2
                : f.valueMin() != null ? f.valueMin() : f.valueMax();
    }

    private static boolean numbered(Fact f) {
        return f.value() != null || f.valueMin() != null || f.valueMax() != null;
    }

    // Residual codes (X...) stand for many producers: no article states a share for "rest of world" as a place.
    private static boolean place(String id) {
        return id != null && id.matches("[A-Z]{2}") && !ChainBuilder.residual(id);
    }
}
