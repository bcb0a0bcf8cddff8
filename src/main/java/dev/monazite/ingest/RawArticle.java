package dev.monazite.ingest;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One article as a reader found it, before normalisation: paragraphs are original text. langHint is the
 * language its input declared (a JSON Lines "lang", a collected source's language), or null.
 */
public record RawArticle(String title, String source, LocalDateTime published, String url, List<String> paragraphs,
                         String langHint) {
    public RawArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    public RawArticle(String title, String source, LocalDateTime published, String url, List<String> paragraphs) {
        this(title, source, published, url, paragraphs, null);
    }

    /** The same article with its input's declared language. */
    public RawArticle withLangHint(String lang) {
        return new RawArticle(title, source, published, url, paragraphs, lang);
    }
}
