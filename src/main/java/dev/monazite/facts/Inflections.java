package dev.monazite.facts;

import dev.monazite.text.Texts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of an English cue written as its lemma: "increase" also matches increases,
 * increased and increasing; "rise" matches rises, rose, risen and rising. Cue files hold lemmas, so
 * a reviewer reads one word per idea and a user adds one word, not five. Chinese and Vietnamese do
 * not inflect, and their cues are taken as written.
 */
final class Inflections {
    private Inflections() {}

    // Irregular verbs that news about prices, trade and policy uses; regular forms come from the rules below.
    private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
            Map.entry("rise", List.of("rose", "risen")), Map.entry("fall", List.of("fell", "fallen")),
            Map.entry("grow", List.of("grew", "grown")), Map.entry("slide", List.of("slid")),
            Map.entry("sell", List.of("sold")), Map.entry("buy", List.of("bought")),
            Map.entry("pay", List.of("paid")), Map.entry("lend", List.of("lent")),
            Map.entry("spend", List.of("spent")), Map.entry("make", List.of("made")),
            Map.entry("hold", List.of("held")), Map.entry("take", List.of("took", "taken")),
            Map.entry("lose", List.of("lost")), Map.entry("win", List.of("won")),
            Map.entry("shrink", List.of("shrank", "shrunk")), Map.entry("sink", List.of("sank", "sunk")),
            Map.entry("meet", List.of("met")), Map.entry("stand", List.of("stood")),
            Map.entry("come", List.of("came")), Map.entry("begin", List.of("began", "begun")),
            Map.entry("set", List.of("set")), Map.entry("cut", List.of("cut")), Map.entry("put", List.of("put")),
            Map.entry("leap", List.of("leapt")), Map.entry("give", List.of("gave", "given")),
            Map.entry("draw", List.of("drew", "drawn")), Map.entry("raise", List.of()),
            Map.entry("seek", List.of("sought")), Map.entry("bring", List.of("brought")),
            Map.entry("build", List.of("built")), Map.entry("send", List.of("sent")),
            Map.entry("say", List.of("said")), Map.entry("mean", List.of("meant")));

    /** The lemma and its inflected forms; for a phrase, the first word is inflected ("rely on" → "relied on"). */
    static Set<String> forms(String lemma) {
        int space = lemma.indexOf(' ');
        String head = space < 0 ? lemma : Texts.cut(lemma, 0, space);
        String rest = space < 0 ? "" : Texts.cut(lemma, space, lemma.length());
        Set<String> out = new LinkedHashSet<>();
        for (String f : wordForms(head)) {
            out.add(f + rest);
        }
        return out;
    }

    private static Set<String> wordForms(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.length() < 3 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '-')) {
            return out; // short words and abbreviations ("yoy", "q3") are not inflected
        }
        out.addAll(IRREGULAR.getOrDefault(w, List.of()));
        char last = w.charAt(w.length() - 1);
        String stem = Texts.cut(w, 0, w.length() - 1);
        boolean consonantY = last == 'y' && !isVowel(w.charAt(w.length() - 2));
        // third person and plural
        out.add(consonantY ? stem + "ies" : w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch")
                || w.endsWith("sh") ? w + "es" : w + "s");
        // past and participles
        if (last == 'e') {
            out.add(w + "d");
            out.add(w.endsWith("ee") ? w + "ing" : stem + "ing");
        } else if (consonantY) {
            out.add(stem + "ied");
            out.add(w + "ing");
        } else {
            out.add(w + "ed");
            out.add(w + "ing");
            if (endsConsonantVowelConsonant(w)) { // slip → slipped, total → totalled (British spelling)
                out.add(w + last + "ed");
                out.add(w + last + "ing");
            }
        }
        return out;
    }

    private static boolean endsConsonantVowelConsonant(String w) {
        int n = w.length();
        char c = w.charAt(n - 1);
        return !isVowel(c) && c != 'w' && c != 'x' && c != 'y' && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
