package dev.monazite.digest;

import dev.monazite.article.Article;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an article into candidate sentences and scores each by salience: position (news puts the point
 * first), entity density, number density and centrality (how much it shares with the rest of the
 * article). Text is only ever trimmed at its ends, so a candidate is always a substring of its paragraph.
 */
final class SentencePicker {
    // Export marks ("… [1][4]") cite the exporter's own sources, not ours; leading dashes are list marks.
    private static final Pattern TRAILING_MARKS = Pattern.compile("(?:\\s*\\[\\d{1,3}\\])+\\s*$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^(?:[-*•·]+\\s*|\\d{1,2}\\s+(?=\\p{Lu}))");
    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,]\\p{Nd}+)*");
    private static final Pattern CLAUSE = Pattern.compile("[\\p{Nd},，、;；:：。!！?？]");
    private static final double W_POSITION = 0.3, W_ENTITY = 0.2, W_NUMBER = 0.2, W_CENTRAL = 0.3;
    private final Lexicon lexicon;

    SentencePicker(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The article's candidate sentences in reading order, scored. */
    List<Candidate> candidates(Article a) {
        List<Draft> drafts = new ArrayList<>();
        for (Article.Paragraph p : a.paragraphs()) {
            for (Span s : spans(p)) {
                Draft d = draft(p, s);
                if (d != null) {
                    drafts.add(d);
                }
            }
        }
        double[] central = centrality(drafts);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            double score = W_POSITION * d.position + W_ENTITY * d.entities + W_NUMBER * d.numbers + W_CENTRAL * central[i];
            out.add(new Candidate(d.paragraph, d.start, d.text, d.shingles, Math.round(score * 1e9) / 1e9,
                    Theme.of(d.text)));
        }
        return out;
    }

    private static List<Span> spans(Article.Paragraph p) {
        return p.sentences().isEmpty() ? List.of(new Span(0, p.text().length())) : p.sentences();
    }

    private record Draft(int paragraph, int start, String text, java.util.Set<String> shingles, double position,
                         double entities, double numbers) {}

    private Draft draft(Article.Paragraph p, Span s) {
        String raw = dev.monazite.text.Texts.cut(p.text(), s.start(), s.end());
        Matcher tail = TRAILING_MARKS.matcher(raw);
        String trimmed = tail.find() ? raw.substring(0, tail.start()) : raw;
        Matcher head = LEADING_MARKS.matcher(trimmed);
        int cut = head.lookingAt() ? head.end() : 0;
        String text = trimmed.substring(cut).strip();
        if (!substantial(text)) {
            return null;
        }
        int start = s.start() + raw.indexOf(text);
        double position = 1.0 / (1 + 0.15 * (p.n() - 1));
        double entities = Math.min(3, lexicon.find(text).stream().map(m -> m.entity().id()).distinct().count()) / 3.0;
        double numbers = Math.min(3, NUMBER.matcher(text).results().count()) / 3.0;
        return new Draft(p.n(), start, text, Shingles.of(text), position, entities, numbers);
    }

    // Headings ("Core Insights", "稀土供应链与国防工业依赖") and scraps are not statements: a statement is long,
    // or has a number or clause punctuation.
    static boolean substantial(String text) {
        long han = text.codePoints().filter(Shingles::cjk).count();
        long words = text.split("\\s+").length;
        boolean marked = CLAUSE.matcher(text).find();
        return han >= 18 || (han >= 10 && marked) || words >= 8 || (words >= 6 && marked);
    }

    private static double[] centrality(List<Draft> drafts) {
        double[] c = new double[drafts.size()];
        double max = 0;
        for (int i = 0; i < drafts.size(); i++) {
            for (int j = 0; j < drafts.size(); j++) {
                if (i != j) {
                    c[i] += Shingles.similarity(drafts.get(i).shingles, drafts.get(j).shingles);
                }
            }
            max = Math.max(max, c[i]);
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = max == 0 ? 0 : c[i] / max;
        }
        return c;
    }
}
