package dev.monazite.workflow;

import java.util.List;

/**
 * A named saved search. Empty lists do not filter; a null window means all time.
 *
 * @param query    search query as {@code monazite search} reads it
 * @param entities entity ids or names every article must mention
 * @param langs    article languages to keep (zh-Hans, en, vi, ...)
 * @param sources  outlets to keep (case-insensitive substring of the source)
 * @param days     the window: only articles from the last this many days
 */
public record Workflow(String name, String query, List<String> entities, List<String> langs, List<String> sources,
                       Integer days) {
    public Workflow {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a workflow needs a name");
        }
        if ((query == null || query.isBlank()) && (entities == null || entities.isEmpty())) {
            throw new IllegalArgumentException("workflow '" + name + "' needs --query or at least one --entity");
        }
        if (days != null && days < 1) {
            throw new IllegalArgumentException("--days must be at least 1, not " + days);
        }
        name = name.strip();
        entities = entities == null ? List.of() : List.copyOf(entities);
        langs = langs == null ? List.of() : List.copyOf(langs);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
