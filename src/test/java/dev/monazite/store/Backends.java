package dev.monazite.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * The databases the store tests run on: embedded H2 always, and a real PostgreSQL server when
 * MONAZITE_TEST_PG names one (.ci/run installs and starts one and sets it). Each PostgreSQL test
 * gets a database of its own.
 */
public final class Backends {
    public static final String PG_ENV = "MONAZITE_TEST_PG";

    private Backends() {}

    public static String postgres() {
        return System.getenv(PG_ENV);
    }

    /** Creates a fresh database on the server and returns its JDBC URL. */
    public static String freshPostgres() throws Exception {
        String base = postgres();
        String name = "monazite_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        int q = base.indexOf('?');
        String prefix = base.substring(0, base.lastIndexOf('/', q < 0 ? base.length() : q) + 1);
        return prefix + name + (q < 0 ? "" : base.substring(q));
    }
}
