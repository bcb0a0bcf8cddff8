package dev.monazite.facts;

import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Mention;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Dated acts of governments and alliances: a sentence with an action cue (export control,
 * licence, suspension, quota, stockpile, agreement, alliance, tariff, law, subsidy), an actor
 * (a place, or a body standing for one) and either a date or an announcing verb.
 */
final class Policies {
    private Policies() {}

    static void find(Sentence s, String article, List<Fact> out) {
        String action = Cues.firstKey(s.folded, Cues.POLICY_ORDER, Cues.POLICY_ACTION);
        if (action == null) {
            return;
        }
        int cueAt = s.folded.indexOf(Cues.first(s.folded, Cues.POLICY_ACTION.get(action)));
        int[] clause = s.clauseAt(cueAt);
        String clauseText = s.folded.substring(clause[0], clause[1]);
        // an act is announced or dated in the clause that names it; talk about policy in general is not an act
        boolean dated = s.dates.stream().anyMatch(d -> d.explicitYear() && d.start() < clause[1]);
        boolean announced = Cues.first(clauseText, Cues.POLICY_VERB) != null;
        if (!announced || !(dated || s.folded.substring(0, cueAt).length() < 60)) {
            return;
        }
        Mention actor = actor(s, cueAt);
        if (actor == null) {
            return;
        }
        String actorId = FactExtractor.placeOf(actor);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("actor", actorId);
        f.put("action", action);
        Mention target = target(s, actor, actorId);
        if (target != null) {
            f.put("target", target.entity().id());
        }
        f.put("object", object(s, cueAt));
        String date = s.dateFor(cueAt);
        out.add(new Fact("policy", f, null, null, null, null, date,
                new Fact.Evidence(article, s.paragraph, s.offset, s.offset + s.text.length(), s.text.strip()),
                FactExtractor.VERSION, dated ? 0.7 : 0.5));
    }

    private static Mention actor(Sentence s, int cueAt) {
        Mention before = null;
        for (Mention m : s.mentions) {
            if (m.start() < cueAt && isActor(m)) {
                before = before == null ? m : before;
            }
        }
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

    private static String object(Sentence s, int cueAt) {
        int[] c = s.clauseAt(cueAt);
        String text = s.text.substring(c[0], c[1]).strip();
        return text.length() > 120 ? text.substring(0, 120) : text;
    }
}
