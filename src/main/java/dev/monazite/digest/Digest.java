package dev.monazite.digest;

import java.util.List;

/**
 * One digest, the machine form the Markdown and HTML are rendered from.
 *
 * @param workflow the workflow's name, or null for an ad-hoc query
 * @param window   the period the stories come from
 * @param overview the header: counts, figures, policy events, conflicts, and what was dropped
 * @param stories  newest first
 */
public record Digest(String workflow, Window window, Overview overview, List<Story> stories) {
    public Digest {
        stories = List.copyOf(stories);
    }

    /** From the --since date or the workflow's days (null: open), to the newest story's date. */
    public record Window(String from, String to) {}

    /**
     * The header for the whole digest.
     *
     * @param mode     extractive or abstractive
     * @param query    the query that was run
     * @param dropped  bullets the model wrote that failed verification and were left out
     * @param notices  what the reader should know about this run (a fallback, an unused option)
     */
    public record Overview(String mode, String query, int stories, int articles, List<Figure> figures,
                           List<Event> policies, List<Disagreement> conflicts, int dropped, List<String> notices) {
        public Overview {
            figures = List.copyOf(figures);
            policies = List.copyOf(policies);
            conflicts = List.copyOf(conflicts);
            notices = List.copyOf(notices);
        }
    }

    /** The latest stated price or trade figure for one commodity and unit (or route), with its evidence. */
    public record Figure(String kind, String commodity, String unit, String route, String date, Number value,
                         String evidence, String article, String source) {}

    /** A policy act reported in the window. */
    public record Event(String date, String actor, String action, String target, String evidence,
                        List<String> articles) {}

    /** Claims about one thing that disagree, as "value unit (outlet)" strings. */
    public record Disagreement(String claim, List<String> values, Number consensus, int outlets,
                               List<String> articles) {}

    /** One story: the cluster's leading article, the other outlets that carried it, its summary. */
    public record Story(String article, String title, String source, String published, List<Outlet> outlets,
                        List<Section> sections) {
        public Story {
            outlets = List.copyOf(outlets);
            sections = List.copyOf(sections);
        }
    }

    /** Another article of the same story. */
    public record Outlet(String article, String source, String published) {}

    /** "Core insights" or a theme's heading, with its bullets. */
    public record Section(String heading, List<Bullet> bullets) {
        public Section {
            bullets = List.copyOf(bullets);
        }
    }

    /** A bullet and the paragraph numbers of its article it comes from; the source's own [1] markers are removed. */
    public record Bullet(String text, List<Integer> cites) {
        public Bullet {
            text = CitationMarkers.strip(text);
            cites = List.copyOf(cites);
        }
    }
}
