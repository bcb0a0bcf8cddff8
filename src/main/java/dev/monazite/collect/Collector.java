package dev.monazite.collect;

import dev.monazite.article.Article;
import dev.monazite.ingest.ArticleBuilder;
import dev.monazite.ingest.InputException;
import dev.monazite.ingest.RawArticle;
import dev.monazite.ingest.Readers;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Polls sources into the data directory. For each due source: fetch its page (conditional GET),
 * find its links, skip those already collected, fetch and read each new article, filter it, spool
 * it, run the spool through the ingest pipeline, record the URLs as collected, and hand the newly
 * stored articles to the listener. A source that keeps failing is paused.
 */
public final class Collector {
    /** Failures in a row after which a source is paused until resumed. */
    static final int PAUSE_AFTER = 5;
    /** The most new links fetched in one poll of a source: the rest wait for the next poll. */
    static final int PER_POLL = 100;

    /** Runs files through the ingest pipeline into the data directory, committing before it returns. */
    @FunctionalInterface
    public interface Ingest {
        void run(List<Path> files) throws IOException;
    }

    /** Told of each batch of articles newly stored by collection (the alerts run here). */
    @FunctionalInterface
    public interface Listener {
        void stored(List<Article> articles);

        Listener NONE = articles -> {};
    }

    /**
     * What one poll of a source did: links found, articles newly stored, already known (stored or
     * collected before), filtered out, failed; whether the page was unchanged (304); its error and
     * whether it is now paused.
     */
    public record Outcome(String source, int links, int stored, int known, int filtered, int failed,
                          boolean notModified, String error, boolean paused) {
        /** The one line `collect` prints for it. */
        public String line() {
            if (error != null) {
                return source + ": failed: " + error + (paused ? " (paused: 'monazite source resume " + source
                        + "' after fixing it)" : " (will retry)");
            }
            if (notModified) {
                return source + ": unchanged since the last poll (304)";
            }
            return String.format("%s: %d link(s), %d new article(s) stored, %d already known, %d filtered out, "
                    + "%d failed", source, links, stored, known, filtered, failed);
        }
    }

    private final Sources sources;
    private final Fetcher fetcher;
    private final Path dataDir;
    private final Spool spool;
    private final Ingest ingest;
    private final Listener listener;
    private final Clock clock;
    private final Consumer<String> log;

    public Collector(Sources sources, Fetcher fetcher, Path dataDir, Ingest ingest, Listener listener, Clock clock,
                     Consumer<String> log) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.dataDir = dataDir;
        this.spool = new Spool(Spool.of(dataDir));
        this.ingest = ingest;
        this.listener = listener;
        this.clock = clock;
        this.log = log;
    }

    /**
     * Polls every source due now, after ingesting what an interrupted run left in the spool.
     *
     * @throws IllegalStateException when another collector is running on the data directory
     * @throws IOException when the index cannot be written
     */
    public List<Outcome> collectDue() throws IOException {
        if (!Files.isDirectory(Spool.of(dataDir)) && sources.due(clock.instant()).isEmpty()) {
            return List.of(); // nothing to do, and nothing written to a data directory that has no spool yet
        }
        Files.createDirectories(Spool.of(dataDir));
        try (FileChannel ch = FileChannel.open(Spool.of(dataDir).resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(ch)) {
            ingestSpool();
            List<Outcome> out = new ArrayList<>();
            for (Source.Status s : sources.due(clock.instant())) {
                Outcome o = poll(s);
                log.accept(o.line());
                out.add(o);
            }
            return out;
        }
    }

    private FileLock tryLock(FileChannel ch) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("another collector (collect or serve) is running on " + dataDir
                    + "; it polls the same sources, so let it run or stop it first");
        }
        return lock;
    }

    /** One poll of a source; a failure of the source is recorded (and may pause it), never thrown. */
    Outcome poll(Source.Status status) throws IOException {
        Source s = status.source();
        Instant now = clock.instant();
        try {
            URI uri = URI.create(s.url());
            if (!fetcher.allowed(uri)) {
                throw new FetchException(uri + ": robots.txt of " + uri.getHost() + " does not let Monazite fetch it");
            }
            Fetcher.Page page = fetcher.get(uri, status.etag(), status.lastModified());
            if (page.notModified()) {
                sources.polled(s, now, status.etag(), status.lastModified(), 0);
                return new Outcome(s.name(), 0, 0, 0, 0, 0, true, null, false);
            }
            if (!page.ok()) {
                throw new FetchException(uri + ": HTTP " + page.status());
            }
            Outcome o = take(s, Links.find(s, page, fetcher));
            // validators only now: a crash before this re-reads the page and finds the same links
            sources.polled(s, now, page.etag(), page.lastModified(), o.stored());
            return o;
        } catch (FetchException | IllegalArgumentException e) {
            sources.failed(status, now, e.getMessage(), PAUSE_AFTER);
            boolean paused = status.failures() + 1 >= PAUSE_AFTER;
            return new Outcome(s.name(), 0, 0, 0, 0, 0, false, e.getMessage(), paused);
        }
    }

    // Fetches, reads and spools the new links, ingests the spool, records what each link came to.
    private Outcome take(Source s, List<Link> links) throws IOException {
        List<Link> fresh = fresh(links);
        int known = links.size() - fresh.size(), filtered = 0, failed = 0;
        List<Sources.Taken> done = new ArrayList<>();
        for (Link link : fresh) {
            Examined e = examine(s, link);
            switch (e.verdict()) {
                case NEW -> spool.write(s.name(), link.uri().toString(), e.article().id(), e.raw());
                case KNOWN -> known++;
                case FILTERED -> filtered++;
                default -> failed++;
            }
            if (e.verdict() == Examined.Verdict.NEW || e.verdict() == Examined.Verdict.BLOCKED
                    || e.verdict() == Examined.Verdict.FAILED) {
                continue; // recorded once ingested, or tried again next poll
            }
            Sources.Outcome outcome = switch (e.verdict()) {
                case KNOWN -> Sources.Outcome.DUPLICATE;
                case FILTERED -> Sources.Outcome.FILTERED;
                default -> Sources.Outcome.GONE;
            };
            done.add(new Sources.Taken(link.uri().toString(), s.name(), e.article() == null ? null : e.article().id(), outcome));
        }
        sources.record(done);
        int stored = ingestSpool();
        return new Outcome(s.name(), links.size(), stored, known, filtered, failed, false, null, false);
    }

    // The links not collected before nor waiting in the spool, at most PER_POLL.
    private List<Link> fresh(List<Link> links) {
        Set<String> collected = sources.collected(links.stream().map(l -> l.uri().toString()).toList());
        Set<String> waiting = spool.waiting();
        List<Link> out = new ArrayList<>();
        for (Link l : links) {
            String u = l.uri().toString();
            if (!collected.contains(u) && !waiting.contains(Spool.key(u)) && u.length() <= 2048 && out.size() < PER_POLL) {
                out.add(l);
            }
        }
        return out;
    }

    /** What `source test` shows: the links found, how many were collected before, and a line per link tried. */
    public record Trial(String source, int links, int collectedBefore, List<String> lines) {}

    /**
     * Fetches a source once and says what collecting it would ingest: up to limit of its new links
     * fetched and read. Nothing is recorded or ingested.
     *
     * @throws FetchException when the source's page cannot be fetched or read
     */
    public Trial test(Source s, int limit) throws FetchException {
        Fetcher.Page page = page(URI.create(s.url()));
        List<Link> links = Links.find(s, page, fetcher);
        List<Link> fresh = fresh(links);
        List<String> lines = new ArrayList<>();
        for (Link link : fresh.subList(0, Math.min(limit, fresh.size()))) {
            lines.add(line(examine(s, link)));
        }
        if (fresh.size() > limit) {
            lines.add("... and " + (fresh.size() - limit) + " more new link(s) not tried (--limit)");
        }
        return new Trial(s.name(), links.size(), links.size() - fresh.size(), lines);
    }

    /**
     * The kind of source at url, told from what it serves.
     *
     * @throws FetchException when it cannot be fetched
     */
    public Kind detect(String url) throws FetchException {
        return Kind.detect(page(URI.create(url)).body());
    }

    private Fetcher.Page page(URI uri) throws FetchException {
        if (!fetcher.allowed(uri)) {
            throw new FetchException(uri + ": robots.txt of " + uri.getHost() + " does not let Monazite fetch it");
        }
        Fetcher.Page page = fetcher.get(uri, null, null);
        if (!page.ok()) {
            throw new FetchException(uri + ": HTTP " + page.status());
        }
        return page;
    }

    private static String line(Examined e) {
        StringBuilder b = new StringBuilder(String.format("%-21s %s", e.verdict().label, e.link().uri()));
        String title = e.article() != null ? e.article().title() : e.link().title();
        if (title != null) {
            b.append("  \"").append(dev.monazite.text.Texts.label(title, 80)).append('"');
        }
        if (e.verdict() == Examined.Verdict.NEW) {
            b.append("  (").append(e.article().lang()).append(", ").append(e.article().paragraphs().size())
                    .append(" paragraph(s))");
        } else if (e.detail() != null) {
            b.append("  (").append(e.detail()).append(')');
        }
        return b.toString();
    }

    /** Fetches and reads one link, and says what collecting it would do; writes nothing. */
    Examined examine(Source s, Link link) {
        if (!fetcher.allowed(link.uri())) {
            return Examined.of(link, Examined.Verdict.BLOCKED, null);
        }
        RawArticle raw;
        try {
            Fetcher.Page page = fetcher.get(link.uri(), null, null);
            if (!page.ok()) {
                return Examined.of(link, page.status() >= 400 ? Examined.Verdict.GONE : Examined.Verdict.FAILED,
                        "HTTP " + page.status());
            }
            raw = Readers.page(page.body(), page.uri().toString());
        } catch (FetchException e) {
            return Examined.of(link, Examined.Verdict.FAILED, e.getMessage());
        } catch (InputException e) {
            return Examined.of(link, Examined.Verdict.GONE, e.getMessage());
        }
        Article a = raw == null ? null : ArticleBuilder.build(raw = raw.withLangHint(s.lang()));
        if (a == null) {
            return Examined.of(link, Examined.Verdict.GONE, "no article text on the page");
        }
        String rejected = Filter.of(s).rejects(a.title() + "\n" + String.join("\n", raw.paragraphs()));
        if (rejected != null) {
            return new Examined(link, Examined.Verdict.FILTERED, rejected, raw, a);
        }
        if (!sources.stored(List.of(a.id())).isEmpty()) {
            return new Examined(link, Examined.Verdict.KNOWN, "same text as stored article " + a.id(), raw, a);
        }
        // the source's name stands in for a page that names no outlet, the link's date for one undated
        RawArticle named = new RawArticle(raw.title(), raw.source() == null ? s.name() : raw.source(),
                raw.published() == null ? link.published() : raw.published(), raw.url(), raw.paragraphs(), raw.langHint());
        return new Examined(link, Examined.Verdict.NEW, null, named, a);
    }

    /**
     * Ingests every article waiting in the spool, tells the listener of those now stored, records
     * their URLs as collected and empties the spool; how many were stored. An article is spooled only
     * when the store does not hold its text, so each one stored here is new. The listener is told
     * before the URLs are recorded: a crash between the two tells it again on the next run rather
     * than never (at least once).
     */
    private int ingestSpool() throws IOException {
        List<Spool.Entry> pending = spool.pending();
        if (pending.isEmpty()) {
            return 0;
        }
        ingest.run(pending.stream().map(Spool.Entry::file).toList());
        Hold.AFTER_INGEST.reach();
        Set<String> stored = sources.stored(pending.stream().map(Spool.Entry::articleId).toList());
        List<Sources.Taken> taken = new ArrayList<>();
        Map<String, Article> fresh = new LinkedHashMap<>();
        for (Spool.Entry e : pending) {
            boolean kept = stored.contains(e.articleId());
            taken.add(new Sources.Taken(e.link(), e.source(), e.articleId(),
                    kept ? Sources.Outcome.STORED : Sources.Outcome.QUARANTINED));
            if (kept) {
                fresh.putIfAbsent(e.articleId(), ArticleBuilder.build(e.article()));
            }
        }
        if (!fresh.isEmpty()) {
            tell(List.copyOf(fresh.values()));
        }
        sources.record(taken);
        for (Spool.Entry e : pending) {
            spool.delete(e);
        }
        return fresh.size();
    }

    // The articles are stored and recorded whatever the listener does: its failure is reported, and
    // collection goes on with the next source.
    private void tell(List<Article> stored) {
        try {
            listener.stored(stored);
        } catch (RuntimeException e) {
            log.accept("the listener of new articles failed on " + stored.size() + " article(s): " + Readers.reason(e));
        }
    }
}
