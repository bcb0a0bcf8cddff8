package dev.monazite.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * Opens the store's database: embedded H2 under DATA/db by default, PostgreSQL when a
 * {@code jdbc:postgresql:} URL is given, and brings its schema up to date with Flyway.
 * Failures are turned into one clear message (in use, corrupt, full, unreachable).
 */
final class Database {
    // Flyway reports every migration check at INFO; users need only its warnings. Held here because
    // java.util.logging keeps loggers only weakly.
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

    private Database() {}

    /*
     * Several processes on one data directory (the workspace open while the analyst ingests or asks
     * for facts from the shell): the first to open the embedded database serves it to the others
     * over a loopback connection H2 sets up itself (its port in the lock file), and when it exits
     * the next one takes over. Only local connections are accepted.
     */
    private static final String SHARED = "AUTO_SERVER=TRUE";

    /*
     * The embedded store's file layout. Each batch commit rewrites the B-tree pages it touched, and
     * H2 keeps freed space unused for RETENTION_TIME (45 s by default) in case the OS has not yet
     * flushed the newer pages: a 40-second ingest then reused none of it, and the file grew to 20x
     * its live data. FactStore syncs the file at every commit ("CHECKPOINT SYNC"), so freed space can
     * be reused after one second. On close, H2 moves live pages down for up to MAX_COMPACT_TIME ms so
     * the file can shrink: 2 s of it cost every incremental ingest into a store of 100,000 articles
     * 2.5 s and shrank nothing measurable (218 against 219 MB), so it stays at H2's 200 ms. H2's
     * background compaction rewrites chunks once the file's fill rate falls below
     * AUTO_COMPACT_FILL_RATE: at H2's 90% it kept both cores busy through every incremental ingest into
     * a store of 100,000 articles (7.0 s for 200 articles), off it let the file grow (89 MB at 20,000
     * articles); at 50% the file stays at 60 MB and the incremental ingest takes 5.6 s.
     * Pages are compressed (LZF): facts are mostly evidence sentences and JSON fields, and the file
     * was 2.6x smaller for it at 20,000 articles (39 MB against 101 MB), at no measurable cost in time.
     * These settings need H2 2.5: on 2.3.232 the compaction on close lost every row committed since
     * an earlier close, at the 11th to 13th reopen of a run of short commands (EmbeddedReopenTest;
     * h2database#4247), which is how watches added one after another went missing.
     */
    private static final String H2_SETTINGS = "RETENTION_TIME=1000;MAX_COMPACT_TIME=200;AUTO_COMPACT_FILL_RATE=50;COMPRESS=TRUE;" + SHARED;

    /** Whether a URL is the embedded database's. */
    static boolean embedded(String jdbc) {
        return jdbc.startsWith("jdbc:h2:");
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
        log.setLevel(java.util.logging.Level.WARNING);
        return log;
    }

    /**
     * The embedded database's URL under dataDir. H2 reads ';' in a URL as the start of settings (one
     * of which, INIT, runs SQL), and has no way to escape it in a file name, so a path holding one, or
     * a control character, is refused rather than pasted in.
     *
     * @throws IllegalArgumentException when the data directory's path holds such a character
     */
    static String defaultUrl(Path dataDir) {
        String file = dataDir.toAbsolutePath().normalize().resolve("db").resolve("monazite").toString();
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("the data directory " + dev.monazite.text.Texts.escape(dataDir.toString())
                        + " cannot hold the embedded database: its path contains "
                        + (c == ';' ? "';'" : "a control character")
                        + ", which a database URL cannot carry; use a --data directory without it "
                        + "(or --db for a PostgreSQL server)");
            }
        }
        return "jdbc:h2:file:" + file + ";" + H2_SETTINGS;
    }

    static Connection open(Path dataDir, String url) {
        String jdbc = url == null || url.isBlank() ? defaultUrl(dataDir) : url;
        try {
            if (jdbc.startsWith("jdbc:h2:")) {
                Files.createDirectories(dataDir.resolve("db"));
            }
            // Ours first: an embedded database closes (and compacts) when its last connection does, and
            // Flyway closes its own when it is done; opened after it, ours would open the file twice.
            Connection c = DriverManager.getConnection(jdbc, user(jdbc), password(jdbc));
            try {
                Flyway.configure().dataSource(jdbc, user(jdbc), password(jdbc)).locations("classpath:db/migration")
                        .loggers("auto").load().migrate();
                c.setAutoCommit(false);
            } catch (RuntimeException | SQLException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (Exception e) {
            throw new StoreException(explain(jdbc, e), e);
        }
    }

    private static String user(String jdbc) {
        return jdbc.startsWith("jdbc:h2:") ? "sa" : null;
    }

    private static String password(String jdbc) {
        return jdbc.startsWith("jdbc:h2:") ? "" : null;
    }

    static String explain(String jdbc, Throwable e) {
        String all = chain(e);
        String where = where(jdbc);
        // a failed write on a full disk can surface from H2 as a "corrupt" store error: check the disk first
        if (diskNearlyFull(jdbc) || all.contains("No space left") || all.contains("disk full")
                || all.contains("DISK_FULL") || all.contains("could not extend file")) {
            return where + " cannot grow: the disk is full. Free space and run the command again; "
                    + "nothing stored was changed";
        }
        if (all.contains("already in use") || all.contains("Locked by another process") || all.contains("lock")) {
            return where + " is in use by another Monazite process: wait for it to finish, or use another --data";
        }
        if (all.contains("corrupt") || all.contains("File corrupted") || all.contains("not a valid")
                || all.contains("Unsupported type") || all.contains("90030") || all.contains("MVStoreException")) {
            return where + " is corrupt: restore it from a backup, or move it away and run "
                    + "'monazite reextract' to rebuild it from the index";
        }
        if (all.contains("Connection refused") || all.contains("UnknownHost") || all.contains("password authentication")) {
            return "cannot connect to " + redact(jdbc) + ": " + firstLine(e) + " (check --db / MONAZITE_DB and the server)";
        }
        return "cannot open " + where + ": " + firstLine(e);
    }

    private static String where(String jdbc) {
        return jdbc.startsWith("jdbc:h2:file:") ? "the embedded database " + h2File(jdbc) + ".mv.db"
                : "the database " + redact(jdbc);
    }

    private static String h2File(String jdbc) {
        String rest = jdbc.substring("jdbc:h2:file:".length());
        int semi = rest.indexOf(';');
        return semi < 0 ? rest : rest.substring(0, semi);
    }

    private static boolean diskNearlyFull(String jdbc) {
        if (!jdbc.startsWith("jdbc:h2:file:")) {
            return false;
        }
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(h2File(jdbc)).toAbsolutePath().getParent();
            return dir != null && Files.getFileStore(dir).getUsableSpace() < 256 * 1024;
        } catch (Exception ignored) {
            return false;
        }
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                sb.append(sql.getNextException().getMessage()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    private static String redact(String jdbc) {
        return jdbc.replaceAll("password=[^&;]*", "password=***");
    }
}
