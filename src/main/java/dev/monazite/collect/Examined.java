package dev.monazite.collect;

import dev.monazite.article.Article;
import dev.monazite.ingest.RawArticle;

/**
 * What one link came to when fetched and read: an article to ingest, a copy of one stored, filtered
 * out, gone (4xx, no article text), blocked by robots.txt, or failed for now (to try next poll).
 */
record Examined(Link link, Verdict verdict, String detail, RawArticle raw, Article article) {
    enum Verdict {
        NEW("would ingest"), KNOWN("already stored"), FILTERED("filtered out"), GONE("gone"),
        BLOCKED("blocked by robots.txt"), FAILED("failed");

        final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    static Examined of(Link link, Verdict verdict, String detail) {
        return new Examined(link, verdict, detail, null, null);
    }
}
