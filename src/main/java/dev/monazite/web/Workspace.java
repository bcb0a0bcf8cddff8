package dev.monazite.web;

import dev.monazite.facts.ArticleAnnotator;
import dev.monazite.facts.CueBook;
import dev.monazite.index.ArticleIndex;
import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.QueryRewriter;
import dev.monazite.ingest.Quarantine;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.pipeline.Pipeline;
import dev.monazite.store.FactStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * What the server reads, and how it adds files. The data directory stays shared: the server holds
 * no index writer, so `monazite ingest` and the other commands run beside it, and its searcher
 * follows their commits (a request after a commit sees it). The store holds one database
 * connection, so calls into it are serialised; the embedded database serves other processes.
 */
final class Workspace implements AutoCloseable {
    final Path dataDir;
    /** The install directory ($MONAZITE_HOME, else the working directory): where scenarios/ examples are. */
    final Path home = Path.of(System.getenv().getOrDefault("MONAZITE_HOME", "."));
    final Lexicon lexicon;
    private final dev.monazite.lexicon.Thesaurus thesaurus;
    private final String dbUrl;
    private final FactStore store;
    private volatile ArticleSearcher searcher;
    // A searcher replaced by a newer one is closed a minute later, after the requests using it.
    private final ScheduledExecutorService retired = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "monazite-searcher-retire");
        t.setDaemon(true);
        return t;
    });

    Workspace(Path dataDir, String dbUrl) throws IOException {
        this.dataDir = dataDir;
        this.dbUrl = dbUrl;
        this.lexicon = Lexicon.load(dataDir);
        this.thesaurus = dev.monazite.lexicon.Thesaurus.load(dataDir);
        if (!ArticleSearcher.exists(dataDir)) {
            try (ArticleIndex empty = ArticleIndex.open(dataDir, a -> dev.monazite.facts.Annotations.NONE, "serve")) {
                empty.commit(); // an empty workspace to add files to
            }
        }
        this.searcher = ArticleSearcher.open(dataDir, new QueryRewriter(lexicon, thesaurus));
        this.store = FactStore.open(dataDir, dbUrl);
    }

    /** The searcher over the latest commit. */
    ArticleSearcher searcher() throws IOException {
        ArticleSearcher s = searcher;
        if (!s.stale()) {
            return s;
        }
        synchronized (this) {
            if (searcher.stale()) {
                ArticleSearcher old = searcher;
                searcher = ArticleSearcher.open(dataDir, new QueryRewriter(lexicon, thesaurus));
                retired.schedule(() -> {
                    old.close();
                    return null;
                }, 1, TimeUnit.MINUTES);
            }
            return searcher;
        }
    }

    synchronized <T> T withStore(Function<FactStore, T> work) {
        return work.apply(store);
    }

    /** One file sent to be ingested: its name as the user had it, and its bytes. */
    record Upload(String name, byte[] bytes) {}

    /** What an upload did: the ingest summary, and each progress, warning or failure line as the CLI prints it. */
    record UploadReport(Pipeline.Summary summary, List<String> lines) {}

    /**
     * Keeps the files under DATA/uploads/TIME/ and ingests them as `monazite ingest` would: the same
     * pipeline, quarantine and report. One upload at a time; while another process writes the data
     * directory, the upload is refused with that process named.
     *
     * @throws dev.monazite.index.WriterBusyException when another process is writing the index
     */
    synchronized UploadReport ingest(List<Upload> uploads) throws IOException {
        Path dir = dataDir.resolve("uploads").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss-SSS")));
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Upload u : uploads) {
            Path f = dir.resolve(safeName(u.name(), files.size()));
            Files.write(f, u.bytes());
            files.add(f);
        }
        List<String> lines = new ArrayList<>();
        ArticleAnnotator annotator = new ArticleAnnotator(lexicon, CueBook.load(dataDir));
        try (ArticleIndex index = ArticleIndex.open(dataDir, annotator, "web upload");
             FactStore writes = FactStore.open(dataDir, dbUrl);
             Pipeline pipeline = new Pipeline(index, writes, annotator, new Lines(lines), Pipeline.COMMIT_EVERY,
                     Quarantine.open(dataDir))) {
            UploadReport report = new UploadReport(pipeline.run(files), lines);
            pipeline.close(); // committed, so the watches see the upload
            raiseAlerts(lines);
            return report;
        }
    }

    // Evaluates the watches over what the upload stored; a failure is one line of the report, the upload stands.
    private void raiseAlerts(List<String> lines) {
        try {
            ArticleSearcher s = searcher();
            dev.monazite.alert.Alerts.Run r = withStore(store -> dev.monazite.alert.Alerts.afterIngest(dataDir, store, s));
            if (r.raised() > 0) {
                lines.add(r.raised() + " new alert(s) (see Alerts)");
            }
        } catch (IOException | RuntimeException e) {
            lines.add("error: alerts: " + e.getMessage() + "; the files were ingested");
        }
    }

    // The name's last part, stripped of anything a path or a hidden file could make of it; unique in the upload.
    static String safeName(String name, int n) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        return String.format("%03d-%s", n + 1, base.isEmpty() ? "upload.txt" : base);
    }

    /** The pipeline's progress as the lines the CLI prints. */
    private record Lines(List<String> out) implements Pipeline.Progress {
        @Override
        public void started(int files, long bytes) {
            out.add("ingesting " + files + " file(s), " + bytes + " bytes");
        }

        @Override
        public void fileDone(Path file, long bytes, int articles) {
            out.add(original(file) + ": " + articles + " article(s)");
        }

        @Override
        public void failed(Path file, String reason) {
            out.add("error: " + original(file) + ": " + reason);
        }

        @Override
        public void warned(Path file, String message) {
            out.add("warning: " + original(file) + ": " + message);
        }

        private static String original(Path file) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            return name.length() > 4 && name.charAt(3) == '-' ? name.substring(4) : name;
        }
    }

    @Override
    public void close() throws IOException {
        retired.shutdownNow();
        try {
            store.close();
        } finally {
            searcher.close();
        }
    }
}
