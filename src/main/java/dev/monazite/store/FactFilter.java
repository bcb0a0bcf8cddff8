package dev.monazite.store;

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
}
