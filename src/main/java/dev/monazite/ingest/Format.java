package dev.monazite.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The input formats Monazite reads, told apart by content first and by extension second. */
enum Format {
    CLIPPING, TEXT, MARKDOWN, HTML, FEED, JSONL;

    static Format detect(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String head = text.stripLeading();
        String lowHead = dev.monazite.text.Texts.head(head, 2048).toLowerCase(Locale.ROOT);
        if (lowHead.startsWith("<?xml") || lowHead.startsWith("<rss") || lowHead.startsWith("<feed")) {
            return lowHead.contains("<rss") || lowHead.contains("<feed") || lowHead.contains("<rdf") ? FEED : HTML;
        }
        if (lowHead.startsWith("<!doctype html") || lowHead.startsWith("<html") || name.endsWith(".html")
                || name.endsWith(".htm")) {
            return HTML;
        }
        if (head.startsWith("{") && (name.endsWith(".jsonl") || name.endsWith(".ndjson") || lowHead.contains("\"text\""))) {
            return JSONL;
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return FEED;
        }
        return null;
    }

    static Format detectText(Path file, List<String> lines) {
        if (ClippingFileReader.looksLikeClipping(lines)) {
            return CLIPPING;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN : TEXT;
    }
}
