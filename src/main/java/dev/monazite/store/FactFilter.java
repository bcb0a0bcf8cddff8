package dev.monazite.store;

import dev.monazite.facts.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which facts a view wants; null fields do not filter. Dates are compared as written, by prefix:
 * from 2025-10 keeps 2025-10-09 and 2026, to 2025-10 keeps 2025-10-31 but not 2025-11.
 */
public record FactFilter(String type, String commodity, String subject, String place, String from, String to,
                         String source, String file) {
    public static final FactFilter ALL = new FactFilter(null, null, null, null, null, null, null, null);

    public FactFilter withType(String t) {
        return new FactFilter(t, commodity, subject, place, from, to, source, file);
    }

    /**
     * The filter applied to a row in memory, as the store's SQL applies it to stored columns: used
     * for facts an analyst corrected, whose stored columns still hold the extracted values.
     */
    public boolean matches(FactRow r) {
        Fact f = r.fact();
        List<String> c = columns(f);
        String date = f.date();
        return (type == null || type.equals(f.type())) && (commodity == null || commodity.equals(c.get(1)))
                && (subject == null || subject.equals(c.get(0)))
                && (place == null || place.equals(c.get(0)) || place.equals(c.get(2)) || place.equals(c.get(3)))
                && (from == null || date != null && date.compareTo(from) >= 0)
                && (to == null || date != null && date.compareTo(to + "\uffff") <= 0)
                && (source == null || r.source() != null && r.source().toLowerCase(Locale.ROOT)
                        .contains(source.toLowerCase(Locale.ROOT)))
                && (file == null || r.files().stream().anyMatch(x -> x.equals(file) || x.endsWith("/" + file)));
    }

    /** The fact fields the store's filter columns are read from (see {@link #columns}). */
    static final Set<String> COLUMN_FIELDS = Set.of("subject", "commodity", "application", "exporter", "actor",
            "importer", "target", "scope");

    /**
     * The fact fields this filter reads, so a correction of another field cannot move a fact into it
     * (type, source and files are never corrected).
     */
    Set<String> fieldsRead() {
        Set<String> out = new java.util.HashSet<>();
        if (commodity != null) {
            out.addAll(List.of("commodity", "application"));
        }
        if (subject != null) {
            out.add("subject");
        }
        if (place != null) {
            out.addAll(List.of("subject", "exporter", "actor", "importer", "target", "scope"));
        }
        if (from != null || to != null) {
            out.add("date");
        }
        return out;
    }

    /**
     * The fact's filterable columns as the store keeps them: subject, commodity (or application),
     * first place (exporter or actor) and second place (importer, target or scope); nulls where absent.
     */
    static List<String> columns(Fact f) {
        Map<String, String> m = f.fields();
        List<String> out = new ArrayList<>(4);
        out.add(m.get("subject"));
        out.add(m.getOrDefault("commodity", m.get("application")));
        out.add(m.getOrDefault("exporter", m.get("actor")));
        out.add(m.getOrDefault("importer", m.getOrDefault("target", m.get("scope"))));
        return out;
    }
}
