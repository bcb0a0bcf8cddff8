package dev.monazite.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.monazite.article.Json;
import dev.monazite.facts.Fact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The correction table, and corrections made to rows as they are read: a fact whose latest
 * correction rejects it is marked rejected, one it corrects is replaced by the corrected fact with
 * the original kept in its review, one it confirms is marked confirmed.
 */
final class Corrections {
    private static final TypeReference<LinkedHashMap<String, String>> CHANGES = new TypeReference<>() {};
    private static final String COLUMNS = "fact_id, fact_type, verdict, changes, note, author, made_at";
    private final Connection db;

    Corrections(Connection db) {
        this.db = db;
    }

    void record(Correction c, String evidence) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO correction (" + COLUMNS + ", evidence) "
                + "VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, c.factId());
            ps.setString(2, c.type());
            ps.setString(3, c.verdict().id());
            ps.setString(4, Json.MAPPER.writeValueAsString(c.changes()));
            ps.setString(5, c.note());
            ps.setString(6, c.author());
            ps.setTimestamp(7, Timestamp.from(c.at()));
            ps.setString(8, evidence);
            ps.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** Every correction in the order made, with the evidence it was made on. */
    List<Map.Entry<Correction, String>> all() throws SQLException {
        List<Map.Entry<Correction, String>> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS + ", evidence FROM correction ORDER BY num");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Map.entry(correction(rs), rs.getString("evidence") == null ? "" : rs.getString("evidence")));
            }
        }
        return out;
    }

    /** The correction in force for each corrected fact: the latest one. */
    Map<String, Correction> inForce() throws SQLException {
        Map<String, Correction> out = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS + " FROM correction ORDER BY num");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Correction c = correction(rs);
                out.put(c.factId(), c);
            }
        }
        return out;
    }

    boolean contains(Correction c) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT changes FROM correction WHERE fact_id = ? AND verdict = ? "
                + "AND author = ? AND made_at = ?")) {
            ps.setString(1, c.factId());
            ps.setString(2, c.verdict().id());
            ps.setString(3, c.author());
            ps.setTimestamp(4, Timestamp.from(c.at()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (changes(rs.getString(1)).equals(c.changes())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The row as the views see it after its correction, if any. */
    static FactRow apply(FactRow row, Map<String, Correction> inForce) {
        Correction c = inForce.get(FactId.of(row.fact()));
        if (c == null) {
            return row;
        }
        Fact original = row.fact();
        return new FactRow(c.applyTo(original), row.source(), row.published(), row.files(),
                new Review(c.verdict(), original, c.author(), c.at(), c.note()));
    }

    private static Correction correction(ResultSet rs) throws SQLException {
        return new Correction(rs.getString("fact_id"), rs.getString("fact_type"),
                Review.Verdict.valueOf(rs.getString("verdict").toUpperCase(java.util.Locale.ROOT)),
                changes(rs.getString("changes")), rs.getString("note"), rs.getString("author"),
                rs.getTimestamp("made_at").toInstant());
    }

    private static Map<String, String> changes(String json) throws SQLException {
        try {
            return Json.MAPPER.readValue(json, CHANGES);
        } catch (java.io.IOException e) {
            throw new SQLException("a stored correction's changes are not JSON: " + json, e);
        }
    }
}
