package dev.monazite.facts;

import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.DateMention;
import dev.monazite.quantity.Quantity;
import dev.monazite.text.Normaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence prepared for the fact rules: its text and folded text, the entities, quantities
 * and dates found in it, its clause boundaries, and the date it inherits from earlier sentences.
 */
final class Sentence {
    final String text;
    final String folded;
    final List<Mention> mentions;
    final List<Quantity> quantities;
    final List<DateMention> dates;
    final String inheritedDate;
    final int paragraph;
    final int offset;
    private final List<int[]> clauses;

    /** @param folded {@link Normaliser#foldPreservingLength}(text), which the finders read too */
    Sentence(String text, String folded, int paragraph, int offset, List<Mention> mentions, List<Quantity> quantities,
             List<DateMention> dates, String inheritedDate) {
        this.text = text;
        this.folded = folded;
        this.paragraph = paragraph;
        this.offset = offset;
        this.mentions = mentions;
        this.quantities = quantities;
        this.dates = dates;
        this.inheritedDate = inheritedDate;
        this.clauses = clauses(text);
    }

    // Clauses end at Chinese commas and semicolons, at ", " in Latin text (not "2,582"), and at the
    // spaces that separate clauses in Chinese summaries.
    private static List<int[]> clauses(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean cut = c == '，' || c == '；' || c == ';' || c == '：'
                    || (c == ',' && i + 1 < s.length() && s.charAt(i + 1) == ' ')
                    // Chinese text often uses ASCII commas without a space
                    || (c == ',' && i > 0 && i + 1 < s.length() && (isHan(s.charAt(i - 1)) || isHan(s.charAt(i + 1))))
                    || (c == ' ' && i > 0 && i + 1 < s.length() && isHan(s.charAt(i - 1)) && isHan(s.charAt(i + 1)));
            if (cut) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        out.add(new int[] {start, s.length()});
        return out;
    }

    static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }

    /** The clauses as [start, end) pairs. */
    List<int[]> clauses() {
        return clauses;
    }

    /** The clause [start, end) containing position pos. */
    int[] clauseAt(int pos) {
        for (int[] c : clauses) {
            if (pos >= c[0] && pos < c[1]) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }

    String foldedClause(int pos) {
        int[] c = clauseAt(pos);
        return folded.substring(c[0], c[1]);
    }

    /** The evidence span for a figure: its clause, widened to the sentence start when the clause lacks a subject. */
    int[] evidenceAround(int pos) {
        return clauseAt(pos);
    }

    /** The nearest mention of one of the kinds ending before pos, or null. */
    Mention before(int pos, Set<Kind> kinds, Set<String> skipIds) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.end() <= pos && kinds.contains(m.entity().kind()) && !skipIds.contains(m.entity().id())) {
                best = m;
            }
        }
        return best;
    }

    /** The nearest mention of one of the kinds starting after pos, or null. */
    Mention after(int pos, Set<Kind> kinds, Set<String> skipIds) {
        for (Mention m : mentions) {
            if (m.start() >= pos && kinds.contains(m.entity().kind()) && !skipIds.contains(m.entity().id())) {
                return m;
            }
        }
        return null;
    }

    /** The date for a figure at pos: in its clause, else earlier in the sentence, else later, else inherited. */
    String dateFor(int pos) {
        int[] clause = clauseAt(pos);
        DateMention inClause = null, beforeIt = null, afterIt = null;
        for (DateMention d : dates) {
            if (d.start() >= clause[0] && d.end() <= clause[1]) {
                if (inClause == null || Math.abs(d.start() - pos) < Math.abs(inClause.start() - pos)) {
                    inClause = d;
                }
            } else if (d.end() <= pos) {
                beforeIt = d;
            } else if (afterIt == null) {
                afterIt = d;
            }
        }
        DateMention pick = inClause != null ? inClause : beforeIt != null ? beforeIt : afterIt;
        return pick != null ? pick.value() : inheritedDate;
    }

    /**
     * A date for an act at pos: the nearest date of its clause, else the nearest earlier in the sentence,
     * but never an end date ("suspended until 2026-11"); else the article's date.
     */
    String actDateFor(int pos) {
        int[] clause = clauseAt(pos);
        DateMention best = null;
        for (DateMention d : dates) {
            boolean usable = d.start() >= clause[0] && d.end() <= clause[1] || d.end() <= clause[0];
            if (!usable) {
                continue;
            }
            String lead = folded.substring(Math.max(0, d.start() - 3), d.start());
            boolean until = lead.endsWith("至") || lead.endsWith("到") || lead.contains("until") || lead.contains("đến")
                    || lead.contains("by ") || lead.endsWith("前");
            if (!until && (best == null || Math.abs(d.start() - pos) < Math.abs(best.start() - pos))) {
                best = d;
            }
        }
        return best != null ? best.value() : publishedOrNull;
    }

    String publishedOrNull;

    boolean hasWorld(int from, int to) {
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && m.entity().id().equals("WORLD")) {
                return true;
            }
        }
        return false;
    }
}
