package dev.monazite.facts;

import dev.monazite.article.Article;
import dev.monazite.lexicon.Entity;
import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.DateFinder;
import dev.monazite.quantity.DateMention;
import dev.monazite.quantity.Lang;
import dev.monazite.quantity.Quantity;
import dev.monazite.quantity.QuantityFinder;
import dev.monazite.text.Normaliser;
import dev.monazite.article.Span;
import dev.monazite.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the facts of an article, sentence by sentence. Each sentence is analysed once (entities,
 * references to earlier entities, quantities, dates and their roles, clauses) and every figure in
 * it is offered to the rules of its kind, whose cue words come from the {@link CueBook}. A figure
 * whose kind of claim the sentence does not make clear yields no fact: precision first.
 */
public final class FactExtractor {
    public static final String VERSION = "facts-9";
    static final Set<Kind> ACTORS = Set.of(Kind.PLACE, Kind.COMPANY, Kind.BODY);
    private static final Set<Kind> GOVERNMENTS = Set.of(Kind.PLACE, Kind.BODY);
    static final Set<Kind> PLACES = Set.of(Kind.PLACE);
    static final Set<Kind> GOODS = Set.of(Kind.MATERIAL, Kind.ELEMENT);
    static final Set<String> NOT_SUBJECT = Set.of("WORLD");

    private final Lexicon lexicon;
    private final CueBook cues;
    private final Firms firms;

    public FactExtractor(Lexicon lexicon) {
        this(lexicon, CueBook.bundled());
    }

    public FactExtractor(Lexicon lexicon, CueBook cues) {
        this.lexicon = lexicon;
        this.cues = cues;
        this.firms = new Firms(cues);
    }

    /** Every fact the article states, de-duplicated, in reading order. */
    public List<Fact> extract(Article article) {
        return extract(article, m -> { });
    }

    /**
     * Every fact the article states; each entity mention met on the way is also handed to named, so
     * callers that need the article's entities need no second lexicon pass.
     */
    public List<Fact> extract(Article article, Consumer<Mention> named) {
        Lang lang = lang(article.lang());
        Story story = new Story(article.published() == null ? null : article.published().toLocalDate(), article.lang());
        Rules rules = new Rules(cues, story, lexicon);
        Map<Fact.Identity, Fact> out = new LinkedHashMap<>();
        introduceFirms(article, story);
        addSentence(out, rules, article, article.title(), 0, 0, lang, story, named);
        for (Article.Paragraph p : article.paragraphs()) {
            for (Span s : p.sentences()) {
                addSentence(out, rules, article, Texts.cut(p.text(), s.start(), s.end()), p.n(), s.start(), lang, story,
                        named);
            }
        }
        return withoutRestatedTitle(out.values());
    }

    // A firm is introduced once, often after the headline that names it short ("Hanmag to build plant"
    // above "magnet maker Hanmag Co said"): every paragraph is read for introductions first.
    private void introduceFirms(Article article, Story story) {
        firms.introduce(article.title(), lexicon, story);
        for (Article.Paragraph p : article.paragraphs()) {
            firms.introduce(p.text(), lexicon, story);
        }
    }

    // A headline that restates a body figure is that figure (FACTS.md): the title's copy, which can only
    // take the story's date, gives way to the body's.
    private static List<Fact> withoutRestatedTitle(java.util.Collection<Fact> facts) {
        if (facts.stream().noneMatch(f -> f.evidence().paragraph() == 0)) {
            return List.copyOf(facts); // most articles: nothing in the headline to compare
        }
        java.util.Set<List<Object>> body = new java.util.HashSet<>();
        facts.stream().filter(f -> f.evidence().paragraph() > 0).forEach(f -> body.add(claim(f)));
        return facts.stream().filter(f -> f.evidence().paragraph() > 0 || !body.contains(claim(f))).toList();
    }

    // What a fact claims, without its date, where the date came from, and its free-text fields (a
    // headline words them its own way).
    private static List<Object> claim(Fact f) {
        Map<String, String> fields = new LinkedHashMap<>(f.fields());
        fields.remove("measure");
        fields.remove("object");
        fields.remove("dated");
        return java.util.Arrays.asList(f.type(), fields, f.value(), f.valueMin(), f.valueMax(), f.unit());
    }

    private void addSentence(Map<Fact.Identity, Fact> out, Rules rules, Article a, String text, int paragraph,
                             int offset, Lang lang, Story story, Consumer<Mention> named) {
        if (text.isBlank() || text.length() > 5_000) {
            // an overlong "sentence" is a run of text, not a statement: its entities count, no facts
            lexicon.find(text).forEach(named);
            return;
        }
        Sentence s = analyse(text, paragraph, offset, lang, story, named);
        for (Fact f : rules.apply(s, a.id())) {
            out.putIfAbsent(f.identity(), f);
        }
        story.saw(s.mentions, s.dates, s.roles, paragraph);
        story.sawGood(rules.lastGoodNamed(s));
        story.sawSubjects(rules.subjectActors(s));
    }

    // One fold for the finders and the rules: offsets are the same in text and folded.
    private Sentence analyse(String text, int paragraph, int offset, Lang lang, Story story,
                             Consumer<Mention> named) {
        String folded = Normaliser.foldPreservingLength(text);
        List<DateMention> dates = datesOf(folded, lang, story);
        List<Mention> found = tickered(lexicon.find(text, folded), folded);
        found.forEach(named);
        List<Mention> firms = this.firms.find(text, folded, found, story);
        if (!firms.isEmpty()) {
            found = new ArrayList<>(found);
            found.addAll(firms);
            found.sort(Comparator.comparingInt(Mention::start));
        }
        List<Mention> mentions = withReferences(found, folded, story);
        List<Quantity> quantities = QuantityFinder.find(text, folded, lang, dates);
        return new Sentence(text, folded, paragraph, offset, mentions, quantities, dates, roles(folded, dates), story);
    }

    // 中國稀土(0769), "Lynas (ASX: LYC)", 北方稀土（600111）: a ticker in brackets right after a company's name
    // says which company it is, where one name serves two listed firms.
    private static final java.util.regex.Pattern OPEN_TICKER =
            java.util.regex.Pattern.compile("\\s?[(（]\\s?(?:[a-z]{2,6}\\s?[:：]\\s?)?");
    private static final java.util.regex.Pattern CLOSE_TICKER = java.util.regex.Pattern.compile("(?:\\.[a-z]{2})?\\s?[)）]");

    static List<Mention> tickered(List<Mention> found, String folded) {
        List<Mention> out = null;
        for (int i = 0; i + 1 < found.size(); i++) {
            Mention name = found.get(i);
            int j = i + 1; // an exchange's place name may stand in the bracket: (HK: 0769)
            while (j + 1 < found.size() && found.get(j).entity().kind() != Kind.COMPANY
                    && found.get(j).start() < name.end() + 8) {
                j++;
            }
            Mention ticker = found.get(j);
            if (name.entity().kind() != Kind.COMPANY || ticker.entity().kind() != Kind.COMPANY
                    || name.entity().equals(ticker.entity())
                    || !OPEN_TICKER.matcher(folded).region(name.end(), ticker.start()).matches()
                    || !CLOSE_TICKER.matcher(folded).region(ticker.end(), folded.length()).lookingAt()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.set(i, new Mention(name.start(), name.end(), ticker.entity()));
        }
        return out == null ? found : out;
    }

    /**
     * The sentence's dates. In a story without a date line, a month without a year takes the nearest
     * explicit year, and within its own sentence that is the sentence's ("Trong nửa đầu năm 2025 …, trong
     * đó tháng 5 …", 2025年上半年…其中5月…), not the year the story first named.
     */
    private static List<DateMention> datesOf(String folded, Lang lang, Story story) {
        List<DateMention> dates = DateFinder.findFolded(folded, lang, story.reference());
        if (story.published() != null) {
            return dates;
        }
        Integer own = null;
        for (DateMention d : dates) {
            if (d.explicitYear() && d.role() == DateMention.Role.AT) {
                own = Integer.parseInt(Texts.cut(d.value(), 0, 4));
            }
        }
        boolean differs = own != null && (story.reference() == null || own != story.reference().getYear());
        return differs ? DateFinder.findFolded(folded, lang, LocalDate.of(own, 12, 31)) : dates;
    }

    // "The company", 该公司, "this Asian country": the last fitting entity of the story's earlier sentences.
    // "The trade ministry", 經濟部, "Quốc hội": the story's main place's, unless an actor named before it
    // in the sentence says whose it is (美方宣布,國防部將…; "Japan's cabinet" is a name in the lexicon).
    private List<Mention> withReferences(List<Mention> found, String folded, Story story) {
        List<Mention> out = null;
        for (CueMatcher.Hit h : cues.matcher("frame", "anaphor").all(folded)) {
            Entity e = referent(h.key(), story);
            List<Mention> so = out == null ? found : out;
            Set<Kind> owners = h.key().equals("government") ? GOVERNMENTS : ACTORS;
            boolean actorBefore = so.stream().anyMatch(m -> m.end() <= h.start() && owners.contains(m.entity().kind()));
            boolean ownedByName = !h.key().equals("company") && !h.key().equals("place");
            if (e == null || e.id().equals("WORLD") || overlaps(found, h.start(), h.end())
                    || ownedByName && actorBefore) { // "it" after a name in its own sentence is that name
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            if (!overlaps(out, h.start(), h.end())) {
                out.add(new Mention(h.start(), h.end(), e));
            }
        }
        if (out == null) {
            return found;
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static Entity referent(String kind, Story story) {
        return switch (kind) {
            case "company" -> story.lastSubject(Kind.COMPANY);
            case "place" -> story.lastSubject(Kind.PLACE);
            case "government" -> story.mainPlace();
            default -> story.lastActor();
        };
    }

    static boolean overlaps(List<Mention> mentions, int start, int end) {
        for (Mention m : mentions) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    // A date's role as the date finder read it; where it saw a plain date, the cue files may still
    // name a base or a target by the words right before it ("compared with", 较, so với; "by", 到)
    // or, for Chinese targets, right after it (2030年前): a user extends them without a rebuild.
    private DateMention.Role[] roles(String folded, List<DateMention> dates) {
        DateMention.Role[] roles = new DateMention.Role[dates.size()];
        for (int i = 0; i < roles.length; i++) {
            DateMention d = dates.get(i);
            if (d.role() != DateMention.Role.AT) {
                roles[i] = d.role();
                continue;
            }
            String lead = Texts.cut(folded, Math.max(0, d.start() - 20), d.start());
            String tail = Texts.cut(folded, d.end(), Math.min(folded.length(), d.end() + 3));
            // "from January to July 2018" opens the figure's window; "up 9% from July 2017" names its base
            boolean window = d.value().contains("/") && lead.stripTrailing().endsWith("from");
            if (!window && (cues.matcher("frame", "base").endsWith(lead) || afterFigure(lead) || isSamePeriodLastYear(folded, d))) {
                roles[i] = DateMention.Role.BASE;
            } else if (cues.matcher("frame", "target").endsWith(lead) || tail.startsWith("前")
                    || tail.startsWith("之前")) {
                roles[i] = DateMention.Role.TARGET;
            } else {
                roles[i] = DateMention.Role.AT;
            }
        }
        return roles;
    }

    // "up 9% on the June quarter": "on" names a base only right after a figure; "on April 4" dates.
    private boolean afterFigure(String lead) {
        CueMatcher.Hit on = cues.matcher("frame", "base_after_figure").last(lead);
        String between = on == null ? null : Texts.cut(lead, on.end(), lead.length()).strip();
        if (between == null || !between.isEmpty() && !between.equals("the")) {
            return false;
        }
        String before = Texts.cut(lead, 0, on.start()).stripTrailing();
        return !before.isEmpty() && (Character.isDigit(before.charAt(before.length() - 1)) || before.endsWith("%")
                || before.endsWith("percent") || before.endsWith("pct"));
    }

    private static final java.util.regex.Pattern SAME_PERIOD =
            java.util.regex.Pattern.compile("same (?:period|month|quarter|time|months) (?:of |in )?$");

    // 上年同期, 去年同期, "the same period last year", "the same months of 2024", cùng kỳ năm trước name a base by themselves.
    private static boolean isSamePeriodLastYear(String folded, DateMention d) {
        String around = Texts.cut(folded, d.start(), Math.min(folded.length(), d.end() + 4));
        String lead = Texts.cut(folded, Math.max(0, d.start() - 16), d.start());
        return around.contains("同期") || SAME_PERIOD.matcher(lead).find() || lead.endsWith("cùng kỳ ");
    }

    static Lang lang(String articleLang) {
        return Lang.of(articleLang);
    }

    /** The country a government body, programme or leader stands for (the lexicon's country column); a place is itself. */
    static String placeOf(Mention m) {
        return placeOf(m.entity());
    }

    static String placeOf(Entity e) {
        return e.kind() == Kind.PLACE ? e.id() : e.country();
    }
}
