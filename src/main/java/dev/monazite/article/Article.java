package dev.monazite.article;

import dev.monazite.article.Article;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An ingested article: stable id, metadata, and numbered paragraphs with their sentences.
 * Paragraph numbers start at 1 and are the citation anchors every later stage refers to.
 */
public record Article(
        String id,
        String title,
        String source,
        LocalDateTime published,
        String url,
        String lang,
        List<Paragraph> paragraphs) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    /** A paragraph: its 1-based number, original text and sentence spans within that text. */
    public record Paragraph(int n, String text, List<Span> sentences) {
        public Paragraph {
            sentences = List.copyOf(sentences);
        }
    }

    /** The paragraph with number n, 1-based. */
    public Paragraph paragraph(int n) {
        return paragraphs.get(n - 1);
    }
}
