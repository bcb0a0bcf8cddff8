package dev.monazite.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.monazite.article.Json;
import dev.monazite.ingest.RawArticle;
import dev.monazite.text.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fetched articles waiting for the pipeline, one JSON Lines file each under DATA/spool, in the
 * form `monazite ingest` reads (title, source, published, url, text) plus where the article came
 * from. A file is written whole (renamed into place) and deleted only once its URL is recorded as
 * collected, so a crash at any point leaves each article either to fetch or to ingest, never lost.
 */
final class Spool {
    /** One spooled article: its file, source, the link it was fetched by, its article id, and itself. */
    record Entry(Path file, String source, String link, String articleId, RawArticle article) {}

    private final Path dir;

    Spool(Path dir) {
        this.dir = dir;
    }

    /** The directory of the spool of a data directory. */
    static Path of(Path dataDir) {
        return dataDir.resolve("spool");
    }

    Entry write(String source, String link, String articleId, RawArticle a) throws IOException {
        Files.createDirectories(dir);
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("title", a.title());
        n.put("source", a.source());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("url", a.url());
        n.put("lang", a.langHint());
        n.put("text", String.join("\n\n", a.paragraphs()));
        n.put("collected_from", source);
        n.put("link", link);
        n.put("article", articleId);
        // named by source too: the file name is what `search` and `show` list as the article's file
        Path file = dir.resolve(source + "-" + key(link) + ".jsonl");
        Path tmp = dir.resolve("." + key(link) + ".tmp");
        Files.writeString(tmp, Json.MAPPER.writeValueAsString(n) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new Entry(file, source, link, articleId, a);
    }

    /** The keys ({@link #key}) of the links whose articles wait here, from any source. */
    java.util.Set<String> waiting() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (!Files.isDirectory(dir)) {
            return keys;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsonl") && n.length() > 30)
                    .forEach(n -> keys.add(Texts.cut(n, n.length() - 30, n.length() - 6)));
        } catch (IOException e) {
            // unreadable: the spool's own reading reports it when the articles are ingested
        }
        return keys;
    }

    /** Every article waiting, oldest file name first; a file that cannot be read is left for the user. */
    List<Entry> pending() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                JsonNode n = Json.MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
                RawArticle a = new RawArticle(text(n, "title"), text(n, "source"),
                        n.hasNonNull("published") ? java.time.LocalDateTime.parse(n.get("published").asText()) : null,
                        text(n, "url"), Arrays.asList(text(n, "text").split("\n\n")), text(n, "lang"));
                out.add(new Entry(f, text(n, "collected_from"), text(n, "link"), text(n, "article"), a));
            }
        }
        return out;
    }

    void delete(Entry e) throws IOException {
        Files.deleteIfExists(e.file());
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** A link's short, file-name-safe key: 24 hex digits of its SHA-256. */
    static String key(String link) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
