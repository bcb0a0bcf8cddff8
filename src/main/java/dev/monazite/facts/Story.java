package dev.monazite.facts;

import dev.monazite.lexicon.Entity;
import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.DateMention;
import dev.monazite.text.Texts;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one story's earlier sentences tell its later ones: the story's own date, the period its
 * headline or lede is about (a comparison base or a target year is never carried), the last entity of each
 * kind (for "the company", 该公司, "this Asian country") and the last exporter named. One per article,
 * so nothing leaks from one story into the next.
 */
final class Story {
    private final LocalDate published;
    private String carried;
    private boolean leadSeen;
    private Integer storyYear;
    private final Map<Kind, Entity> lastOfKind = new EnumMap<>(Kind.class);
    private Entity lastActor;
    private String lastGood;
    private final Map<String, Entity> firms = new LinkedHashMap<>();
    private final Map<Kind, Entity> lastSubjectOfKind = new EnumMap<>(Kind.class);
    private final Map<Entity, Integer> subjectCounts = new LinkedHashMap<>();
    private Entity mainActor;
    private final Map<Entity, Integer> placeCounts = new LinkedHashMap<>();
    private Entity mainPlace;
    String lastExporter;
    /** The importer of the story's last flow, when that flow was an import (read as one: "imported from"). */
    String lastImporter;

    /** Whether the story is in Traditional Chinese, whose press (Taiwan's) writes 元 for the New Taiwan dollar. */
    final boolean traditional;

    Story(LocalDate published, String lang) {
        this.published = published;
        this.traditional = "zh-Hant".equals(lang);
        this.carried = published == null ? null : published.toString();
    }

    /** The date dates without a year resolve against: the story's date, else the first year the story named as its own. */
    LocalDate reference() {
        if (published != null) {
            return published;
        }
        return storyYear == null ? null : LocalDate.of(storyYear, 12, 31);
    }

    String published() {
        return published == null ? null : published.toString();
    }

    /** The date a figure with no date of its own is about. */
    String carriedDate() {
        return carried;
    }

    /** The last entity of a kind named in the story so far, or null. */
    Entity last(Kind kind) {
        return lastOfKind.get(kind);
    }

    /**
     * The place, company or body the story has named most often so far as whose figure or act it is
     * (not as a partner: "exports to Japan"), the later one on a tie; null before any.
     */
    Entity mainActor() {
        return mainActor;
    }

    /**
     * The place the story has named most often so far as whose figure or act it is, the later one on
     * a tie: whose "the trade ministry", 經濟部 or "Quốc hội" it is when the story does not say. Null
     * before any.
     */
    Entity mainPlace() {
        return mainPlace;
    }

    /** The last entity of a kind the story named as a subject (for "the company", "its"), else the last of the kind. */
    Entity lastSubject(Kind kind) {
        Entity e = lastSubjectOfKind.get(kind);
        return e != null ? e : lastOfKind.get(kind);
    }

    /** Takes in the actors a finished sentence named as subjects, not as partners or comparisons. */
    void sawSubjects(List<Mention> subjects) {
        for (Mention m : subjects) {
            if (m.entity().id().equals("WORLD")) {
                continue;
            }
            lastSubjectOfKind.put(m.entity().kind(), m.entity());
            int n = subjectCounts.merge(m.entity(), 1, Integer::sum);
            if (mainActor == null || n >= subjectCounts.get(mainActor)) {
                mainActor = m.entity();
            }
            if (m.entity().kind() == Kind.PLACE) {
                int p = placeCounts.merge(m.entity(), 1, Integer::sum);
                if (mainPlace == null || p >= placeCounts.get(mainPlace)) {
                    mainPlace = m.entity();
                }
            }
        }
    }

    /**
     * The last good the story named so far, or null: a trade or output figure whose sentence names none
     * ("Exports to Japan fell to 590 tons" after a sentence on magnet exports) is about it.
     */
    String lastGood() {
        return lastGood;
    }

    /** Takes in the last good a finished sentence named, if any. */
    void sawGood(String good) {
        if (good != null) {
            lastGood = good;
        }
    }

    /** The last place, company or body named in the story so far (for "it"), or null. */
    Entity lastActor() {
        return lastActor;
    }

    /** The companies the lexicon does not know that this story has introduced (see {@link Firms}). */
    Iterable<Entity> firms() {
        return firms.values();
    }

    /** The story's firm of that name, introduced now if it is new. */
    Entity firm(String name) {
        return firms.computeIfAbsent(name, Firms::entity);
    }

    /** Takes in what a finished sentence (paragraph 0 is the title) named and dated. */
    void saw(List<Mention> mentions, List<DateMention> dates, DateMention.Role[] roles, int paragraph) {
        for (Mention m : mentions) {
            lastOfKind.put(m.entity().kind(), m.entity());
            if (FactExtractor.ACTORS.contains(m.entity().kind()) && !m.entity().id().equals("WORLD")) {
                lastActor = m.entity();
            }
        }
        for (int i = 0; i < dates.size(); i++) {
            DateMention d = dates.get(i);
            if (d.explicitYear() && storyYear == null && roles[i] == DateMention.Role.AT) {
                // the first year a story names as its own sets its time ("early 2026 ..."); later years are
                // background, forecasts or bases
                storyYear = Integer.parseInt(Texts.cut(d.value(), 0, 4));
            }
            // The headline and the lede set the period the story is about ("exports edge up in August");
            // later undated figures are about it, not about the last date some other sentence named
            // ("the highest since March 2023", "680 tons in August 2024").
            if (!leadSeen && paragraph <= 1 && roles[i] == DateMention.Role.AT && d.value().length() >= 7
                    && (d.explicitYear() || reference() != null)) {
                carried = d.value();
                leadSeen = true;
            }
        }
    }
}
