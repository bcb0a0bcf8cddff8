package dev.monazite.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection to the store's database, schema up to date, for the stages that keep their own
 * tables beside the facts (the collector's sources): they live in the same database, so a team on
 * one PostgreSQL server shares them. Auto-commit is off.
 */
public final class StoreDatabase {
    private StoreDatabase() {}

    /**
     * Opens the database of dataDir (embedded H2) or at jdbcUrl.
     *
     * @throws StoreException when the database is in use, corrupt, full or unreachable
     */
    public static Connection open(Path dataDir, String jdbcUrl) {
        String url = jdbcUrl == null || jdbcUrl.isBlank() ? Database.defaultUrl(dataDir) : jdbcUrl;
        return Database.open(dataDir, url);
    }

    /** A store error for a failed statement, with the message users see for the database at jdbcUrl. */
    public static StoreException failed(Path dataDir, String jdbcUrl, SQLException e) {
        String url = jdbcUrl == null || jdbcUrl.isBlank() ? Database.defaultUrl(dataDir) : jdbcUrl;
        return new StoreException(Database.explain(url, e), e);
    }
}
