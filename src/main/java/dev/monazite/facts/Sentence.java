package dev.monazite.facts;

import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.DateMention.Role;
import dev.monazite.quantity.DateMention;
import dev.monazite.quantity.Quantity;
import dev.monazite.text.Normaliser;
import dev.monazite.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence analysed once for every rule: its text and folded text, its clauses, the entity
 * mentions (references such as "the company" already resolved to their entity), the quantities,
 * and the dates with their roles. Rules read positions in it; none of them re-reads the text.
 */
final class Sentence {
    final String text;
    final String folded;
    final List<Mention> mentions;
    final List<Quantity> quantities;
    final List<DateMention> dates;
    final Role[] roles;
    final int paragraph;
    final int offset;
    final Story story;
    private final List<int[]> clauses;
    /** The actors named as subjects, not partners (read once by {@code Rules.subjectActors}). */
    List<Mention> subjectActors;

    Sentence(String text, String folded, int paragraph, int offset, List<Mention> mentions, List<Quantity> quantities,
             List<DateMention> dates, Role[] roles, Story story) {
        this.text = text;
        this.folded = folded;
        this.paragraph = paragraph;
        this.offset = offset;
        this.mentions = mentions;
        this.quantities = quantities;
        this.dates = dates;
        this.roles = roles;
        this.story = story;
        this.clauses = clauses(text);
    }

    // Clauses end at Chinese commas and semicolons, at ", " in Latin text (not "2,582"), at dashes
    // between words, and at the spaces that separate clauses in Chinese summaries.
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

    // Whether a group's cues occur in a clause, asked once per clause and group: rules ask it of every
    // figure, and a sentence holds several figures per clause.
    private final java.util.Map<CueMatcher, Boolean[]> clauseCues = new java.util.IdentityHashMap<>(8);

    /** Whether one of the matcher's cues occurs in the clause holding pos. */
    boolean clauseHas(CueMatcher matcher, int pos) {
        int[] c = clauseAt(pos);
        int index = clauses.indexOf(c);
        Boolean[] known = clauseCues.computeIfAbsent(matcher, m -> new Boolean[clauses.size()]);
        if (known[index] == null) {
            known[index] = matcher.in(Texts.cut(folded, c[0], c[1]));
        }
        return known[index];
    }

    String foldedClause(int pos) {
        int[] c = clauseAt(pos);
        return Texts.cut(folded, c[0], c[1]);
    }

    /** The folded text of the figure's clause before pos, at most size characters. */
    String before(int pos, int size) {
        int[] c = clauseAt(pos);
        return Texts.cut(folded, Math.max(c[0], pos - size), pos);
    }

    /** The folded text after end, at most size characters, within the sentence. */
    String after(int end, int size) {
        return Texts.cut(folded, Math.min(end, folded.length()), Math.min(folded.length(), end + size));
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

    /**
     * The date of a figure at pos: the nearest date of its clause that is not a comparison base,
     * else such a date earlier in the sentence (not a target, which belongs to its own figure), else
     * the date the story carries from earlier sentences.
     */
    String dateFor(int pos) {
        int i = dateIndexFor(pos);
        return i >= 0 ? dates.get(i).value() : story.carriedDate();
    }

    /**
     * The date of a figure the sentence gives as an earlier level, the one something moved from: a
     * base date joined to it before ("from September's 6,338 tonnes", 较2010年的逾九成), or, when the
     * figure follows "from" (movedFrom), any date right after it ("from roughly 90% in 2010",
     * "từ mức 90% năm 2010"). Null when it has none.
     */
    DateMention baseDateOf(Quantity q, boolean movedFrom) {
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            if (roles[i] == Role.BASE && ownsFigure(d, q.start())) {
                return d;
            } else if (movedFrom && d.start() >= q.end() && roles[i] != Role.TARGET) {
                String between = Texts.cut(folded, q.end(), d.start()).strip();
                if (between.isEmpty() || between.equals("in") || between.equals("vào") || between.equals("vào năm")) {
                    return d;
                }
            }
        }
        return null;
    }

    // A date that owns the figure at pos: "September's 6,338 tonnes", 2010年的逾九成.
    private boolean ownsFigure(DateMention d, int pos) {
        if (d.end() > pos) {
            return false;
        }
        String between = Texts.cut(folded, d.end(), pos).strip();
        return between.equals("'s") || between.equals("’s") || between.equals("的");
    }

    /** The date a figure at pos takes when it is a target or deadline ("by 2030", 到2030年, đến năm 2030); else null. */
    DateMention targetDateFor(int pos) {
        int i = dateIndexFor(pos);
        return i >= 0 && roles[i] == Role.TARGET ? dates.get(i) : null;
    }

    // The index of the date dateFor picks, or -1 when the figure takes the story's date.
    private int dateIndexFor(int pos) {
        int[] clause = clauseAt(pos);
        int inClause = -1, beforeIt = -1, afterIt = -1;
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            if (roles[i] == Role.BASE) {
                if (ownsFigure(d, pos)) {
                    return i; // "from September's 6,338 tonnes": the base's own figure
                }
                continue;
            }
            if (d.start() >= clause[0] && d.end() <= clause[1]) {
                if (d.start() >= pos && figureBetween(pos, d.start())) {
                    continue; // "fetches $3,600 after jumping 38% since early April": the date is the 38%'s
                }
                if (inClause < 0 || Math.abs(d.start() - pos) < Math.abs(dates.get(inClause).start() - pos)) {
                    inClause = i;
                }
            } else if (roles[i] == Role.UNTIL
                    || roles[i] == Role.TARGET && (d.end() > pos || figureBetween(d.end(), pos))) {
                continue; // "By 2026, output will reach ..." dates the next figure, and only that one
            } else if (d.end() <= pos) {
                beforeIt = i;
            } else if (afterIt < 0 && !figureBetween(pos, d.start()) && !hasFigure(clauseAt(d.start()), pos)) {
                afterIt = i; // a later date, unless another figure stands between or shares its clause
            }
        }
        return inClause >= 0 ? inClause : beforeIt >= 0 ? beforeIt : afterIt;
    }

    private boolean hasFigure(int[] clause, int except) {
        for (Quantity q : quantities) {
            if (q.start() != except && q.start() >= clause[0] && q.end() <= clause[1]) {
                return true;
            }
        }
        return false;
    }

    private boolean figureBetween(int from, int to) {
        for (Quantity q : quantities) {
            if (q.start() > from && q.end() < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date the sentence itself gives a structural figure (a share, a capacity, a commitment), or
     * null: such figures are not about the story's period unless the text says so.
     */
    String statedDate(int pos) {
        String date = dateFor(pos);
        return hasOwnDate() ? date : null;
    }

    /** A quoted figure's date: its own date in the sentence, else the story's date (prices are quoted on the day). */
    String ownDate(int pos) {
        String date = dateFor(pos);
        return date != null && date.equals(story.carriedDate()) && !hasOwnDate() ? story.published() : date;
    }

    private boolean hasOwnDate() {
        for (Role r : roles) {
            if (r == Role.AT || r == Role.TARGET) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date for an act at pos: the nearest date of its clause or earlier in the sentence that is not
     * an end date ("suspended until 2026-11"); else the story's own date (an act reported as done).
     */
    String actDateFor(int pos) {
        DateMention best = actDate(pos);
        return best != null ? best.value() : story.published();
    }

    /**
     * Where {@link #actDateFor} found the act's date, when the sentence does not state it whole:
     * "relative" for a date written without its year ("last month", "on Thursday", 10月), resolved
     * against the article's date line; "dateline" when the sentence has none and the act takes the
     * article's own date; null when the sentence states it.
     */
    String actDateSource(int pos) {
        DateMention best = actDate(pos);
        return best == null ? (story.published() == null ? null : "dateline") : best.explicitYear() ? null : "relative";
    }

    /** The date {@link #actDateFor} takes for an act at pos, or null when it takes the story's. */
    DateMention actDateMention(int pos) {
        return actDate(pos);
    }

    /** The last date of the sentence's own (not a base or target) written before a date, or null. */
    DateMention ownDateBefore(DateMention d) {
        DateMention before = null;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).end() <= d.start() && roles[i] == Role.AT) {
                before = dates.get(i);
            }
        }
        return before;
    }

    private DateMention actDate(int pos) {
        int[] clause = clauseAt(pos);
        DateMention best = null;
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            boolean usable = d.start() >= clause[0] && d.end() <= clause[1] || d.end() <= clause[0];
            if (usable && roles[i] == Role.AT
                    && (best == null || Math.abs(d.start() - pos) < Math.abs(best.start() - pos))) {
                best = d;
            }
        }
        return best;
    }

    boolean hasWorld(int from, int to) {
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && m.entity().id().equals("WORLD")) {
                return true;
            }
        }
        return false;
    }

    static String fold(String text) {
        return Normaliser.foldPreservingLength(text);
    }
}
