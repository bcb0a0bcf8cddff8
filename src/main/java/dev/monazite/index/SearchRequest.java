package dev.monazite.index;

import java.time.LocalDate;

/**
 * What a user asked for: a query string with optional date and language filters, the order of the
 * hits (relevance, or newest first for monitoring), and optionally a recency half-life that lets
 * newer stories rise in a relevance ranking.
 *
 * @param recencyDays a story this many days old counts three quarters of a new one, twice as old five
 *                    eighths, and so on down to half; null for none
 * @param facets      facet values the hits must have: per dimension (source, entity, month as YYYY-MM or
 *                    "undated", type), any one of its values; dimensions together all
 */
public record SearchRequest(String query, int limit, LocalDate from, LocalDate to, String lang, Sort sort,
                            Integer recencyDays, java.util.Map<String, java.util.List<String>> facets) {
    /** The language tags articles carry, as a language filter accepts them (any case). */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("zh-Hans", "zh-Hant", "en", "vi", "ja",
            "other");

    /** The order of the hits. */
    public enum Sort { RELEVANCE, DATE }

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
        if (recencyDays != null && (recencyDays < 1 || recencyDays > 36_500)) {
            throw new IllegalArgumentException("--recent must be between 1 and 36500 days, not " + recencyDays);
        }
        if (lang != null && LANGUAGES.stream().noneMatch(lang::equalsIgnoreCase)) {
            throw new IllegalArgumentException("unknown language '" + lang + "': use one of " + String.join(", ", LANGUAGES));
        }
        sort = sort == null ? Sort.RELEVANCE : sort;
        facets = facets == null ? java.util.Map.of() : java.util.Map.copyOf(facets);
        for (var e : facets.entrySet()) {
            if (!StoryFacets.DIMS.contains(e.getKey()) || e.getValue().isEmpty()) {
                throw new IllegalArgumentException("'" + e.getKey() + "' is not a facet with values: facets are "
                        + String.join(", ", StoryFacets.DIMS));
            }
        }
    }

    public SearchRequest(String query, int limit, LocalDate from, LocalDate to, String lang, Sort sort,
                         Integer recencyDays) {
        this(query, limit, from, to, lang, sort, recencyDays, java.util.Map.of());
    }

    public SearchRequest(String query, int limit, LocalDate from, LocalDate to, String lang) {
        this(query, limit, from, to, lang, Sort.RELEVANCE, null);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, null, null, null);
    }
}
