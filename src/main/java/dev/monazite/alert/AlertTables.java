package dev.monazite.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The watch, alert and alert_delivery tables (V8), and the article and mention rows a run reads. */
final class AlertTables {
    private final Connection db;

    AlertTables(Connection db) {
        this.db = db;
    }

    /** An article saved after a watch's mark. */
    record NewArticle(long num, String id, String title, String source, LocalDateTime published, String lang) {}

    /** A watch with the highest article number it has looked at. */
    record Marked(Watch watch, long mark) {}

    /** One delivery due: the alert, the channel, and how many times it was tried. */
    record Due(Alert alert, String channel, int attempts) {}

    void addWatch(Watch w, Instant now) throws SQLException {
        update("INSERT INTO watch (name, kind, spec, article_mark, created_at) VALUES (?,?,?,?,?)",
                w.name(), w.kind().id(), w.spec(), lastArticle(), ts(now));
    }

    long lastArticle() throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COALESCE(MAX(num), 0) FROM article");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<Marked> watches() throws SQLException {
        List<Marked> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT name, kind, spec, article_mark FROM watch ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Marked(new Watch(rs.getString(1), Watch.Kind.of(rs.getString(2)), rs.getString(3)),
                        rs.getLong(4)));
            }
        }
        return out;
    }

    Optional<Marked> watch(String name) throws SQLException {
        return watches().stream().filter(m -> m.watch().name().equals(name.strip())).findFirst();
    }

    /** Deletes the watch, its alerts and their deliveries; false when there was no such watch. */
    boolean removeWatch(String name) throws SQLException {
        update("DELETE FROM alert_delivery WHERE alert_num IN (SELECT num FROM alert WHERE watch = ?)", name);
        update("DELETE FROM alert WHERE watch = ?", name);
        return update("DELETE FROM watch WHERE name = ?", name) > 0;
    }

    void mark(String watch, long num) throws SQLException {
        update("UPDATE watch SET article_mark = ? WHERE name = ? AND article_mark < ?", num, watch, num);
    }

    List<NewArticle> articlesAfter(long num) throws SQLException {
        List<NewArticle> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT num, id, title, source, published, lang FROM article "
                + "WHERE num > ? ORDER BY num")) {
            ps.setLong(1, num);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp t = rs.getTimestamp(5);
                    out.add(new NewArticle(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            t == null ? null : t.toLocalDateTime(), rs.getString(6)));
                }
            }
        }
        return out;
    }

    /** The entities each article after num names, by article id. */
    Map<String, Set<String>> mentionsAfter(long num) throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT article_id, entity FROM mention WHERE article_num > ?")) {
            ps.setLong(1, num);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Records the alert unless its watch already has one with its key; its number, or -1 when it had. */
    long raise(Alert a) throws SQLException {
        if (has(a.watch(), a.key())) {
            return -1;
        }
        update("INSERT INTO alert (watch, akey, article_id, fact_id, title, source, published, evidence, matched, "
                        + "created_at) VALUES (?,?,?,?,?,?,?,?,?,?)", a.watch(), a.key(), a.articleId(), a.factId(),
                a.title(), a.source(), a.published() == null ? null : Timestamp.valueOf(a.published()), a.evidence(),
                a.matched(), ts(a.raised()));
        try (PreparedStatement ps = db.prepareStatement("SELECT num FROM alert WHERE watch = ? AND akey = ?")) {
            ps.setString(1, a.watch());
            ps.setString(2, a.key());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    boolean has(String watch, String key) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM alert WHERE watch = ? AND akey = ?")) {
            ps.setString(1, watch);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Alerts raised at or after since (all when null), newest first, at most limit. */
    List<Alert> alerts(Instant since, long afterNum, int limit) throws SQLException {
        String sql = "SELECT * FROM alert WHERE created_at >= ? AND num > ? ORDER BY num DESC";
        List<Alert> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setTimestamp(1, ts(since == null ? Instant.EPOCH : since));
            ps.setLong(2, afterNum);
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < limit) {
                    out.add(alert(rs));
                }
            }
        }
        return out;
    }

    long count(long afterNum) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM alert WHERE num > ?")) {
            ps.setLong(1, afterNum);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Alert alert(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published");
        return new Alert(rs.getLong("num"), rs.getString("watch"), rs.getString("akey"), rs.getString("article_id"),
                rs.getString("fact_id"), rs.getString("title"), rs.getString("source"),
                published == null ? null : published.toLocalDateTime(), rs.getString("evidence"),
                rs.getString("matched"), instant(rs.getTimestamp("created_at")));
    }

    void queue(long alertNum, String channel, Instant now) throws SQLException {
        update("INSERT INTO alert_delivery (alert_num, channel, state, attempts, next_try) VALUES (?,?,'pending',0,?)",
                alertNum, channel, ts(now));
    }

    /** Deliveries pending (or whose sender's lease ran out) and due by now, oldest first. */
    List<Due> due(Instant now) throws SQLException {
        List<Due> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT a.*, d.channel, d.attempts FROM alert_delivery d "
                + "JOIN alert a ON a.num = d.alert_num WHERE d.state IN ('pending', 'sending') AND d.next_try <= ? "
                + "ORDER BY a.num, d.channel")) {
            ps.setTimestamp(1, ts(now));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Due(alert(rs), rs.getString("channel"), rs.getInt("attempts")));
                }
            }
        }
        return out;
    }

    /**
     * Takes a delivery for sending until leaseEnd, unless another process took it first (its attempt
     * count moved on): whoever's update counts the attempt sends it.
     */
    boolean claim(Due d, Instant leaseEnd) throws SQLException {
        return update("UPDATE alert_delivery SET state = 'sending', attempts = attempts + 1, next_try = ? "
                + "WHERE alert_num = ? AND channel = ? AND attempts = ? AND state IN ('pending', 'sending')",
                ts(leaseEnd), d.alert().num(), d.channel(), d.attempts()) == 1;
    }

    void settle(Due d, String state, Instant nextTry, String error) throws SQLException {
        update("UPDATE alert_delivery SET state = ?, next_try = ?, last_error = ? WHERE alert_num = ? AND channel = ?",
                state, ts(nextTry), error, d.alert().num(), d.channel());
    }

    /** Delivery states by channel and state: "webhook sent" → 3. */
    Map<String, Long> deliveryCounts() throws SQLException {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT channel, state, COUNT(*) FROM alert_delivery "
                + "GROUP BY channel, state"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
            }
        }
        return out;
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    // Times are kept as UTC wall-clock times: TIMESTAMP has no zone in either database.
    static Timestamp ts(Instant t) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    static Instant instant(Timestamp t) {
        return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
