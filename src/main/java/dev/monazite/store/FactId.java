package dev.monazite.store;

import dev.monazite.facts.Fact;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fact's stable id: the first 12 characters of its article's id, a dash, and 8 characters of a
 * hash of where it is stated (paragraph and span) and what it claims (its type, its anchor fields,
 * value and unit). The date and where it came from, the free-text fields and the role (target,
 * threshold) stay out: a better date or role rule or a reworded object must not orphan an analyst's
 * correction. Reextracting the
 * same article gives the same id to the same reading, so a correction keyed by it survives reextract
 * and re-ingest.
 */
public final class FactId {
    private static final int ARTICLE_CHARS = 12;

    private FactId() {}

    public static String of(Fact f) {
        return article(f.evidence().article()) + "-" + hash(key(f));
    }

    /** The part of an id that names the article, for finding its facts. */
    public static String articlePrefix(String factId) {
        int dash = factId.indexOf('-');
        return dash < 0 ? factId : factId.substring(0, dash);
    }

    /** Whether the text has the shape of a fact id, so a mistyped one gets a clear message. */
    public static boolean wellFormed(String text) {
        return text != null && text.matches("[0-9a-f]{1,12}-[0-9a-f]{8}");
    }

    /**
     * The id, when it has the shape of one.
     *
     * @throws IllegalArgumentException saying what an id looks like and where to find one
     */
    public static String check(String text) {
        if (!wellFormed(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a fact id: ids look like 3f9a0c1d2e4b-7c1e9a20 "
                    + "(see the id column of `monazite facts` or the facts table)");
        }
        return text;
    }

    // What the fact is about and says, without its date and free text: see the class comment.
    static String key(Fact f) {
        Fact.Evidence e = f.evidence();
        Map<String, String> anchors = new TreeMap<>();
        f.fields().forEach((k, v) -> {
            if (!k.equals("measure") && !k.equals("object") && !k.equals("role") && !k.equals("dated")) {
                anchors.put(k, v.toLowerCase(Locale.ROOT));
            }
        });
        return e.article() + "|" + e.paragraph() + "|" + e.start() + "|" + e.end() + "|" + f.type() + anchors + "="
                + number(f.value()) + "|" + number(f.valueMin()) + "|" + number(f.valueMax()) + "|" + f.unit();
    }

    private static String article(String id) {
        return id.length() <= ARTICLE_CHARS ? id : id.substring(0, ARTICLE_CHARS);
    }

    private static String number(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.4g", v);
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
