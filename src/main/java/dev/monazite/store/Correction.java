package dev.monazite.store;

import dev.monazite.facts.Fact;
import dev.monazite.facts.FactType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One thing an analyst said of one fact: confirm it, correct some of its fields, or reject it.
 * It is keyed by the fact's id ({@link FactId}: the article, the evidence span and what the fact
 * claims), never by a row number, so it holds across reextract and re-ingest. The latest
 * correction of a fact is the one in force; earlier ones stay as its history.
 *
 * @param changes for a correction, field → new value as text ("" removes an optional field);
 *                empty for confirm and reject
 */
public record Correction(String factId, String type, Review.Verdict verdict, Map<String, String> changes, String note,
                         String author, Instant at) {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");

    public Correction {
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        FactId.check(factId);
        if (verdict == Review.Verdict.CORRECTED) {
            checkChanges(FactType.of(type), changes);
        } else if (!changes.isEmpty()) {
            throw new IllegalArgumentException("only a correction changes fields; " + verdict.id() + " takes none");
        }
    }

    /** The fact with this correction's changes made to it. */
    public Fact applyTo(Fact f) {
        if (changes.isEmpty()) {
            return f;
        }
        Map<String, String> fields = new LinkedHashMap<>(f.fields());
        Double value = f.value();
        Double min = f.valueMin();
        Double max = f.valueMax();
        String unit = f.unit();
        String date = f.date();
        for (Map.Entry<String, String> c : changes.entrySet()) {
            String v = c.getValue().isEmpty() ? null : c.getValue();
            switch (c.getKey()) {
                case "value" -> {
                    value = number(v);
                    min = null;
                    max = null;
                }
                case "value_min" -> {
                    min = number(v);
                    value = null;
                }
                case "value_max" -> {
                    max = number(v);
                    value = null;
                }
                case "unit" -> unit = v;
                case "date" -> date = v;
                default -> {
                    if (v == null) {
                        fields.remove(c.getKey());
                    } else {
                        fields.put(c.getKey(), v);
                    }
                }
            }
        }
        return new Fact(f.type(), fields, value, min, max, unit, date, f.evidence(), f.extractor(), f.confidence());
    }

    // Every change names a field the type has and a value it can hold, so a typo is refused at once
    // with the field named, not stored to puzzle the views later.
    private static void checkChanges(FactType type, Map<String, String> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a correction needs at least one change, e.g. --set value=60");
        }
        changes.forEach((field, v) -> {
            if (!type.fields().contains(field) && !FactType.COMMON.contains(field)) {
                throw new IllegalArgumentException("a " + type.id() + " fact has no field '" + field + "'; its fields are "
                        + String.join(", ", type.fields()) + ", " + String.join(", ", FactType.COMMON));
            }
            if (v.isEmpty()) {
                return;
            }
            if (field.startsWith("value")) {
                number(v);
            } else if (field.equals("date") && !DATE.matcher(v).matches()) {
                throw new IllegalArgumentException("date '" + v + "' is not YYYY, YYYY-MM, YYYY-MM-DD or a period A/B");
            } else if (!type.allowed(field).isEmpty() && !type.allowed(field).contains(v)) {
                throw new IllegalArgumentException(field + " '" + v + "' is not one of " + type.allowed(field));
            }
        });
    }

    private static Double number(String v) {
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.replace(",", ""));
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value '" + v + "' is not a number (write 60, 5473 or 0.1)");
        }
    }
}
