package dev.monazite.facts;

import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.DateMention;
import dev.monazite.text.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Acts of governments and alliances: a clause with an action cue (export control, licence,
 * suspension, quota, stockpile, investment, agreement, alliance, tariff, law, subsidy, other), an
 * actor (a place, or a body or leader standing for one) and a verb that reports the act, or a
 * written date. Calls, rumours, threats and questions give nothing.
 */
final class Policies {
    private Policies() {}

    private static final List<String> STRONG = List.of("export_control", "export_license", "suspension", "quota",
            "tariff");

    /** One act per clause that names one. */
    static void find(Sentence s, String article, List<Fact> out, CueBook cues) {
        CueMatcher actions = cues.matcher("policy", "action");
        if (!actions.in(s.folded)) {
            return;
        }
        int notAct = notActFrom(s, cues);
        CueMatcher verbs = cues.matcher("policy", "verb");
        CueMatcher speech = cues.matcher("policy", "speech");
        boolean verbInSentence = verbs.in(s.folded);
        boolean datedSentence = !s.dates.isEmpty();
        Mention sentenceActor = null;
        java.util.Set<String> seen = new java.util.HashSet<>(); // one act of a kind per actor and sentence
        boolean reported = false;
        boolean introduced = false;
        for (int[] clause : s.clauses()) {
            if (clause[1] > notAct) {
                break; // a call, rumour or threat: its clause and what follows it are no act, what precedes it stands
            }
            String text = Texts.cut(s.folded, clause[0], clause[1]);
            List<CueMatcher.Hit> acts = acts(actions.all(text), text).stream()
                    .filter(h -> !speechVenue(text, h, cues)).toList();
            Mention actor = actorIn(s, clause);
            if (actor != null && sentenceActor == null) {
                sentenceActor = actor;
            }
            // "美方也宣布,國防部將投資…", "Bộ Công Thương cho biết, …": a clause that ends in a reporting
            // verb reports the act of the next one
            boolean verb = verbs.in(text) || introduced;
            introduced = verbs.endsWith(trimmed(text)) || speech.endsWith(trimmed(text));
            boolean continued = reported; // "…, and suspended licences": the act before carries its verb
            Mention who = actor != null ? actor : sentenceActor;
            for (int i = 0; i < acts.size(); i++) {
                CueMatcher.Hit action = acts.get(i);
                // a verb in the act's own clause reports it; elsewhere in the sentence only with a written
                // date; a second act in one clause must be one that stands alone ("and suspended licences")
                boolean strong = STRONG.contains(action.key());
                boolean accepted = (verb || continued && strong || datedSentence && (verbInSentence || strong))
                        && (i == 0 || strong);
                if (accepted && who != null && !companyActs(s, who, clause[0] + action.start())
                        && seen.add(FactExtractor.placeOf(who) + "/" + action.key())) {
                    out.add(policy(s, article, action.key(), who, clause, clause[0] + action.start(), verb, cues));
                    reported = true;
                }
            }
        }
    }

    // Where the sentence's first call, rumour, threat or question begins (a cue inside a date is none:
    // "from May 1" is no modal "may"; nor is one inside a plain word that holds it: 若干 "several"), or
    // past its end.
    private static int notActFrom(Sentence s, CueBook cues) {
        int from = Integer.MAX_VALUE;
        List<CueMatcher.Hit> plain = cues.matcher("policy", "plain_word").all(s.folded);
        for (CueMatcher.Hit h : cues.matcher("policy", "not_act").all(s.folded)) {
            boolean inWord = plain.stream().anyMatch(w -> w.start() <= h.start() && h.end() <= w.end()); // 若干 is no 若
            if (!inWord && s.dates.stream().noneMatch(d -> d.start() < h.end() && h.start() < d.end())) {
                from = Math.min(from, h.start());
            }
        }
        return from;
    }

    // A clause without the punctuation that closes it ("美方也宣布," → "美方也宣布").
    private static String trimmed(String clause) {
        int end = clause.length();
        while (end > 0 && !Character.isLetterOrDigit(clause.charAt(end - 1))) {
            end--;
        }
        return Texts.cut(clause, 0, end);
    }

    /**
     * The acts a clause names, in reading order: cues close together ("suspended licences", 暂停…出口许可,
     * "export controls") are one act, named by the first of them, the verb or the head of the phrase.
     */
    private static List<CueMatcher.Hit> acts(List<CueMatcher.Hit> hits, String text) {
        List<CueMatcher.Hit> sorted = new java.util.ArrayList<>(hits);
        sorted.sort(java.util.Comparator.comparingInt(CueMatcher.Hit::start).thenComparing(h -> -h.end()));
        List<CueMatcher.Hit> out = new java.util.ArrayList<>();
        int groupEnd = -1;
        for (CueMatcher.Hit h : sorted) {
            boolean sameGroup = groupEnd >= 0 && (h.start() < groupEnd || gapWords(text, groupEnd, h.start()) <= 2);
            if (!sameGroup) {
                out.add(h);
            }
            groupEnd = Math.max(groupEnd, h.end());
        }
        return out;
    }

    /**
     * "said on his social media platform", 在社交平台表示, "cho biết trên nền tảng": a word for an act
     * that only names where someone spoke (a venue between "on" and a speech verb) is no act.
     */
    private static boolean speechVenue(String text, CueMatcher.Hit h, CueBook cues) {
        CueMatcher speech = cues.matcher("policy", "speech");
        CueMatcher at = cues.matcher("policy", "venue_marker");
        String before = Texts.cut(text, Math.max(0, h.start() - 32), h.start());
        String after = Texts.cut(text, h.end(), Math.min(text.length(), h.end() + 12));
        CueMatcher.Hit marker = at.last(before);
        // the venue is a short phrase with no act verb in it ("on Monday it would impose tariffs" is an act)
        if (marker == null || before.length() - marker.end() > 24
                || cues.matcher("policy", "verb").in(Texts.cut(before, marker.end(), before.length()))) {
            return false;
        }
        boolean spokeBefore = speech.in(Texts.cut(before, 0, marker.start()));
        boolean spokeAfter = speech.startsWith(after.replaceFirst("^(上|中|上面)", ""));
        return spokeBefore || spokeAfter;
    }

    private static int gapWords(String text, int from, int to) {
        String gap = Texts.cut(text, from, to).strip();
        if (gap.isEmpty()) {
            return 0;
        }
        int han = (int) gap.chars().filter(c -> Sentence.isHan((char) c)).count();
        return han > 0 ? (han + 1) / 2 : gap.split("\\s+").length;
    }

    // "South Korean magnet maker Hanmag said it will invest": a company named between the place and
    // the act is the one acting, and a firm's plans are not a government's.
    private static boolean companyActs(Sentence s, Mention actor, int actionAt) {
        for (Mention m : s.mentions) {
            if (m.entity().kind() == Kind.COMPANY && m.start() >= actor.start() && m.end() <= actionAt) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said on the 10th that from 1 November it will add a 100% tariff", 10日表示将自11月1日起加征: a plan
     * is dated by its announcement, not by the day it takes effect, when the sentence dates both; null
     * when it does not.
     */
    private static DateMention announcement(Sentence s, int cueAt, CueBook cues) {
        DateMention own = s.actDateMention(cueAt);
        if (own == null) {
            return null;
        }
        String lead = Texts.cut(s.folded, Math.max(0, own.start() - 16), own.start());
        String tail = Texts.cut(s.folded, own.end(), Math.min(s.folded.length(), own.end() + 2));
        boolean effectiveFrom = cues.matcher("policy", "effective_from").endsWith(lead)
                || tail.startsWith("起") || tail.startsWith("开始") || tail.startsWith("開始");
        return effectiveFrom ? s.ownDateBefore(own) : null;
    }

    /**
     * "公布《条例》,自2024年10月1日起施行", "published the rules, effective from May 1", "ban hành nghị định, có
     * hiệu lực từ ngày 1/7": an act whose own clause states no date is dated by a later clause of its
     * sentence that says when it takes effect; null when none does.
     */
    private static DateMention takesEffect(Sentence s, int cueAt, CueBook cues) {
        int actEnd = s.clauseAt(cueAt)[1];
        CueMatcher effect = cues.matcher("policy", "takes_effect");
        for (int i = 0; i < s.dates.size(); i++) {
            DateMention d = s.dates.get(i);
            // "effective from May 1": "from" reads as a base elsewhere, not beside a word for taking effect
            if (d.start() >= actEnd && (s.roles[i] == DateMention.Role.AT || s.roles[i] == DateMention.Role.BASE)) {
                int[] c = s.clauseAt(d.start());
                if (effect.in(Texts.cut(s.folded, c[0], c[1]))) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Fact policy(Sentence s, String article, String action, Mention actor, int[] clause, int cueAt,
                               boolean verb, CueBook cues) {
        String actorId = FactExtractor.placeOf(actor);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("actor", actorId);
        f.put("action", action);
        Mention target = target(s, actor, actorId);
        if (target != null) {
            f.put("target", target.entity().id());
        }
        f.put("object", Texts.cut(s.text, clause[0], clause[1]).strip());
        DateMention announced = announcement(s, cueAt, cues);
        if (announced == null && s.actDateMention(cueAt) == null) {
            announced = takesEffect(s, cueAt, cues);
        }
        String dated = announced != null ? (announced.explicitYear() ? null : "relative") : s.actDateSource(cueAt);
        if (dated != null) {
            f.put("dated", dated);
        }
        return new Fact("policy", f, null, null, null, null, announced != null ? announced.value() : s.actDateFor(cueAt),
                new Fact.Evidence(article, s.paragraph, s.offset + clause[0], s.offset + clause[1],
                        Texts.cut(s.text, clause[0], clause[1]).strip()),
                FactExtractor.VERSION, verb ? 0.7 : 0.5);
    }

    private static Mention actorIn(Sentence s, int[] clause) {
        for (int i = 0; i < s.mentions.size(); i++) {
            Mention m = s.mentions.get(i);
            if (m.start() >= clause[0] && m.end() <= clause[1] && isActor(m) && !isObject(s, m) && !paired(s, i)) {
                return m;
            }
        }
        return null;
    }

    private static boolean isObject(Sentence s, Mention m) {
        String lead = Texts.cut(s.folded, Math.max(0, m.start() - 12), m.start());
        if (lead.endsWith("the ")) {
            lead = Texts.cut(lead, 0, lead.length() - 4); // "companies in the U.S."
        }
        return lead.endsWith("对") || lead.endsWith("向") || lead.endsWith("against ") || lead.endsWith("on ")
                || lead.endsWith("to ") || lead.endsWith("from ") || lead.endsWith("với ") || lead.endsWith("of ")
                || lead.endsWith("for ") || lead.endsWith("with ") || lead.endsWith("in ")
                || lead.endsWith("ở ") || lead.endsWith("tại ") || lead.endsWith("sang ") || lead.endsWith("cho ")
                || lead.endsWith("của ")
                || lead.endsWith("在"); // where the act happens (在西澳兴建, "ở Tây Úc") is not who acts
    }

    // 中美 in 中美双方 is a pair, not one actor; the joint act's actor is found as the pair's first place.
    private static boolean paired(Sentence s, int i) {
        Mention m = s.mentions.get(i);
        boolean before = i > 0 && s.mentions.get(i - 1).end() == m.start()
                && s.mentions.get(i - 1).entity().kind() == Kind.PLACE;
        return before;
    }

    private static boolean isActor(Mention m) {
        if (m.entity().id().equals("WORLD")) {
            return false;
        }
        return (m.entity().kind() == Kind.PLACE || m.entity().kind() == Kind.BODY
                || m.entity().kind() == Kind.PROGRAMME) && FactExtractor.placeOf(m) != null;
    }

    private static Mention target(Sentence s, Mention actor, String actorId) {
        for (Mention m : s.mentions) {
            if (m.start() > actor.start() && m.entity().kind() == Kind.PLACE && !m.entity().id().equals(actorId)
                    && !m.entity().id().equals("WORLD")) {
                return m;
            }
        }
        return null;
    }
}
