package dev.monazite.ingest;

import dev.monazite.article.Article;
import dev.monazite.text.LanguageDetector;
import dev.monazite.text.Normaliser;
import dev.monazite.text.SentenceSplitter;
import dev.monazite.text.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Turns a reader's raw article into an {@link Article}: whitespace tidied, repeated passages
 * dropped, language told, sentences split, paragraphs numbered, and a stable id derived from the
 * normalised content so the same article always gets the same id wherever it comes from.
 */
public final class ArticleBuilder {
    private static final int MAX_PARAGRAPH = 20_000;

    private ArticleBuilder() {}

    /** Returns null when nothing of the raw article is text. */
    public static Article build(RawArticle raw) {
        List<String> folded = new ArrayList<>();
        List<String> texts = distinctParagraphs(raw.paragraphs(), folded);
        String title = tidy(raw.title());
        if (texts.isEmpty() && title.isEmpty()) {
            return null;
        }
        List<Article.Paragraph> paragraphs = new ArrayList<>();
        for (String t : texts) {
            paragraphs.add(new Article.Paragraph(paragraphs.size() + 1, t, SentenceSplitter.split(t)));
        }
        String lang = withHint(LanguageDetector.detect(String.join("\n", texts.isEmpty() ? List.of(title) : texts)),
                raw.langHint());
        String id = idOfFolded(Normaliser.foldPreservingLength(title), folded);
        return new Article(id, title, tidyOrNull(raw.source()), raw.published(), raw.url(), lang, paragraphs);
    }

    // The text decides, except where it cannot: too little to tell ("other"), or which Chinese script a
    // story with few characters of either form is in; there the input's declared language does.
    static String withHint(String detected, String hint) {
        if (hint == null || hint.isBlank()) {
            return detected;
        }
        boolean bothChinese = detected.startsWith("zh") && hint.startsWith("zh");
        return detected.equals("other") || bothChinese ? hint : detected;
    }

    // Paragraphs are the citation anchors: a passage the page repeats is kept once, at its first place.
    // The folded copies go to foldedOut: the id is computed on them, and folding is per character.
    private static List<String> distinctParagraphs(List<String> raw, List<String> foldedOut) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String p : raw) {
            for (String piece : cap(tidy(p))) {
                String folded = Normaliser.foldPreservingLength(piece);
                if (!piece.isEmpty() && seen.add(folded)) {
                    out.add(piece);
                    foldedOut.add(folded);
                }
            }
        }
        return out;
    }

    // A pathological "paragraph" (a whole file on one line) is cut into bounded pieces at sentence ends.
    private static List<String> cap(String p) {
        if (p.length() <= MAX_PARAGRAPH) {
            return List.of(p);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < p.length()) {
            int end = Math.min(p.length(), start + MAX_PARAGRAPH);
            end = Texts.inward(p, end, false); // a piece never ends inside a surrogate pair
            pieces.add(p.substring(start, end).strip());
            start = end;
        }
        return pieces;
    }

    /**
     * Collapses runs of white space (including no-break and ideographic spaces) to one space, and
     * replaces lone surrogates (a JSON "\\ud800", a cut pair) with U+FFFD.
     */
    static String tidy(String s) {
        if (s == null) {
            return "";
        }
        if (alreadyTidy(s)) {
            return s; // most text: nothing to collapse, so no copy
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                space = true;
            } else if (Character.isSurrogate(c) && !paired(s, i)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(Texts.REPLACEMENT);
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // No white space but single ' ' between other characters (control characters take the long way).
    private static boolean alreadyTidy(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
                continue;
            }
            space = false;
            if (c < ' ' || c == '\u00A0' || c >= 0x80 && Character.isWhitespace(c)
                    || Character.isSurrogate(c) && !paired(s, i)) {
                return false;
            }
        }
        return true;
    }

    // Whether the surrogate at i is half of a whole pair.
    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String tidyOrNull(String s) {
        String t = tidy(s);
        return t.isEmpty() ? null : t;
    }

    /** The id: first 16 hex digits of SHA-256 over the folded body (the title when there is no body). */
    // Folding is per character, so folding the joined text or joining the folded pieces is the same.
    private static String idOfFolded(String title, List<String> paragraphs) {
        String basis = paragraphs.isEmpty() ? title : String.join("\n", paragraphs);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
