package dev.monazite.digest;

import dev.monazite.article.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The offline summariser: picks the most salient sentences of an article as "Core insights", then
 * the best remaining ones per theme, skipping any sentence too close to one already said in this
 * digest (novelty). Every bullet is a verbatim sentence of the paragraphs it cites. Deterministic:
 * ties are broken by position.
 */
final class ExtractiveSummariser {
    static final String CORE = "Core insights";
    /** Sentences sharing this much of their words (or Han bigrams) say the same thing. */
    static final double SAME = 0.5;
    private static final int CORE_MIN = 2, CORE_MAX = 4, PER_THEME = 3;
    private final SentencePicker picker;
    private final List<Set<String>> said = new ArrayList<>();

    ExtractiveSummariser(SentencePicker picker) {
        this.picker = picker;
    }

    /** The article's sections: Core insights, then the themes in taxonomy order; empty ones left out. */
    List<Digest.Section> summarise(Article a) {
        List<Candidate> ranked = new ArrayList<>(picker.candidates(a));
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::paragraph).thenComparingInt(Candidate::start));
        int coreSize = Math.max(CORE_MIN, Math.min(CORE_MAX, ranked.size() / 4));
        List<Candidate> core = new ArrayList<>();
        Map<Theme, List<Candidate>> groups = new EnumMap<>(Theme.class);
        for (Candidate c : ranked) {
            if (core.size() < coreSize) {
                take(c, core, coreSize);
            } else if (c.theme() != null) {
                take(c, groups.computeIfAbsent(c.theme(), t -> new ArrayList<>()), PER_THEME);
            }
        }
        List<Digest.Section> out = new ArrayList<>();
        section(CORE, core, a, out);
        groups.forEach((theme, bullets) -> section(theme.heading(), bullets, a, out));
        return out;
    }

    private void take(Candidate c, List<Candidate> into, int cap) {
        if (into.size() < cap && novel(c)) {
            into.add(c);
            said.add(c.shingles());
        }
    }

    private boolean novel(Candidate c) {
        for (Set<String> s : said) {
            if (Shingles.similarity(s, c.shingles()) >= SAME) {
                return false;
            }
        }
        return true;
    }

    private static void section(String heading, List<Candidate> picked, Article a, List<Digest.Section> out) {
        if (picked.isEmpty()) {
            return;
        }
        List<Candidate> ordered = new ArrayList<>(picked);
        ordered.sort(Comparator.comparingInt(Candidate::paragraph).thenComparingInt(Candidate::start));
        out.add(new Digest.Section(heading, ordered.stream().map(c -> bullet(c, a)).toList()));
    }

    // The same sentence printed twice in one article (a summary repeated in the body) is one bullet citing both.
    private static Digest.Bullet bullet(Candidate c, Article a) {
        List<Integer> cites = new ArrayList<>();
        for (Article.Paragraph p : a.paragraphs()) {
            if (p.n() == c.paragraph() || p.text().contains(c.text())) {
                cites.add(p.n());
            }
        }
        return new Digest.Bullet(c.text(), cites);
    }
}
