package dev.monazite.facts;

import dev.monazite.ingest.Article;
import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.DateFinder;
import dev.monazite.quantity.DateMention;
import dev.monazite.quantity.Lang;
import dev.monazite.quantity.Quantity;
import dev.monazite.quantity.QuantityFinder;
import dev.monazite.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the facts of an article, sentence by sentence: every figure the quantity finder sees is
 * offered to the rules of its kind (percentages to change and share, money to price and money,
 * masses to intensity, trade and quantity), and each sentence is checked for a dated policy act.
 * A figure whose kind of claim the sentence does not make clear yields no fact: precision first.
 */
public final class FactExtractor {
    public static final String VERSION = "facts-1";
    static final Set<Kind> ACTORS = Set.of(Kind.PLACE, Kind.COMPANY, Kind.BODY);
    static final Set<Kind> PLACES = Set.of(Kind.PLACE);
    static final Set<Kind> GOODS = Set.of(Kind.MATERIAL, Kind.ELEMENT);
    static final Set<String> NOT_SUBJECT = Set.of("WORLD");
    static final Set<String> NONE = Set.of();

    private final Lexicon lexicon;
    private final Rules rules;

    public FactExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.rules = new Rules();
    }

    /** Every fact the article states, de-duplicated, in reading order. */
    public List<Fact> extract(Article article) {
        Lang lang = lang(article.lang());
        LocalDate reference = article.published() == null ? null : article.published().toLocalDate();
        String carried = reference == null ? null : reference.toString();
        Map<String, Fact> out = new LinkedHashMap<>();
        addSentence(out, article, article.title(), 0, 0, lang, reference, carried);
        for (Article.Paragraph p : article.paragraphs()) {
            String paragraphDate = carried;
            for (Span s : p.sentences()) {
                String text = p.text().substring(s.start(), s.end());
                paragraphDate = addSentence(out, article, text, p.n(), s.start(), lang, reference, paragraphDate);
            }
        }
        return List.copyOf(out.values());
    }

    // Returns the date later sentences of the paragraph inherit: the last explicit one seen.
    private String addSentence(Map<String, Fact> out, Article a, String text, int paragraph, int offset, Lang lang,
                               LocalDate reference, String inherited) {
        if (text.isBlank() || text.length() > 5_000) {
            return inherited;
        }
        List<DateMention> dates = DateFinder.find(text, lang, reference);
        Sentence s = new Sentence(text, paragraph, offset, lexicon.find(text), QuantityFinder.find(text, lang), dates,
                inherited);
        for (Fact f : rules.apply(s, a.id())) {
            out.putIfAbsent(f.identity(), f);
        }
        for (DateMention d : dates) {
            if (d.explicitYear()) {
                inherited = d.value().contains("/") ? d.value().substring(0, d.value().indexOf('/')) : d.value();
            }
        }
        return inherited;
    }

    static Lang lang(String articleLang) {
        return switch (articleLang) {
            case "zh-Hans", "zh-Hant", "ja" -> Lang.ZH;
            case "en" -> Lang.EN;
            case "vi" -> Lang.VI;
            default -> Lang.OTHER;
        };
    }

    /** The owner country of a government body or programme, for policy actors and money subjects. */
    static String placeOf(Mention m) {
        String id = m.entity().id();
        if (m.entity().kind() == Kind.PLACE) {
            return id;
        }
        return switch (id) {
            case "MOFCOM", "GACC", "MIIT", "NDRC", "MNR", "MFA", "PBOC", "State Council" -> "CN";
            case "DoD", "DOE", "DOC", "USGS", "EXIM", "DFC", "White House", "Congress", "Project Vault", "MSP", "IRA",
                 "DPA Title III", "CMPA" -> "US";
            case "European Commission", "CRMA", "European Parliament" -> "EU";
            case "METI", "JOGMEC" -> "JP";
            default -> null;
        };
    }
}
