package dev.monazite.digest;

import dev.monazite.lexicon.Lexicon;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.Lang;
import dev.monazite.quantity.Quantity;
import dev.monazite.quantity.QuantityFinder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a bullet says nothing its cited paragraphs do not: every number in it must be a number of
 * those paragraphs (read with either separator convention, or as the value of a quantity such as 55万 =
 * 550000), and every entity it names must be named there too, in any language.
 */
final class Grounding {
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,]\\p{Nd}+)*");
    private final Lexicon lexicon;

    Grounding(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Why the bullet is not grounded in the paragraphs, or null when it is. */
    String problem(String bullet, List<String> paragraphs, Lang lang) {
        List<BigDecimal> known = new ArrayList<>();
        Set<String> entities = new TreeSet<>();
        for (String p : paragraphs) {
            known.addAll(numbers(p, lang));
            lexicon.find(p).forEach(m -> entities.add(m.entity().id()));
        }
        Matcher m = NUMBER.matcher(bullet);
        while (m.find()) {
            if (readings(m.group()).stream().noneMatch(r -> contains(known, r))) {
                return "number " + m.group() + " is not in the cited paragraphs";
            }
        }
        for (Mention e : lexicon.find(bullet)) {
            if (!entities.contains(e.entity().id())) {
                return "entity " + e.text(bullet) + " is not in the cited paragraphs";
            }
        }
        return null;
    }

    /** Every number of the text: each digit run in every reading, and every quantity's value. */
    static List<BigDecimal> numbers(String text, Lang lang) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.addAll(readings(m.group()));
        }
        for (Quantity q : QuantityFinder.find(text, lang)) {
            add(out, q.value());
            if (q.min() != null) {
                add(out, q.min());
                add(out, q.max());
            }
        }
        return out;
    }

    // "2,582" is 2582 in English and 2.582 in Vietnamese; without knowing who wrote the bullet, both count.
    static List<BigDecimal> readings(String token) {
        List<BigDecimal> out = new ArrayList<>();
        parse(out, token.replace(",", ""));
        parse(out, token.replace(".", "").replace(',', '.'));
        return out;
    }

    private static void parse(List<BigDecimal> out, String s) {
        try {
            out.add(new BigDecimal(s));
        } catch (NumberFormatException e) {
            // "1.2.3" is no number in this reading; the other reading may still be
        }
    }

    private static void add(List<BigDecimal> out, double v) {
        if (Double.isFinite(v)) {
            out.add(BigDecimal.valueOf(v));
        }
    }

    private static boolean contains(List<BigDecimal> known, BigDecimal x) {
        return known.stream().anyMatch(k -> k.compareTo(x) == 0);
    }

    static Lang lang(String tag) {
        return Lang.of(tag);
    }
}
