package dev.monazite.digest;

import dev.monazite.workflow.Workflow;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to digest: a workflow (or an ad-hoc query as a nameless one), from which date, how many stories,
 * which story clusters to leave out (those already shown, for --new) and the output language for
 * model-written bullets (null: the article's own).
 */
public record DigestRequest(String workflow, Workflow search, LocalDate since, int limit, Set<String> skip,
                            String outputLang) {
    public DigestRequest {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("--limit must be between 1 and 200, not " + limit);
        }
        skip = Set.copyOf(skip);
    }

    /** The search behind a digest of an ad-hoc query. */
    public static Workflow adHoc(String query) {
        return new Workflow("query", query, List.of(), List.of(), List.of(), null);
    }
}
