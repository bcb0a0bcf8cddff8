package dev.monazite.web;

import dev.monazite.facts.Fact;
import dev.monazite.store.FactRow;
import dev.monazite.text.Texts;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The orders the facts table can be sorted in: a column name, or "-" and the name for the reverse. */
final class FactOrder {
    private static final Map<String, Function<FactRow, Comparable<?>>> KEYS = Map.of(
            "type", r -> r.fact().type(),
            "about", r -> String.join(" · ", r.fact().fields().values()),
            "value", r -> value(r.fact()),
            "date", r -> r.fact().date(),
            "source", r -> r.source(),
            "published", r -> r.published(),
            "confidence", r -> r.fact().confidence());

    private FactOrder() {}

    /**
     * The rows in the order asked for; facts without the key go last either way. Null keeps the store's order.
     *
     * @throws IllegalArgumentException for a column the table cannot be sorted by
     */
    static List<FactRow> sort(String order, List<FactRow> rows) {
        if (order == null || order.isBlank()) {
            return rows;
        }
        boolean reverse = order.startsWith("-");
        Function<FactRow, Comparable<?>> key = KEYS.get(reverse ? Texts.cut(order, 1, order.length()) : order);
        if (key == null) {
            throw new IllegalArgumentException("sort '" + order + "' is not one of " + String.join(", ",
                    new java.util.TreeSet<>(KEYS.keySet())) + " (a leading '-' reverses it)");
        }
        @SuppressWarnings("unchecked")
        Comparator<Comparable<Object>> natural = reverse ? Comparator.<Comparable<Object>>reverseOrder()
                : Comparator.<Comparable<Object>>naturalOrder();
        @SuppressWarnings("unchecked")
        Comparator<FactRow> by = Comparator.comparing(r -> (Comparable<Object>) key.apply(r),
                Comparator.nullsLast(natural));
        return rows.stream().sorted(by).toList();
    }

    private static Double value(Fact f) {
        return f.value() != null ? f.value() : f.valueMin();
    }
}
