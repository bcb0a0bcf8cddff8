package dev.monazite.ingest;

import dev.monazite.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The ingest pipeline, one file at a time: read bytes, decode, detect the format, read raw
 * articles, build articles, add them to the index, commit. A file that fails is reported and
 * skipped; the others go on. Commits come after whole files, every couple of seconds rather than
 * after each file (a commit per small file was a tenth of the ingest's CPU): an interrupted run
 * keeps every file committed before it, and a re-run adds the rest without doubling anything.
 */
public final class Ingestor {
    /** How long a run may go without a commit: what a crash can cost, at most, in work to redo. */
    public static final Duration COMMIT_EVERY = Duration.ofSeconds(2);

    private final ArticleIndex index;
    private final Progress progress;
    private final long commitEveryNanos;

    /** Receives progress as files finish; implementations decide whether and how to show it. */
    public interface Progress {
        void started(int files, long bytes);

        void fileDone(Path file, long bytes, int articles);

        void failed(Path file, String reason);
    }

    /** What a run did. */
    public record Summary(int filesRead, int filesFailed, int articlesAdded, int duplicatesMerged, int unchanged,
                          long bytes) {}

    public Ingestor(ArticleIndex index, Progress progress) {
        this(index, progress, COMMIT_EVERY);
    }

    /**
     * An ingestor that commits after the first file to end at least commitEvery after the last commit,
     * and at the end of the run. (Articles, clusters and counts do not depend on where commits fall.)
     */
    public Ingestor(ArticleIndex index, Progress progress, Duration commitEvery) {
        this.index = index;
        this.progress = progress;
        this.commitEveryNanos = commitEvery.toNanos();
    }

    /**
     * Ingests files and directories (recursively, hidden entries skipped).
     *
     * @throws IOException when the index itself cannot be written (input problems are reported per file)
     */
    public Summary ingest(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path p : paths) {
            expand(p, files, missing);
        }
        progress.started(files.size() + missing.size(), totalBytes(files));
        int read = 0, failed = 0, added = 0, merged = 0, unchanged = 0;
        long bytes = 0;
        Set<String> seenThisRun = new HashSet<>();
        for (Path m : missing) {
            progress.failed(m, "no such file or directory");
            failed++;
        }
        // The next file is read, decoded, parsed and built while this one is indexed and committed:
        // that work is per file and needs nothing from the index.
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "monazite-ingest-reader");
            t.setDaemon(true);
            return t;
        });
        long lastCommit = System.nanoTime();
        try {
            Future<Loaded> next = files.isEmpty() ? null : loader.submit(loadTask(files.get(0)));
            for (int f = 0; f < files.size(); f++) {
                Path file = files.get(f);
                Loaded loaded = await(next);
                next = f + 1 < files.size() ? loader.submit(loadTask(files.get(f + 1))) : null;
                try {
                    if (loaded.failure() != null) {
                        throw new InputException(loaded.failure());
                    }
                    List<Article> articles = loaded.articles();
                    List<String> problems = loaded.problems();
                    List<ArticleIndex.Outcome> outcomes =
                            index.addAll(articles, file.toAbsolutePath().normalize().toString());
                    for (int i = 0; i < articles.size(); i++) {
                        switch (counted(outcomes.get(i), articles.get(i), seenThisRun)) {
                            case ADDED -> added++;
                            case MERGED -> merged++;
                            case UNCHANGED -> unchanged++;
                        }
                    }
                    if (System.nanoTime() - lastCommit >= commitEveryNanos) {
                        index.commit();
                        lastCommit = System.nanoTime();
                    }
                    read++;
                    bytes += loaded.bytes();
                    progress.fileDone(file, loaded.bytes(), articles.size());
                    if (!problems.isEmpty()) {
                        failed++;
                        progress.failed(file, problems.size() + " bad record(s), e.g. " + problems.get(0)
                                + "; the other records were ingested");
                    }
                } catch (InputException e) {
                    failed++;
                    progress.failed(file, e.getMessage());
                }
            }
            index.commit();
        } finally {
            loader.shutdownNow();
        }
        return new Summary(read, failed, added, merged, unchanged, bytes);
    }

    /** One file read and built: its articles and bad records, or why it could not be read. */
    private record Loaded(long bytes, List<Article> articles, List<String> problems, String failure) {}

    private static java.util.concurrent.Callable<Loaded> loadTask(Path file) {
        return () -> load(file);
    }

    private static Loaded load(Path file) throws InputException {
        byte[] data = SourceFile.read(file);
        List<String> problems = new ArrayList<>();
        List<Article> articles = articles(file, TextDecoder.decode(data), problems);
        if (articles.isEmpty() && problems.isEmpty()) {
            throw new InputException("no article text found");
        }
        return new Loaded(data.length, articles, problems, null);
    }

    // The loaded file; an input problem comes back as its failure, to be reported for that file, and
    // anything else ends the run here, as it did when files were read inline.
    private static Loaded await(Future<Loaded> loading) throws IOException {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading input");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException ie) {
                return new Loaded(0, List.of(), List.of(), ie.getMessage());
            } else if (cause instanceof RuntimeException re) {
                throw re;
            } else if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    // A second copy met in this run (the same file twice, a page printing its article twice)
    // counts as a merged duplicate; one already stored by an earlier run is simply unchanged.
    private static ArticleIndex.Outcome counted(ArticleIndex.Outcome outcome, Article a, Set<String> seenThisRun) {
        boolean firstTimeThisRun = seenThisRun.add(a.id());
        if (outcome == ArticleIndex.Outcome.UNCHANGED && !firstTimeThisRun) {
            return ArticleIndex.Outcome.MERGED;
        }
        return outcome;
    }

    /** Reads the articles of one decoded file; bad records of a multi-record file go to problems. */
    public static List<Article> articles(Path file, String text, List<String> problems) {
        List<RawArticle> raws = readRaw(file, text, problems);
        // ingest() runs this on its reader thread, for the next file while the current one is indexed.
        List<Article> out = new ArrayList<>();
        for (RawArticle raw : raws) {
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

    private static void expand(Path p, List<Path> files, List<Path> missing) throws IOException {
        if (!Files.exists(p)) {
            missing.add(p);
        } else if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> !Files.isDirectory(f)).filter(f -> !isHidden(p, f)).sorted().forEach(files::add);
            }
        } else {
            files.add(p);
        }
    }

    private static boolean isHidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static long totalBytes(List<Path> files) {
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
