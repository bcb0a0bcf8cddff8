package dev.monazite.facts;

import dev.monazite.quantity.DateMention;
import dev.monazite.quantity.Quantity;
import dev.monazite.text.Texts;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a figure is when it is not a level, written as the fact field {@code role}: a threshold that
 * triggers a rule ("containing 0.1% or more", 含量0.1%以上, hàm lượng từ 0,1%) or a target ("aims to",
 * 目标, mục tiêu, or a deadline still ahead: "by 2030", 到2030年, đến năm 2030). A level has no role.
 * Read from constructions only: a cue of the {@code frame} groups {@code role} (before the figure, in
 * its clause) or {@code role_after} (at most two words after it), or the figure's own date when the
 * date roles read it as a deadline that is still ahead and no {@code as_of} word ("截至", "tính đến") opens it.
 */
final class Roles {
    static final String FIELD = "role";
    private static final int BEFORE = 60, AFTER = 40, AFTER_WORDS = 2;

    private final CueBook cues;

    Roles(CueBook cues) {
        this.cues = cues;
    }

    /** Gives the facts out[from..] read from the figure q its role, when it has one. */
    void mark(Sentence s, Quantity q, List<Fact> out, int from) {
        if (out.size() == from) {
            return; // most figures yield nothing: no cue is searched for them
        }
        String role = of(s, q);
        if (role != null) {
            for (int i = from; i < out.size(); i++) {
                out.set(i, with(out.get(i), role));
            }
        }
    }

    /** The figure's role, "threshold" or "target"; null for a level. */
    String of(Sentence s, Quantity q) {
        String before = cues.matcher("frame", "role").first(s.before(q.start(), BEFORE));
        if (before != null) {
            return before;
        }
        String after = after(s, q);
        if (after != null) {
            return after;
        }
        DateMention deadline = s.targetDateFor(q.start());
        return deadline != null && !asOf(s, deadline) && ahead(s.story.published(), deadline.value()) ? "target" : null;
    }

    // 截至2026年2月, "tính đến tháng 5": a date the figure stands at, which the date roles read as a deadline.
    private boolean asOf(Sentence s, DateMention d) {
        String lead = Texts.cut(s.folded, Math.max(0, d.start() - 12), d.start());
        return cues.matcher("frame", "as_of").endsWith(lead);
    }

    // "0.1% or more of the product's value", "a 40% target": the cue must follow the figure closely.
    private String after(Sentence s, Quantity q) {
        String text = s.after(q.end(), AFTER);
        CueMatcher.Hit hit = cues.matcher("frame", "role_after").all(text).stream()
                .min(Comparator.comparingInt(CueMatcher.Hit::start)).orElse(null);
        return hit != null && Rules.words(Texts.cut(text, 0, hit.start())) <= AFTER_WORDS ? hit.key() : null;
    }

    // A deadline already past ("by October" in a November story) dates a level reached, not a goal;
    // with no date line to tell, the construction is read as a target.
    static boolean ahead(String published, String date) {
        if (published == null || date == null) {
            return true;
        }
        return date.compareTo(Texts.cut(published, 0, Math.min(published.length(), date.length()))) >= 0;
    }

    private static Fact with(Fact f, String role) {
        Map<String, String> fields = new LinkedHashMap<>(f.fields());
        fields.put(FIELD, role);
        return new Fact(f.type(), fields, f.value(), f.valueMin(), f.valueMax(), f.unit(), f.date(), f.evidence(),
                f.extractor(), f.confidence());
    }
}
