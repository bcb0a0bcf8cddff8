package dev.monazite.ingest;

import dev.monazite.index.ArticleIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import dev.monazite.text.Texts;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ingest pipeline, one file at a time: read bytes, decode, detect the format, read raw
 * articles, build articles, add them to the index, commit. A file that fails is reported and
 * skipped; the others go on. An article that a step fails on (a reader, the builder, extraction,
 * indexing) is reported with its file, the item and the reason, and quarantined (see
 * {@link Quarantine}): later runs skip it instead of failing on it again. Commits come after whole
 * files, every couple of seconds rather than after each file (a commit per small file was a tenth
 * of the ingest's CPU): an interrupted run keeps every file committed before it, and a re-run adds
 * the rest without doubling anything.
 */
public final class Ingestor {
    /** How long a run may go without a commit: what a crash can cost, at most, in work to redo. */
    public static final Duration COMMIT_EVERY = Duration.ofSeconds(2);

    private final ArticleIndex index;
    private final Progress progress;
    private final long commitEveryNanos;
    private final Quarantine quarantine;

    /** Receives progress as files finish; implementations decide whether and how to show it. */
    public interface Progress {
        void started(int files, long bytes);

        void fileDone(Path file, long bytes, int articles);

        void failed(Path file, String reason);

        /** Something was repaired in a file that was still ingested (bad bytes replaced, say). */
        default void warned(Path file, String message) {}
    }

    /**
     * What a run did; quarantined counts the items set aside by this run, skipped those set aside
     * by an earlier one.
     */
    public record Summary(int filesRead, int filesFailed, int articlesAdded, int duplicatesMerged, int unchanged,
                          long bytes, int quarantined, int skipped) {}

    public Ingestor(ArticleIndex index, Progress progress) {
        this(index, progress, COMMIT_EVERY);
    }

    /** An ingestor whose quarantine lives in memory only (for benchmarks and tests). */
    public Ingestor(ArticleIndex index, Progress progress, Duration commitEvery) {
        this(index, progress, commitEvery, Quarantine.inMemory());
    }

    /**
     * An ingestor that commits after the first file to end at least commitEvery after the last commit,
     * and at the end of the run. (Articles, clusters and counts do not depend on where commits fall.)
     */
    public Ingestor(ArticleIndex index, Progress progress, Duration commitEvery, Quarantine quarantine) {
        this.index = index;
        this.progress = progress;
        this.commitEveryNanos = commitEvery.toNanos();
        this.quarantine = quarantine;
    }

    /**
     * Ingests files and directories (recursively, hidden entries skipped).
     *
     * @throws IOException when the index itself cannot be written (input problems are reported per file)
     */
    public Summary ingest(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<Path, String> unreachable = new LinkedHashMap<>();
        for (Path p : paths) {
            expand(p, files, unreachable);
        }
        progress.started(files.size() + unreachable.size(), totalBytes(files));
        Counts n = new Counts();
        Set<String> seenThisRun = new HashSet<>();
        unreachable.forEach((path, reason) -> {
            progress.failed(path, reason);
            n.failed++;
        });
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
                ingestFile(file, loaded, n, seenThisRun);
                if (System.nanoTime() - lastCommit >= commitEveryNanos) {
                    index.commit();
                    lastCommit = System.nanoTime();
                }
            }
            index.commit();
        } finally {
            loader.shutdownNow();
        }
        return new Summary(n.read, n.failed, n.added, n.merged, n.unchanged, n.bytes, n.quarantined, n.skipped);
    }

    /** What a run has done so far. */
    private static final class Counts {
        int read, failed, added, merged, unchanged, quarantined, skipped;
        long bytes;
    }

    // One loaded file into the index: its warnings and set-aside items reported, its articles added.
    private void ingestFile(Path file, Loaded loaded, Counts n, Set<String> seenThisRun) throws IOException {
        if (loaded.failure() != null) {
            n.failed++;
            progress.failed(file, loaded.failure());
            return;
        }
        loaded.warnings().forEach(w -> progress.warned(file, w));
        String name = file.toAbsolutePath().normalize().toString();
        List<Rejection> rejected = new ArrayList<>(loaded.rejected());
        List<Article> articles = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int skipped = loaded.skipped();
        for (int i = 0; i < loaded.articles().size(); i++) {
            Article a = loaded.articles().get(i);
            if (quarantine.contains(Quarantine.articleKey(a.id()))) {
                skipped++;
            } else {
                articles.add(a);
                positions.add(i);
            }
        }
        List<ArticleIndex.Outcome> outcomes = index.addAll(articles, name, (a, reason) -> {
            int at = positions.get(articles.indexOf(a));
            rejected.add(new Rejection(Quarantine.articleKey(a.id()), Quarantine.Stage.INDEX,
                    Quarantine.itemLabel(at, a.title()), reason));
        });
        int taken = 0;
        for (int i = 0; i < articles.size(); i++) {
            switch (counted(outcomes.get(i), articles.get(i), seenThisRun)) {
                case ADDED -> n.added++;
                case MERGED -> n.merged++;
                case UNCHANGED -> n.unchanged++;
                case FAILED -> taken--; // in rejected
            }
            taken++;
        }
        n.read++;
        n.bytes += loaded.bytes();
        n.skipped += skipped;
        progress.fileDone(file, loaded.bytes(), taken);
        for (Rejection r : rejected) {
            quarantine.add(r.key(), r.stage(), name, r.item(), r.reason());
            progress.failed(file, r.item() + ": " + r.reason() + "; quarantined, the rest of the file went on "
                    + "(see 'monazite doctor')");
        }
        n.quarantined += rejected.size();
        List<String> problems = loaded.problems();
        if (!problems.isEmpty()) {
            progress.failed(file, problems.size() + " bad record(s), e.g. " + problems.get(0)
                    + "; the other records were ingested");
        }
        if (!problems.isEmpty() || !rejected.isEmpty()) {
            n.failed++;
        }
    }

    /** An item a step failed on, to be quarantined under key. */
    private record Rejection(String key, Quarantine.Stage stage, String item, String reason) {}

    /**
     * One file read and built: its articles, bad records, items set aside, items skipped as
     * quarantined earlier and warnings; or why it could not be read at all.
     */
    private record Loaded(long bytes, List<Article> articles, List<String> problems, List<Rejection> rejected,
                          int skipped, List<String> warnings, String failure) {
        static Loaded failed(String failure) {
            return new Loaded(0, List.of(), List.of(), List.of(), 0, List.of(), failure);
        }
    }

    private java.util.concurrent.Callable<Loaded> loadTask(Path file) {
        return () -> load(file);
    }

    private Loaded load(Path file) throws InputException {
        byte[] data = SourceFile.read(file);
        TextDecoder.Decoded decoded = TextDecoder.decodeReporting(data);
        List<String> warnings = decoded.warning() == null ? List.of() : List.of(decoded.warning());
        boolean keyed = quarantine.holdsFileKeys();
        if (keyed && quarantine.contains(Quarantine.fileKey(data, -1))) {
            return new Loaded(data.length, List.of(), List.of(), List.of(), 1, warnings, null);
        }
        List<String> problems = new ArrayList<>();
        List<RawArticle> raws;
        try {
            raws = readRaw(file, decoded.text(), problems);
        } catch (RuntimeException | StackOverflowError e) {
            Rejection r = new Rejection(Quarantine.fileKey(data, -1), Quarantine.Stage.READ, "the whole file",
                    "reading failed: " + reason(e));
            return new Loaded(data.length, List.of(), problems, List.of(r), 0, warnings, null);
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
        return new Loaded(data.length, articles, problems, rejected, skipped, warnings, null);
    }

    private static String reason(Throwable e) {
        return Texts.label(e.getClass().getSimpleName() + ": " + e.getMessage(), 300);
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
                return Loaded.failed(ie.getMessage());
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

    // Files under p, sorted, hidden entries skipped; what cannot be listed or reached goes to
    // unreachable with the reason, and the walk goes on past it.
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
