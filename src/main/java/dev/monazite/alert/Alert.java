package dev.monazite.alert;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What a watch found: the article (and fact, for a fact watch) that matched, with its outlet, date
 * and evidence, and what matched in words.
 *
 * @param num     the alert's number, in the order raised
 * @param key     what the alert is about (unique per watch), e.g. "article:ID" or "fact:ID"
 * @param factId  the fact's id for a fact watch, else null
 * @param evidence the sentence or snippet that matched
 * @param matched why it matched, in words
 */
public record Alert(long num, String watch, String key, String articleId, String factId, String title, String source,
                    LocalDateTime published, String evidence, String matched, Instant raised) {

    /** The path of the alert's article in the web workspace (the digests page for an empty digest). */
    public String articlePath() {
        return articleId.isEmpty() ? "/digest" : "/articles/" + articleId;
    }

    /** The path of the alert's fact in the JSON API, or null when the alert is about an article. */
    public String factPath() {
        return factId == null ? null : "/api/facts/" + factId;
    }

    /** The alert's one JSON shape, as the CLI's jsonl and the API give it. */
    public java.util.Map<String, Object> json() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("num", num);
        m.put("watch", watch);
        m.put("raised", raised.toString());
        m.put("matched", matched);
        m.put("title", title);
        m.put("source", source);
        m.put("published", published == null ? null : published.toString());
        m.put("article", articleId);
        m.put("fact", factId);
        m.put("evidence", evidence);
        m.put("link", articlePath());
        return m;
    }
}
