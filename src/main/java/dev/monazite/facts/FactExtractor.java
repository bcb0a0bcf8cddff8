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
import dev.monazite.text.Normaliser;
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

    public FactExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Every fact the article states, de-duplicated, in reading order. */
    public List<Fact> extract(Article article) {
        return extract(article, m -> { });
    }

    /**
     * Every fact the article states; each entity mention met on the way is also handed to named, so
     * callers that need the article's entities need no second lexicon pass.
     */
    public List<Fact> extract(Article article, java.util.function.Consumer<Mention> named) {
        Lang lang = lang(article.lang());
        LocalDate published = article.published() == null ? null : article.published().toLocalDate();
        Context context = new Context(published);
        Rules rules = new Rules(); // per article: rules carry what earlier sentences said (the last exporter)
        Map<Fact.Identity, Fact> out = new LinkedHashMap<>();
        addSentence(out, rules, article, article.title(), 0, 0, lang, context, named);
        for (Article.Paragraph p : article.paragraphs()) {
            for (Span s : p.sentences()) {
                addSentence(out, rules, article, p.text().substring(s.start(), s.end()), p.n(), s.start(), lang, context,
                        named);
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * What earlier sentences tell later ones: the last explicit date (a figure with no date of its
     * own is about it), and, for an article without a date line, the year the text itself gives, so
     * that "6 February" after "early 2026" reads as 2026-02-06 and nothing is guessed beyond the text.
     */
    static final class Context {
        final LocalDate published;
        String lastDate;
        Integer textYear;

        Context(LocalDate published) {
            this.published = published;
            this.lastDate = published == null ? null : published.toString();
        }

        LocalDate reference() {
            if (published != null) {
                return published;
            }
            return textYear == null ? null : LocalDate.of(textYear, 12, 31);
        }

        void saw(List<DateMention> dates) {
            for (DateMention d : dates) {
                String v = d.value().contains("/") ? d.value().substring(0, d.value().indexOf('/')) : d.value();
                if (d.explicitYear() || published != null || textYear != null) {
                    lastDate = v;
                }
                if (d.explicitYear() && published == null) {
                    // the latest year the text names: news reports the recent past against older figures
                    int year = Integer.parseInt(v.substring(0, 4));
                    textYear = textYear == null ? year : Math.max(textYear, year);
                }
            }
        }
    }

    private void addSentence(Map<Fact.Identity, Fact> out, Rules rules, Article a, String text, int paragraph, int offset,
                             Lang lang, Context context, java.util.function.Consumer<Mention> named) {
        if (text.isBlank() || text.length() > 5_000) {
            // an overlong "sentence" is a run of text, not a statement: its entities count, no facts
            lexicon.find(text).forEach(named);
            return;
        }
        // one fold for the three finders and the rules: offsets are the same in text and folded
        String folded = Normaliser.foldPreservingLength(text);
        List<DateMention> dates = DateFinder.findFolded(folded, lang, context.reference());
        List<Mention> mentions = lexicon.find(text, folded);
        mentions.forEach(named);
        List<Quantity> quantities = QuantityFinder.find(text, folded, lang, dates);
        Sentence s = new Sentence(text, folded, paragraph, offset, mentions, quantities, dates, context.lastDate);
        s.publishedOrNull = context.published == null ? null : context.published.toString();
        for (Fact f : rules.apply(s, a.id())) {
            out.putIfAbsent(f.identity(), f);
        }
        context.saw(dates);
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
