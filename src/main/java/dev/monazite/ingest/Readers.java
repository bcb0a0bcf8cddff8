package dev.monazite.ingest;

import dev.monazite.article.Article;
import dev.monazite.text.Texts;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reading stage: paths to files, and one file's bytes to decoded text, raw articles (the reader
 * chosen by {@link Format}) and built {@link Article}s. What fails here is reported for its file or
 * item and never stops the others.
 */
public final class Readers {
    private Readers() {}

    /** An item a step failed on, to be quarantined under key with its stage, label and reason. */
    public record Rejection(String key, Quarantine.Stage stage, String item, String reason) {}

    /**
     * One file read and built: its articles, bad records, items set aside, items skipped as
     * quarantined earlier and warnings.
     */
    public record Loaded(long bytes, List<Article> articles, List<String> problems, List<Rejection> rejected,
                         int skipped, List<String> warnings) {}

    /**
     * Reads and builds one file, skipping what the quarantine holds; an article the builder fails on
     * is rejected alone.
     *
     * @throws InputException when the file cannot be read or holds no article text
     */
    public static Loaded load(Path file, Quarantine quarantine) throws InputException {
        byte[] data = SourceFile.read(file);
        TextDecoder.Decoded decoded = TextDecoder.decodeReporting(data);
        List<String> warnings = decoded.warning() == null ? List.of() : List.of(decoded.warning());
        boolean keyed = quarantine.holdsFileKeys();
        if (keyed && quarantine.contains(Quarantine.fileKey(data, -1))) {
            return new Loaded(data.length, List.of(), List.of(), List.of(), 1, warnings);
        }
        List<String> problems = new ArrayList<>();
        List<RawArticle> raws;
        try {
            raws = readRaw(file, decoded.text(), problems);
        } catch (RuntimeException | StackOverflowError e) {
            Rejection r = new Rejection(Quarantine.fileKey(data, -1), Quarantine.Stage.READ, "the whole file",
                    "reading failed: " + reason(e));
            return new Loaded(data.length, List.of(), problems, List.of(r), 0, warnings);
        }
        List<Article> articles = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < raws.size(); i++) {
            if (keyed && quarantine.contains(Quarantine.fileKey(data, i))) {
                skipped++;
                continue;
            }
            try {
                Article a = ArticleBuilder.build(raws.get(i));
                if (a != null) {
                    articles.add(a);
                }
            } catch (RuntimeException | StackOverflowError e) {
                rejected.add(new Rejection(Quarantine.fileKey(data, i), Quarantine.Stage.BUILD,
                        Quarantine.itemLabel(i, raws.get(i).title()), "building the article failed: " + reason(e)));
            }
        }
        if (articles.isEmpty() && problems.isEmpty() && rejected.isEmpty() && skipped == 0) {
            throw new InputException("no article text found");
        }
        return new Loaded(data.length, articles, problems, rejected, skipped, warnings);
    }

    /**
     * A fetched web page's main text as a raw article (the HTML reader's), decoded as files are
     * (byte order mark, UTF-8, GB18030, Big5: a server's charset header is often wrong), with url
     * kept as the article's address; null when the page holds no article text.
     *
     * @throws InputException when the bytes are not text
     */
    public static RawArticle page(byte[] html, String url) throws InputException {
        List<RawArticle> read = HtmlReader.read(TextDecoder.decode(html), url);
        if (read.isEmpty()) {
            return null;
        }
        RawArticle r = read.get(0);
        return new RawArticle(r.title(), r.source(), r.published(), url, r.paragraphs());
    }

    /** A failure's class and message, cut to a label. */
    public static String reason(Throwable e) {
        return Texts.label(e.getClass().getSimpleName() + ": " + e.getMessage(), 300);
    }

    /** Reads the articles of one decoded file; bad records of a multi-record file go to problems. */
    public static List<Article> articles(Path file, String text, List<String> problems) {
        List<Article> out = new ArrayList<>();
        for (RawArticle raw : readRaw(file, text, problems)) {
            Article a = ArticleBuilder.build(raw);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<RawArticle> readRaw(Path file, String text, List<String> problems) {
        Format format = Format.detect(file, text);
        if (format == null) {
            format = Format.detectText(file, text.lines().toList());
        }
        return switch (format) {
            case HTML -> HtmlReader.read(text, "");
            case FEED -> FeedReader.read(text);
            case JSONL -> JsonLinesReader.read(text.lines().toList(), problems);
            case CLIPPING -> ClippingFileReader.read(text.lines().toList());
            case MARKDOWN -> PlainTextReader.read(text.lines().toList(), true);
            case TEXT -> PlainTextReader.read(text.lines().toList(), false);
        };
    }

    /**
     * The files under paths (directories walked recursively, sorted, hidden entries skipped); what
     * cannot be listed or reached goes to unreachable with the reason, and the walk goes on past it.
     */
    public static List<Path> expand(List<Path> paths, Map<Path, String> unreachable) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            expand(p, files, unreachable);
        }
        return files;
    }

    private static void expand(Path p, List<Path> files, Map<Path, String> unreachable) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
            unreachable.put(p, "no such file or directory");
            return;
        }
        if (!Files.isDirectory(p)) {
            files.add(p);
            return;
        }
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(p, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(p) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && !isHidden(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreachable.put(file, unreadable(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        unreachable.put(dir, unreadable(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreachable.put(p, unreadable(e));
        }
        found.sort(null);
        files.addAll(found);
    }

    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read (permission denied); skipped with everything under it";
        }
        String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return "cannot be read (" + why + "); skipped with everything under it";
    }

    private static boolean isHidden(Path f) {
        Path name = f.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The total size of files; one that cannot be measured counts 0 (it is reported when read). */
    public static long totalBytes(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                // reported when the file is read
            }
        }
        return total;
    }
}
