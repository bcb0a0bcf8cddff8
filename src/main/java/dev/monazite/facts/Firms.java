package dev.monazite.facts;

import dev.monazite.lexicon.Entity;
import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.lexicon.Mention;
import dev.monazite.text.Normaliser;
import dev.monazite.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Companies the lexicon does not know, named the way news introduces a firm in Latin script: a
 * capitalised name before a legal form ("Hanmag Co", "Vulcor Metals Inc") or after a word for a
 * firm ("magnet maker Noveon", "Công ty TNHH Star Magnet Vina"). A name introduced once is the same
 * company wherever its story names it again ("Hanmag shares rose"); it never leaves its story. The
 * words are cue groups of frame.LANG.tsv: {@code firm_legal} forms after or before a name,
 * {@code firm_kind} words before one, {@code firm_not_name} capitalised words that never start one.
 */
final class Firms {
    private static final int MAX_WORDS = 4;

    private final CueMatcher legal;
    private final CueMatcher kind;
    private final CueMatcher notName;

    Firms(CueBook cues) {
        this.legal = cues.matcher("frame", "firm_legal");
        this.kind = cues.matcher("frame", "firm_kind");
        this.notName = cues.matcher("frame", "firm_not_name");
    }

    private record Word(int start, int end) {}

    /**
     * The mentions of unknown firms in a sentence: those it introduces (registered in the story) and
     * the story's earlier ones named again. None overlaps a mention the lexicon found.
     */
    List<Mention> find(String text, String folded, List<Mention> known, Story story) {
        if (!hasLatinCapital(text)) {
            return List.of(); // Chinese text: a firm's English name cannot be read from it
        }
        List<CueMatcher.Hit> legalHits = legal.all(folded);
        List<CueMatcher.Hit> kindHits = kind.all(folded);
        if (legalHits.isEmpty() && kindHits.isEmpty() && !story.firms().iterator().hasNext()) {
            return List.of();
        }
        List<Word> words = legalHits.isEmpty() && kindHits.isEmpty() ? List.of() : words(text);
        List<Mention> out = new ArrayList<>();
        for (CueMatcher.Hit h : legalHits) {
            if (Character.isUpperCase(text.charAt(h.start()))) {
                introduce(text, folded, words, runBefore(text, folded, words, h.start()), h.start(), h.end(), known, story, out);
            }
        }
        for (CueMatcher.Hit h : kindHits) {
            int from = skipLegal(folded, h.end() + 1);
            List<Word> run = runAfter(text, folded, words, from);
            int end = run.isEmpty() ? h.end() : run.get(run.size() - 1).end();
            int legalEnd = skipLegal(folded, end + 1);
            introduce(text, folded, words, run, h.start(), legalEnd > end + 1 ? legalEnd : end, known, story, out);
        }
        for (Entity firm : story.firms()) {
            named(text, firm, known, out);
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /** Registers in the story the firms a paragraph introduces (the lexicon is read only where one may be). */
    void introduce(String text, Lexicon lexicon, Story story) {
        if (text == null || !hasLatinCapital(text)) {
            return;
        }
        String folded = Normaliser.foldPreservingLength(text);
        if (!legal.in(folded) && !kind.in(folded)) {
            return;
        }
        find(text, folded, lexicon.find(text, folded), story);
    }

    private void introduce(String text, String folded, List<Word> words, List<Word> run, int spanStart, int spanEnd,
                           List<Mention> known, Story story, List<Mention> out) {
        if (run.isEmpty() || FactExtractor.overlaps(known, run.get(0).start(), run.get(run.size() - 1).end())) {
            return;
        }
        String name = Texts.cut(text, run.get(0).start(), run.get(run.size() - 1).end());
        boolean acronym = name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (run.size() == 1 && !acronym && name.length() < 3) {
            return;
        }
        Entity firm = story.firm(name);
        int start = Math.min(spanStart, run.get(0).start());
        int end = Math.max(spanEnd, run.get(run.size() - 1).end());
        if (!FactExtractor.overlaps(out, start, end) && !FactExtractor.overlaps(known, start, end)) {
            out.add(new Mention(start, end, firm));
        }
    }

    // A name already introduced, wherever the sentence writes it as a word of its own.
    private static void named(String text, Entity firm, List<Mention> known, List<Mention> out) {
        String name = firm.name();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (word && !FactExtractor.overlaps(known, at, end) && !FactExtractor.overlaps(out, at, end)) {
                out.add(new Mention(at, end, firm));
            }
        }
    }

    // The capitalised words right before a legal form, back to the first lower-case word or mark.
    private List<Word> runBefore(String text, String folded, List<Word> words, int legalStart) {
        List<Word> run = new ArrayList<>();
        int edge = legalStart;
        for (int i = words.size() - 1; i >= 0 && run.size() < MAX_WORDS; i--) {
            Word w = words.get(i);
            if (w.end() > edge) {
                continue;
            }
            if (!joined(text, w.end(), edge) || !isNameWord(text, folded, w)) {
                break;
            }
            run.add(0, w);
            edge = w.start();
        }
        return run;
    }

    // The capitalised words from a position on, up to the first lower-case word, mark or legal form.
    private List<Word> runAfter(String text, String folded, List<Word> words, int from) {
        List<Word> run = new ArrayList<>();
        int edge = from;
        for (Word w : words) {
            if (w.start() < from) {
                continue;
            }
            if (run.size() == MAX_WORDS || !joined(text, edge, w.start()) || !isNameWord(text, folded, w)
                    || startsLegal(folded, w.start())) {
                break;
            }
            run.add(w);
            edge = w.end();
        }
        return run;
    }

    private boolean isNameWord(String text, String folded, Word w) {
        if (!Character.isUpperCase(text.codePointAt(w.start()))) {
            return false;
        }
        CueMatcher.Hit stop = notName.firstHit(Texts.cut(folded, w.start(), w.end()));
        return stop == null || stop.end() - stop.start() != w.end() - w.start();
    }

    private boolean startsLegal(String folded, int at) {
        return legal.startsWith(Texts.cut(folded, at, Math.min(folded.length(), at + 24)));
    }

    // Past the legal forms that open a Vietnamese name ("TNHH", "Cổ phần") or close an English one.
    private int skipLegal(String folded, int at) {
        int pos = at;
        while (pos < folded.length()) {
            String rest = Texts.cut(folded, pos, Math.min(folded.length(), pos + 24));
            CueMatcher.Hit h = legal.firstHit(rest);
            if (h == null || h.start() != 0) {
                break;
            }
            pos += h.end() + 1;
        }
        return Math.min(pos, folded.length());
    }

    // Two words of one name: nothing but one space, "&" or a hyphen between them.
    private static boolean joined(String text, int end, int start) {
        if (start < end) {
            return false;
        }
        String gap = Texts.cut(text, end, start);
        return gap.isEmpty() || gap.equals(" ") || gap.equals(" & ") || gap.equals("-");
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            out.add(new Word(start, i));
        }
        return out;
    }

    private static boolean hasLatinCapital(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** A firm the story introduced: a company with no country, known by the name as written. */
    static Entity entity(String name) {
        return new Entity(name, Kind.COMPANY, name, List.of(name));
    }
}
