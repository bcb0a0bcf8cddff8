package dev.monazite.index;

import java.time.LocalDate;

/** What a user asked for: a query string with optional date and language filters. */
public record SearchRequest(String query, int limit, LocalDate from, LocalDate to, String lang) {
    public SearchRequest {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the query is empty: give words, \"a phrase\" or field:value");
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("--limit must be between 1 and 1000, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, null, null, null);
    }
}
