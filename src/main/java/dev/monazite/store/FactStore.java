package dev.monazite.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.monazite.facts.Fact;
import dev.monazite.article.Json;
import dev.monazite.index.StoredArticle;
import dev.monazite.article.Article;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles' metadata and their facts with provenance, in SQL. Saving an article replaces what
 * was stored for it (its files, mentions and facts) in one transaction, so re-ingesting or
 * re-extracting never duplicates a fact, and a failure leaves the previous state intact.
 */
public final class FactStore implements AutoCloseable {
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {};
    private static final String SELECT_FACTS = "SELECT f.*, a.source AS a_source, a.published AS a_published "
            + "FROM fact f JOIN article a ON a.id = f.article_id WHERE 1=1";
    private final Connection db;
    private final String url;

    private FactStore(Connection db, String url) {
        this.db = db;
        this.url = url;
    }

    /**
     * Opens the store: embedded H2 under dataDir/db, or the database at jdbcUrl when one is given.
     *
     * @throws StoreException when the database is in use, corrupt, full or unreachable
     */
    public static FactStore open(Path dataDir, String jdbcUrl) {
        String url = jdbcUrl == null || jdbcUrl.isBlank() ? Database.defaultUrl(dataDir) : jdbcUrl;
        return new FactStore(Database.open(dataDir, url), url);
    }

    /**
     * Checks, before anything is written, that the store can live where it is asked to.
     *
     * @throws IllegalArgumentException when the embedded database cannot use the data directory's path
     */
    public static void checkLocation(Path dataDir, String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            Database.defaultUrl(dataDir);
        }
    }

    /**
     * Stores (or replaces) one article with its files, the entities it names and its facts.
     *
     * @throws StoreException when the database fails; {@link StoreException#articleOnly()} when it
     *     refused this article's data alone, which is then rolled back while earlier saves stand
     */
    public void save(StoredArticle stored, List<String> entities) {
        Savepoint before = null;
        try {
            before = db.setSavepoint();
            writeBatch(List.of(new Saved(stored, entities, true)));
            db.releaseSavepoint(before);
        } catch (SQLException e) {
            if (before != null && refusedData(e) && rolledBackTo(before)) {
                throw new StoreException("the database refused it: " + firstLine(e), e, true);
            }
            rollbackQuietly();
            throw new StoreException(Database.explain(url, e), e);
        }
    }

    /** One article to save: its stored form, the entities it names, and whether the store may hold it already. */
    public record Saved(StoredArticle stored, List<String> entities, boolean replaces) {}

    /** An article the store refused, with the reason; the others of its batch were saved. */
    public record Refused(StoredArticle stored, String reason) {
        /** Quarantines the article at the store stage, so later runs skip it (see 'monazite doctor'). */
        public dev.monazite.ingest.Quarantine.Item setAside(dev.monazite.ingest.Quarantine quarantine) {
            return StoreSync.quarantine(quarantine, stored, "not saved in the fact store: " + reason);
        }
    }

    /**
     * Saves a batch of articles with JDBC batches: one statement of each kind for the whole batch,
     * deletes only for the articles the store may hold already. When the database refuses the batch,
     * it is saved again article by article ({@link #save}), so one bad article costs only itself.
     * Nothing is committed here: the caller commits when its other stores (the index) have.
     *
     * @return the articles refused (rolled back alone)
     * @throws StoreException when the database itself fails
     */
    public List<Refused> saveAll(java.util.Collection<Saved> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Savepoint before = null;
        try {
            before = db.setSavepoint();
            writeBatch(batch);
            db.releaseSavepoint(before);
            return List.of();
        } catch (SQLException e) {
            if (before == null || !rolledBackTo(before)) {
                rollbackQuietly();
                throw new StoreException(Database.explain(url, e), e);
            }
        }
        List<Refused> refused = new ArrayList<>();
        for (Saved s : batch) {
            try {
                save(s.stored(), s.entities());
            } catch (StoreException e) {
                if (!e.articleOnly()) {
                    throw e;
                }
                refused.add(new Refused(s.stored(), e.getMessage()));
            }
        }
        return refused;
    }

    // Deletes what the store may hold of the batch, then inserts every row with one statement of each
    // kind. Articles are numbered in the order saved, and their rows keyed by that number (see V4).
    private void writeBatch(java.util.Collection<Saved> batch) throws SQLException {
        List<String> replaced = batch.stream().filter(Saved::replaces).map(s -> s.stored().article().id()).toList();
        if (!replaced.isEmpty()) {
            for (String table : List.of("fact", "mention", "article_file")) {
                try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table
                        + " WHERE article_num = (SELECT num FROM article WHERE id = ?)")) {
                    addEach(ps, replaced);
                }
            }
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM article WHERE id = ?")) {
                addEach(ps, replaced);
            }
        }
        long num;
        try (PreparedStatement ps = db.prepareStatement("SELECT COALESCE(MAX(num), 0) FROM article");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            num = rs.getLong(1);
        }
        try (PreparedStatement articles = db.prepareStatement(INSERT_ARTICLE);
             PreparedStatement files = db.prepareStatement(INSERT_FILE);
             PreparedStatement mentions = db.prepareStatement(INSERT_MENTION);
             PreparedStatement facts = db.prepareStatement(INSERT_FACT)) {
            for (Saved s : batch) {
                String id = s.stored().article().id();
                bindArticle(articles, ++num, s.stored());
                articles.addBatch();
                addRows(files, num, id, s.stored().files());
                addRows(mentions, num, id, s.entities().stream().distinct().toList());
                int seq = 0;
                for (Fact f : s.stored().facts()) {
                    bindFact(facts, num, id, seq++, f);
                    facts.addBatch();
                }
            }
            articles.executeBatch();
            files.executeBatch();
            mentions.executeBatch();
            facts.executeBatch();
        }
    }

    private static void addEach(PreparedStatement ps, List<String> ids) throws SQLException {
        for (String id : ids) {
            ps.setString(1, id);
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private static void addRows(PreparedStatement ps, long num, String id, List<String> values) throws SQLException {
        for (String v : values) {
            ps.setLong(1, num);
            ps.setString(2, id);
            ps.setString(3, v);
            ps.addBatch();
        }
    }


    private static void bindArticle(PreparedStatement ps, long num, StoredArticle stored) throws SQLException {
        Article a = stored.article();
        ps.setLong(1, num);
        ps.setString(2, a.id());
        ps.setString(3, a.title());
        ps.setString(4, a.source());
        ps.setTimestamp(5, a.published() == null ? null : Timestamp.valueOf(a.published()));
        ps.setString(6, a.lang());
        ps.setString(7, stored.cluster());
        ps.setString(8, dev.monazite.facts.FactExtractor.VERSION);
    }

    private static final String INSERT_ARTICLE =
            "INSERT INTO article (num, id, title, source, published, lang, story, extractor) VALUES (?,?,?,?,?,?,?,?)";
    private static final String INSERT_FILE = "INSERT INTO article_file (article_num, article_id, file) VALUES (?,?,?)";
    private static final String INSERT_MENTION = "INSERT INTO mention (article_num, article_id, entity) VALUES (?,?,?)";
    private static final String INSERT_FACT = "INSERT INTO fact (article_num, article_id, seq, type, claim, "
            + "fields, subject, commodity, place_a, place_b, val, val_min, val_max, unit, fact_date, paragraph, "
            + "span_start, span_end, evidence, extractor, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    // SQL states for what one row's data caused: data exceptions (22: too long, bad character, out of
    // range), integrity constraints (23) and program limits such as an index entry too large (54).
    private static boolean refusedData(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"))) {
                return true;
            }
        }
        return false;
    }

    private boolean rolledBackTo(Savepoint savepoint) {
        try {
            db.rollback(savepoint);
            return true;
        } catch (SQLException ignored) {
            return false; // the whole transaction goes, as for any other failure
        }
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return dev.monazite.text.Texts.label(nl > 0 ? m.substring(0, nl) : m, 300);
    }

    /**
     * Makes everything saved since the last commit durable: on disk when this returns, so a commit
     * made after it elsewhere (the index's) can count on it.
     */
    public void commit() {
        try {
            db.commit();
            if (Database.embedded(url)) {
                try (java.sql.Statement st = db.createStatement()) {
                    st.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException(Database.explain(url, e), e);
        }
    }




    private static void bindFact(PreparedStatement ps, long num, String id, int seq, Fact f) throws SQLException {
        Map<String, String> m = f.fields();
        ps.setLong(1, num);
        ps.setString(2, id);
        ps.setInt(3, seq);
        ps.setString(4, f.type());
        ps.setString(5, Claims.claim(f));
        ps.setString(6, json(m));
        List<String> columns = FactFilter.columns(f);
        for (int i = 0; i < columns.size(); i++) {
            ps.setString(7 + i, columns.get(i));
        }
        setDouble(ps, 11, f.value());
        setDouble(ps, 12, f.valueMin());
        setDouble(ps, 13, f.valueMax());
        ps.setString(14, f.unit());
        ps.setString(15, f.date());
        ps.setInt(16, f.evidence().paragraph());
        ps.setInt(17, f.evidence().start());
        ps.setInt(18, f.evidence().end());
        ps.setString(19, f.evidence().text());
        ps.setString(20, f.extractor());
        ps.setDouble(21, f.confidence());
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static String json(Map<String, String> m) {
        try {
            return Json.MAPPER.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    /** Facts matching the filter with their provenance, in article-date then paragraph order. */
    public List<FactRow> facts(FactFilter f) {
        StringBuilder sql = new StringBuilder(SELECT_FACTS);
        List<String> args = new ArrayList<>();
        where(sql, args, f.type(), "f.type = ?");
        where(sql, args, f.commodity(), "f.commodity = ?");
        where(sql, args, f.subject(), "f.subject = ?");
        if (f.place() != null) {
            sql.append(" AND (f.subject = ? OR f.place_a = ? OR f.place_b = ?)");
            args.add(f.place());
            args.add(f.place());
            args.add(f.place());
        }
        where(sql, args, f.source() == null ? null : "%" + f.source().toLowerCase(java.util.Locale.ROOT) + "%",
                "LOWER(a.source) LIKE ?");
        where(sql, args, f.from(), "f.fact_date >= ?");
        where(sql, args, f.to() == null ? null : f.to() + "\uffff", "f.fact_date <= ?");
        if (f.file() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_file af WHERE af.article_num = f.article_num AND "
                    + "(af.file = ? OR af.file LIKE ?))");
            args.add(f.file());
            args.add("%/" + f.file());
        }
        sql.append(" ORDER BY a.published, f.article_id, f.seq");
        return reviewed(query(sql.toString(), args), f::matches, f.fieldsRead());
    }

    /** The facts one article states, in reading order, rejected ones too (marked so). */
    public List<FactRow> factsOf(String articleId) {
        return factsOf(articleId, corrections(Corrections::inForce));
    }

    private List<FactRow> factsOf(String articleId, Map<String, Correction> inForce) {
        return query(SELECT_FACTS + " AND f.article_num = (SELECT num FROM article WHERE id = ?) ORDER BY f.seq",
                List.of(articleId)).stream().map(r -> Corrections.apply(r, inForce)).toList();
    }

    /** Facts in which the entity is subject, commodity or application, or a party or place. */
    public List<FactRow> factsAbout(String entityId) {
        return reviewed(query(SELECT_FACTS + " AND (f.subject = ? OR f.commodity = ? OR f.place_a = ? OR f.place_b = ?)"
                + " ORDER BY a.published, f.article_id, f.seq", List.of(entityId, entityId, entityId, entityId)),
                r -> FactFilter.columns(r.fact()).contains(entityId), FactFilter.COLUMN_FIELDS);
    }

    /** The fact with this id as the views see it, rejected or not; empty when no stored fact has it. */
    public java.util.Optional<FactRow> fact(String id) {
        return fact(id, corrections(Corrections::inForce));
    }

    private java.util.Optional<FactRow> fact(String id, Map<String, Correction> inForce) {
        String prefix = FactId.articlePrefix(FactId.check(id));
        for (String article : articlesStartingWith(prefix)) {
            for (FactRow r : factsOf(article, inForce)) {
                if (r.id().equals(id)) {
                    return java.util.Optional.of(r);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Records what an analyst says of a stored fact, and returns the fact as the views now see it.
     *
     * @throws IllegalArgumentException when no stored fact has the id, or a change names a field the
     *     fact's type lacks or a value it cannot hold
     */
    public FactRow review(String id, Review.Verdict verdict, Map<String, String> changes, String note, String author) {
        FactRow row = fact(id).orElseThrow(() -> new IllegalArgumentException("no stored fact has the id '" + id
                + "'; list ids with `monazite facts` (the id column), or check the data directory"));
        Fact original = row.review() == null ? row.fact() : row.review().original();
        Correction c = new Correction(id, original.type(), verdict, changes, note, author, java.time.Instant.now());
        corrections(t -> {
            t.record(c, original.evidence().text());
            return null;
        });
        commit();
        return fact(id).orElseThrow();
    }

    /** Every correction made, oldest first, each with the evidence it was made on. */
    public List<Map.Entry<Correction, String>> corrections() {
        return corrections(Corrections::all);
    }

    /**
     * Adds corrections made elsewhere (a colleague's export); one already held is not added again.
     *
     * @return how many were new
     */
    public int importCorrections(List<Map.Entry<Correction, String>> imported) {
        int added = corrections(t -> {
            int n = 0;
            for (Map.Entry<Correction, String> c : imported) {
                if (!t.contains(c.getKey())) {
                    t.record(c.getKey(), c.getValue());
                    n++;
                }
            }
            return n;
        });
        commit();
        return added;
    }

    private interface CorrectionWork<T> {
        T run(Corrections table) throws SQLException;
    }

    private <T> T corrections(CorrectionWork<T> work) {
        try {
            return work.run(new Corrections(db));
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException(Database.explain(url, e), e);
        }
    }

    // Rows read with a filter, as the views see them: rejected facts go, corrected ones are checked
    // against the filter again (a correction can move a fact out of it), and facts a correction moved
    // into the filter are added. Only a correction of a field the filter reads can have moved a fact
    // in: only those are looked up, so a view costs no query per correction.
    private List<FactRow> reviewed(List<FactRow> rows, java.util.function.Predicate<FactRow> filter,
                                   java.util.Set<String> fieldsRead) {
        Map<String, Correction> inForce = corrections(Corrections::inForce);
        if (inForce.isEmpty()) {
            return rows;
        }
        List<FactRow> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FactRow r : rows) {
            FactRow v = Corrections.apply(r, inForce);
            seen.add(v.id());
            if (v.review() == null || (v.vouched() && filter.test(v))) {
                out.add(v);
            }
        }
        boolean added = false;
        for (Correction c : inForce.values()) {
            if (c.verdict() == Review.Verdict.CORRECTED && !seen.contains(c.factId())
                    && !java.util.Collections.disjoint(c.changes().keySet(), fieldsRead)) {
                java.util.Optional<FactRow> moved = fact(c.factId(), inForce).filter(filter);
                added |= moved.isPresent();
                moved.ifPresent(out::add);
            }
        }
        if (added) {
            out.sort(java.util.Comparator.comparing(FactRow::published, java.util.Comparator.nullsFirst(
                    java.util.Comparator.naturalOrder())).thenComparing(r -> r.fact().evidence().article())
                    .thenComparingInt(r -> r.fact().evidence().paragraph()).thenComparingInt(r -> r.fact().evidence().start()));
        }
        return out;
    }

    private List<String> articlesStartingWith(String prefix) {
        List<String> out = new ArrayList<>();
        for (List<Object> row : rows("SELECT id FROM article WHERE id LIKE ?", prefix + "%")) {
            out.add((String) row.get(0));
        }
        return out;
    }

    private static void where(StringBuilder sql, List<String> args, String value, String clause) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            args.add(value);
        }
    }

    private List<FactRow> query(String sql, List<String> args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            List<FactRow> out = new ArrayList<>();
            Map<String, List<String>> files = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String article = rs.getString("article_id");
                    out.add(new FactRow(fact(rs), rs.getString("a_source"), timestamp(rs, "a_published"),
                            files.computeIfAbsent(article, this::filesOf)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Database.explain(url, e), e);
        }
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        Map<String, String> fields;
        try {
            fields = Json.MAPPER.readValue(rs.getString("fields"), FIELDS);
        } catch (java.io.IOException e) {
            throw new SQLException("stored fields of fact " + rs.getInt("seq") + " of article " + rs.getString("article_id")
                    + " are not JSON", e);
        }
        return new Fact(rs.getString("type"), fields, dbl(rs, "val"), dbl(rs, "val_min"), dbl(rs, "val_max"),
                rs.getString("unit"), rs.getString("fact_date"),
                new Fact.Evidence(rs.getString("article_id"), rs.getInt("paragraph"), rs.getInt("span_start"),
                        rs.getInt("span_end"), rs.getString("evidence")),
                rs.getString("extractor"), rs.getDouble("confidence"));
    }

    private static Double dbl(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    private static LocalDateTime timestamp(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toLocalDateTime();
    }

    private List<String> filesOf(String article) {
        try (PreparedStatement ps = db.prepareStatement("SELECT file FROM article_file WHERE article_num = "
                + "(SELECT num FROM article WHERE id = ?) ORDER BY file")) {
            ps.setString(1, article);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Database.explain(url, e), e);
        }
    }

    /**
     * How an article saved now is held: "extractor:file count". {@link #saved} gives the same for
     * what the store holds, so the two compare.
     */
    public static String state(StoredArticle article) {
        return dev.monazite.facts.FactExtractor.VERSION + ":" + article.files().size();
    }

    private static final String STATES = "SELECT a.id, a.extractor || ':' || (SELECT COUNT(*) FROM article_file f "
            + "WHERE f.article_num = a.num) FROM article a";

    /** How the store holds these articles ({@link #state}), for those it holds. Read by primary key, in chunks. */
    public Map<String, String> saved(java.util.Collection<String> ids) {
        Map<String, String> out = new java.util.HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            states(STATES + " WHERE a.id IN (" + marks + ")", out, chunk.toArray(String[]::new));
        }
        return out;
    }

    /** How the store holds every article it holds ({@link #state}), by id. */
    public Map<String, String> savedAll() {
        return states(STATES, new java.util.HashMap<>());
    }

    private Map<String, String> states(String sql, Map<String, String> out, String... args) {
        for (List<Object> row : rows(sql, args)) {
            out.put((String) row.get(0), (String) row.get(1));
        }
        return out;
    }

    /**
     * The store's connection, for a stage that keeps tables of its own beside the facts (watches and
     * alerts, see V8): it reads and writes them in the store's transaction and commits with {@link #commit}.
     */
    public Connection connection() {
        return db;
    }

    /** Row counts: articles, facts, distinct claims, mentions. */
    public Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("articles", scalar("SELECT COUNT(*) FROM article"));
        out.put("facts", scalar("SELECT COUNT(*) FROM fact"));
        out.put("claims", scalar("SELECT COUNT(DISTINCT claim) FROM fact"));
        out.put("mentions", scalar("SELECT COUNT(*) FROM mention"));
        out.put("corrections", scalar("SELECT COUNT(*) FROM correction"));
        return out;
    }

    long scalar(String sql, String... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(Database.explain(url, e), e);
        }
    }

    /** An article's title, or null when the store does not hold the article; the chain model cites articles by title. */
    public String title(String articleId) {
        List<List<Object>> r = rows("SELECT title FROM article WHERE id = ?", articleId);
        return r.isEmpty() ? null : (String) r.get(0).get(0);
    }

    /** Rows of (column values) for a read-only query with string parameters; used by the views. */
    List<List<Object>> rows(String sql, String... args) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<List<Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(n);
                    for (int c = 1; c <= n; c++) {
                        row.add(rs.getObject(c));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Database.explain(url, e), e);
        }
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original error is the one worth reporting
        }
    }

    @Override
    public void close() {
        try {
            db.rollback(); // anything not committed is dropped, as a crash would drop it
            db.close();
        } catch (SQLException e) {
            throw new StoreException(Database.explain(url, e), e);
        }
    }
}
