package dev.monazite.ingest;

import java.time.LocalDateTime;
import java.util.List;

/** One article as a reader found it, before normalisation: paragraphs are original text. */
public record RawArticle(String title, String source, LocalDateTime published, String url, List<String> paragraphs) {
    public RawArticle {
        paragraphs = List.copyOf(paragraphs);
    }
}
