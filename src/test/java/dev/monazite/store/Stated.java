package dev.monazite.store;

import dev.monazite.article.Article;
import dev.monazite.article.Span;
import dev.monazite.facts.Fact;
import dev.monazite.index.StoredArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts as articles state them, saved to a real store, for tests of the views: each call to
 * {@link #article} is one article of one outlet, its facts one sentence each unless told otherwise.
 */
final class Stated {
    private Stated() {}

    /** A fact of the given type and fields ("k", "v", ...), with value, unit and date. */
    static Fact fact(String type, double value, String unit, String date, String... kv) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            fields.put(kv[i], kv[i + 1]);
        }
        return new Fact(type, fields, value, null, null, unit, date, new Fact.Evidence("", 1, 0, 0, ""), "test", 1);
    }

    static Fact trade(String commodity, String exporter, String importer, double tonnes, String date) {
        return fact("trade", tonnes, "t", date, "commodity", commodity, "exporter", exporter, "importer", importer);
    }

    static Fact price(String commodity, double value, String unit, String date) {
        return fact("price", value, unit, date, "commodity", commodity);
    }

    static Fact share(String subject, String metric, String commodity, String scope, double pct, String date) {
        return fact("share", pct, "%", date, "subject", subject, "metric", metric, "commodity", commodity, "scope", scope);
    }

    /**
     * Saves one article of the outlet, published on the day, stating the facts: each in a sentence
     * of its own ("sentence N of NAME"), so none share evidence.
     */
    static String article(FactStore store, String name, String outlet, String published, Fact... facts) {
        String id = id(name);
        List<Fact> placed = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < facts.length; i++) {
            String sentence = "sentence " + (i + 1) + " of " + name + ".";
            int start = text.length();
            text.append(sentence).append(' ');
            Fact f = facts[i];
            placed.add(new Fact(f.type(), f.fields(), f.value(), f.valueMin(), f.valueMax(), f.unit(), f.date(),
                    new Fact.Evidence(id, 1, start, start + sentence.length(), sentence), f.extractor(), f.confidence()));
        }
        return save(store, id, name, outlet, published, text.toString(), placed);
    }

    /** As {@link #article}, every fact read from the one sentence given. */
    static String oneSentence(FactStore store, String name, String outlet, String published, String sentence,
                              Fact... facts) {
        String id = id(name);
        List<Fact> placed = new ArrayList<>();
        for (Fact f : facts) {
            placed.add(new Fact(f.type(), f.fields(), f.value(), f.valueMin(), f.valueMax(), f.unit(), f.date(),
                    new Fact.Evidence(id, 1, 0, sentence.length(), sentence), f.extractor(), f.confidence()));
        }
        return save(store, id, name, outlet, published, sentence, placed);
    }

    private static String save(FactStore store, String id, String name, String outlet, String published, String text,
                               List<Fact> facts) {
        Article a = new Article(id, name, outlet, LocalDateTime.parse(published + "T09:00"), null, "en",
                List.of(new Article.Paragraph(1, text, List.of(new Span(0, text.length())))));
        store.save(new StoredArticle(a, List.of(name + ".txt"), id, facts), List.of());
        store.commit();
        return id;
    }

    static String id(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
