package dev.monazite.collect;

import dev.monazite.store.StoreDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sources and the URLs collected from them, in the store's database (tables source and
 * collected_url), so a team on one PostgreSQL server shares them. Each change is committed at once.
 */
public final class Sources implements AutoCloseable {
    private static final String COLUMNS = "name, url, kind, selector, every_seconds, lang, include_words, "
            + "exclude_words, last_fetch, next_due, failures, paused, last_error, collected, etag, last_modified";

    /**
     * What became of a collected URL: its article stored, a copy of one stored, filtered out, gone,
     * or set aside by the pipeline (see `monazite doctor`).
     */
    enum Outcome { STORED, DUPLICATE, FILTERED, GONE, QUARANTINED }

    /** One URL dealt with, to be recorded. */
    record Taken(String url, String source, String articleId, Outcome outcome) {}

    private final Connection db;
    private final Path dataDir;
    private final String dbUrl;

    private Sources(Connection db, Path dataDir, String dbUrl) {
        this.db = db;
        this.dataDir = dataDir;
        this.dbUrl = dbUrl;
    }

    /**
     * Opens the sources of the store of dataDir, or of the database at dbUrl.
     *
     * @throws dev.monazite.store.StoreException when the database cannot be used
     */
    public static Sources open(Path dataDir, String dbUrl) {
        return new Sources(StoreDatabase.open(dataDir, dbUrl), dataDir, dbUrl);
    }

    /**
     * Adds a source, due at once.
     *
     * @throws IllegalArgumentException when a source of that name exists
     */
    public synchronized void add(Source s, Instant now) {
        if (find(s.name()).isPresent()) {
            throw new IllegalArgumentException("a source named '" + s.name() + "' exists: remove it first "
                    + "('monazite source remove " + s.name() + "') or choose another name");
        }
        update("INSERT INTO source (name, url, kind, selector, every_seconds, lang, include_words, exclude_words, "
                        + "added_at, failures, paused, collected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, FALSE, 0)",
                s.name(), s.url(), s.kind().name(), s.selector(), s.every().toSeconds(), s.lang(),
                joined(s.include()), joined(s.exclude()), time(now));
    }

    /** Every source with its status, by name. */
    public synchronized List<Source.Status> all() {
        return statuses("SELECT " + COLUMNS + " FROM source ORDER BY name");
    }

    /** The source of that name, with its status. */
    public synchronized Optional<Source.Status> find(String name) {
        return statuses("SELECT " + COLUMNS + " FROM source WHERE name = ?", name).stream().findFirst();
    }

    /** Removes a source (what was collected from it stays); whether there was one. */
    public synchronized boolean remove(String name) {
        return update("DELETE FROM source WHERE name = ?", name) > 0;
    }

    /** Un-pauses a source, clears its failures and makes it due at once; whether there was one. */
    public synchronized boolean resume(String name) {
        return update("UPDATE source SET paused = FALSE, failures = 0, next_due = NULL WHERE name = ?", name) > 0;
    }

    /** The sources due at now and not paused. */
    synchronized List<Source.Status> due(Instant now) {
        return all().stream().filter(s -> s.due(now)).toList();
    }

    /** Records a good poll: its validators, how many articles it stored, and the next poll one interval on. */
    synchronized void polled(Source s, Instant now, String etag, String lastModified, int stored) {
        update("UPDATE source SET last_fetch = ?, next_due = ?, failures = 0, last_error = NULL, etag = ?, "
                        + "last_modified = ?, collected = collected + ? WHERE name = ?",
                time(now), time(now.plus(s.every())), etag, lastModified, stored, s.name());
    }

    /**
     * Records a failed poll: the error, and the next poll after a backoff that doubles with each
     * failure in a row (at most a day); after pauseAfter failures in a row the source is paused.
     */
    synchronized void failed(Source.Status s, Instant now, String error, int pauseAfter) {
        int failures = s.failures() + 1;
        long factor = 1L << Math.min(failures, 16);
        Duration wait = s.source().every().multipliedBy(factor);
        if (wait.compareTo(Duration.ofDays(1)) > 0) {
            wait = Duration.ofDays(1);
        }
        update("UPDATE source SET last_fetch = ?, next_due = ?, failures = ?, paused = ?, last_error = ? WHERE name = ?",
                time(now), time(now.plus(wait)), failures, failures >= pauseAfter,
                dev.monazite.text.Texts.label(error, 1000), s.source().name());
    }

    /** Those of the URLs already dealt with. */
    synchronized Set<String> collected(Collection<String> urls) {
        return matching("SELECT url FROM collected_url WHERE url IN ", urls);
    }

    /** Those of the article ids the store holds. */
    synchronized Set<String> stored(Collection<String> ids) {
        return matching("SELECT id FROM article WHERE id IN ", ids);
    }

    /** Records URLs dealt with, replacing an earlier record of the same URL. */
    synchronized void record(List<Taken> taken) {
        try {
            for (Taken t : taken) {
                run("DELETE FROM collected_url WHERE url = ?", t.url());
                run("INSERT INTO collected_url (url, source_name, article_id, outcome, collected_at) VALUES (?, ?, ?, ?, ?)",
                        t.url(), t.source(), t.articleId(), t.outcome().name(), time(Instant.now()));
            }
            db.commit();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private Set<String> matching(String sql, Collection<String> values) {
        Set<String> out = new HashSet<>();
        List<String> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = "(" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement ps = prepared(sql + marks, chunk.toArray()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }
        return out;
    }

    private List<Source.Status> statuses(String sql, Object... args) {
        List<Source.Status> out = new ArrayList<>();
        try (PreparedStatement ps = prepared(sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(status(rs));
            }
            db.commit(); // ends the read, so the next one sees other processes' writes
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static Source.Status status(ResultSet rs) throws SQLException {
        Source s = new Source(rs.getString("name"), rs.getString("url"), Kind.valueOf(rs.getString("kind")),
                rs.getString("selector"), Duration.ofSeconds(rs.getLong("every_seconds")), rs.getString("lang"),
                Source.words(rs.getString("include_words")), Source.words(rs.getString("exclude_words")));
        return new Source.Status(s, instant(rs, "last_fetch"), instant(rs, "next_due"), rs.getInt("failures"),
                rs.getBoolean("paused"), rs.getString("last_error"), rs.getInt("collected"), rs.getString("etag"),
                rs.getString("last_modified"));
    }

    private int update(String sql, Object... args) {
        try {
            int n = run(sql, args);
            db.commit();
            return n;
        } catch (SQLException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
            throw failed(e);
        }
    }

    private int run(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepared(sql, args)) {
            return ps.executeUpdate();
        }
    }

    private PreparedStatement prepared(String sql, Object... args) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    private RuntimeException failed(SQLException e) {
        return StoreDatabase.failed(dataDir, dbUrl, e);
    }

    // Times are kept as UTC wall-clock times: the same on every member's machine of a team.
    private static LocalDateTime time(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static String joined(List<String> words) {
        return words.isEmpty() ? null : String.join(", ", words);
    }

    @Override
    public synchronized void close() {
        try {
            db.rollback();
            db.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }
}
