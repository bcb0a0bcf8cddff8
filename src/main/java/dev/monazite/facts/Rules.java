package dev.monazite.facts;

import dev.monazite.lexicon.Entity;
import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.Quantity;
import dev.monazite.text.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The per-type rules: each takes an analysed sentence and a figure in it and returns facts or
 * nothing. Which rule a figure goes to is decided by constructions: a direction verb governing a
 * percentage makes a change, unless a level marker ("rose to", 涨至, lên) stands between them; a
 * share cue makes a share, whose metric is the nearest metric cue; a money amount per mass is a
 * price; a mass after an export verb is a trade flow; a mass used by "each"/每 unit is an intensity.
 * A figure that is a threshold or a target rather than a level says so in a role field ({@link Roles}).
 */
final class Rules {
    private static final int WINDOW = 40;
    private static final Set<String> WORLD_BY_DEFAULT = Set.of("refining", "mining", "reserves", "magnet_production",
            "patents", "capacity", "market_share");

    private final CueBook cues;
    private final Story story;
    private final Lexicon lexicon;
    private final Roles roles;

    Rules(CueBook cues, Story story, Lexicon lexicon) {
        this.cues = cues;
        this.story = story;
        this.lexicon = lexicon;
        this.roles = new Roles(cues);
    }

    List<Fact> apply(Sentence s, String article) {
        List<Fact> out = new ArrayList<>();
        if (isQuestion(s)) {
            return out; // "Can Japan cut its reliance below 50% by 2030?" states nothing
        }
        for (Quantity q : s.quantities) {
            if (q.kind() == Quantity.Kind.NUMBER && !maybeFact(s, q) || notAFact(s, q)) {
                continue;
            }
            int before = out.size();
            switch (q.kind()) {
                case PERCENT -> percent(s, q, article, out);
                case MONEY -> money(s, q, article, out);
                case MASS -> mass(s, q, article, out);
                case COUNT -> count(s, q, article, out);
                case NUMBER -> {
                    if (isFractionMove(s, q)) {
                        percent(s, asPercent(q), article, out);
                    } else {
                        stockCover(s, q, article, out);
                    }
                }
                default -> { }
            }
            roles.mark(s, q, out, before);
        }
        Policies.find(s, article, out, cues);
        return out;
    }

    private static boolean isQuestion(Sentence s) {
        String t = s.text.strip();
        return t.endsWith("?") || t.endsWith("？");
    }

    // A lobby's call or a rumour in the figure's clause: reported, but not stated as so.
    private boolean notAFact(Sentence s, Quantity q) {
        return s.clauseHas(cues.matcher("frame", "not_fact"), q.start());
    }

    // Most plain numbers are neither a fraction moved by nor a stock cover (a duration word follows
    // the number: days, 天, ngày, ...): two cheap looks decide before any cue is searched.
    private static boolean maybeFact(Sentence s, Quantity q) {
        if (q.value() > 0 && q.value() < 1) {
            return true;
        }
        int i = q.end();
        while (i < s.folded.length() && s.folded.charAt(i) == ' ') {
            i++;
        }
        return i < s.folded.length() && "dwm天日周星个個月nt".indexOf(s.folded.charAt(i)) >= 0;
    }

    // ---- percentages: a change when a direction cue governs the figure, else a share when a share cue does

    private void percent(Sentence s, Quantity q, String article, List<Fact> out) {
        if (isPoints(s, q)) {
            return; // percentage points are not a rate
        }
        String before = s.before(q.start(), WINDOW);
        CueMatcher.Hit direction = cues.matcher("change", "direction").last(before);
        String fallOrRise = direction == null ? null : direction.key();
        boolean level = false;
        boolean movedFrom = false;
        if (direction != null) {
            String between = Texts.cut(before, direction.end(), before.length()).stripTrailing();
            // "rose to 70%", "涨至", "tăng lên": the new level; "down from 90%": the old one
            movedFrom = between.endsWith("from") || between.endsWith("từ") || between.endsWith("từ mức");
            level = cues.matcher("change", "level_rate").endsWith(between) || movedFrom;
        } else {
            CueMatcher.Hit after = cues.matcher("change", "after").firstHit(s.after(q.end(), 14));
            if (after != null && Texts.cut(s.after(q.end(), 14), 0, after.start()).isBlank()) {
                fallOrRise = after.key(); // "a 55.9% rise", "a 12% reduction"
            }
        }
        if (fallOrRise != null && !level) {
            change(s, q, article, out, fallOrRise.equals("fall"));
        } else if (earlierLevel(s, q, movedFrom, article, out)) {
            return;
        } else if (isShare(s, q)) {
            share(s, q, article, out);
        } else if ("refining".equals(cues.matcher("share", "metric").first(s.foldedClause(q.start())))) {
            processedAbroad(s, q, s.clauseAt(q.start()), article, out); // 需送到中国提纯: no share word needed
        }
    }

    /**
     * "about 60% of its imports, down from roughly 90% in 2010", "約63%…,雖較2010年的逾九成大幅下降": the
     * level a share moved from is that share at the date the sentence gives the earlier level. Nothing
     * when the sentence read no share before it or does not date the earlier level.
     */
    private boolean earlierLevel(Sentence s, Quantity q, boolean movedFrom, String article, List<Fact> out) {
        var at = s.baseDateOf(q, movedFrom);
        Fact share = null;
        for (Fact f : out) {
            share = f.type().equals("share") ? f : share;
        }
        if (at == null || share == null) {
            return false;
        }
        out.add(fact("share", share.fields(), q, 1, null, s, article, 0.6, at.value()));
        return true;
    }

    private boolean isPoints(Sentence s, Quantity q) {
        String from = Texts.cut(s.folded, q.start(), Math.min(s.folded.length(), q.end() + 20));
        int figureEnd = q.end() - q.start();
        return cues.matcher("change", "points").all(from).stream().anyMatch(h -> h.start() <= figureEnd + 2);
    }

    private boolean isShare(Sentence s, Quantity q) {
        CueMatcher share = cues.matcher("share", "cue");
        return s.clauseHas(share, q.start()) || share.in(s.before(q.start(), WINDOW))
                || cues.matcher("share", "whole").startsWith(s.after(q.end(), 30)) || ofStage(s, q);
    }

    // "77% of refining capacity", "90%的稀土精炼产能", "70% trữ lượng": a percentage of a stage of the chain.
    private boolean ofStage(Sentence s, Quantity q) {
        String after = Texts.cut(s.folded, q.end(), Math.min(s.clauseAt(q.start())[1], q.end() + 30));
        String linked = after.startsWith(" of ") ? Texts.cut(after, 4, after.length()) : after.startsWith("的") ? Texts.cut(after, 1, after.length())
                : after.startsWith(" ") ? Texts.cut(after, 1, after.length()) : null;
        if (linked == null) {
            return false;
        }
        CueMatcher.Hit metric = cues.matcher("share", "metric").firstHit(linked);
        return metric != null && !metric.key().equals("supply_to") && words(Texts.cut(linked, 0, metric.start())) <= 3;
    }

    private void change(Sentence s, Quantity q, String article, List<Fact> out, boolean fall) {
        String basis = cues.matcher("change", "basis").first(s.foldedClause(q.start()));
        if (basis == null) {
            basis = cues.matcher("change", "basis").first(s.folded);
        }
        List<Mention> subjects = subjects(s, q.start());
        for (Mention subject : subjects.isEmpty() ? java.util.Collections.<Mention>singletonList(null) : subjects) {
            Map<String, String> f = new LinkedHashMap<>();
            if (subject != null) {
                f.put("subject", placeOrId(subject));
            }
            f.put("measure", measure(s, q));
            f.put("basis", basis == null ? "period" : basis);
            out.add(fact("change", f, q, fall ? -1 : 1, null, s, article, 0.7, s.dateFor(q.start())));
        }
    }

    // Several companies sharing one figure ("北方稀土、中国稀土、云路股份等涨幅超过5%") are one fact each; else
    // the nearest actor no preposition marks as a partner ("exports to the US rose 22%" are the
    // exporter's); with no one named, the story's (impliedSubject).
    private List<Mention> subjects(Sentence s, int pos) {
        int[] clause = s.clauseAt(pos);
        List<Mention> companies = new ArrayList<>();
        for (Mention m : s.mentions) {
            if (m.start() >= clause[0] && m.end() <= pos && m.entity().kind() == Kind.COMPANY
                    && companies.stream().noneMatch(c -> c.entity().equals(m.entity()))) {
                companies.add(m);
            }
        }
        if (!companies.isEmpty()) {
            listedBefore(s, companies);
        }
        if (companies.size() > 1) {
            return companies;
        }
        Entity exporter = flowExporter(s, pos);
        if (exporter != null) {
            return List.of(new Mention(pos, pos + 1, exporter));
        }
        Mention one = subjectBefore(s, pos, FactExtractor.ACTORS);
        if (one == null) {
            Entity home = nationalFigure(s, pos);
            if (home != null) {
                return List.of(new Mention(pos, pos + 1, home));
            }
            Entity market = priceMarket(s, pos);
            if (market != null) {
                return List.of(new Mention(pos, pos + 1, market));
            }
            Entity implied = impliedSubject(s, pos);
            return implied == null ? List.of() : List.of(new Mention(pos, pos + 1, implied));
        }
        return List.of(one);
    }

    // "while shipments to Japan slid 9%", 而对日本出口下降9%, "xuất khẩu sang Nhật Bản giảm 9%": a flow
    // to a marked partner, with no one else named in its clause, is the story's exporter's, not that of
    // whoever an earlier clause named; null when the clause is no such flow.
    private Entity flowExporter(Sentence s, int pos) {
        int[] clause = s.clauseAt(pos);
        String text = Texts.cut(s.folded, clause[0], pos);
        if (story.lastExporter == null || !cues.matcher("trade", "export").in(text)) {
            return null;
        }
        boolean partner = false;
        for (Mention m : s.mentions) {
            if (m.start() < clause[0] || m.end() > pos || !FactExtractor.ACTORS.contains(m.entity().kind())) {
                continue;
            }
            if (!marked(s, m) && !listedAfterMarked(s, m)) {
                return null;
            }
            partner = true;
        }
        return partner ? lexicon.byId(story.lastExporter).orElse(null) : null;
    }

    // "to South Korea and India": the second of a pair shares the first's marker.
    private boolean listedAfterMarked(Sentence s, Mention m) {
        int i = s.mentions.indexOf(m);
        if (i <= 0) {
            return false;
        }
        Mention prev = s.mentions.get(i - 1);
        String gap = Texts.cut(s.folded, prev.end(), m.start()).strip();
        return (gap.equals("and") || gap.equals("和") || gap.equals("、") || gap.equals("及") || gap.equals("và")
                || gap.equals(",")) && (marked(s, prev) || listedAfterMarked(s, prev));
    }

    // "JL Mag, Ningbo Yunsheng and ...": a list's earlier names sit before the comma that ends the clause.
    private static void listedBefore(Sentence s, List<Mention> companies) {
        int first = s.mentions.indexOf(companies.get(0));
        for (int i = first - 1; i >= 0; i--) {
            Mention m = s.mentions.get(i);
            String gap = Texts.cut(s.text, m.end(), companies.get(0).start());
            if (m.entity().kind() != Kind.COMPANY || !(gap.equals(", ") || gap.equals(",") || gap.equals("、"))
                    || companies.stream().anyMatch(c -> c.entity().equals(m.entity()))) {
                return;
            }
            companies.add(0, m);
        }
    }

    // A figure its own clause calls the country's, naming no one ("domestic output rose 8%", 全国产量增长,
    // "sản lượng cả nước tăng", "the country's quota"), is the story's main place's, or, where the story
    // has named no place as a subject yet, the last place it named; null otherwise.
    private Entity nationalFigure(Sentence s, int pos) {
        int[] clause = s.clauseAt(pos);
        if (!isNational(Texts.cut(s.folded, clause[0], pos))) {
            return null;
        }
        Entity place = story.mainPlace() != null ? story.mainPlace() : story.last(Kind.PLACE);
        return place == null || place.id().equals("WORLD") ? null : place;
    }

    // A commodity price's move whose sentence names no one is its market's: the place whose currency
    // the sentence quotes the price in (内地氧化镝报每公斤1630元人民币，按周升2.5%; "quoted at 6,500 yen
    // a kilogram, up 4%"), else the story's main place ("PrNd prices have risen 12% this year" in a
    // story on China's market). A share price is its company's (impliedSubject); null when the figure
    // is no price's move.
    private Entity priceMarket(Sentence s, int pos) {
        if (s.clauseHas(cues.matcher("price", "not_price"), pos)) {
            return null;
        }
        boolean quoted = false;
        Entity place = null; // of the last quote in a country's currency: 1,630 yuan (about HK$1,780)
        for (Quantity x : s.quantities) {
            if (x.end() <= pos && x.unit() != null && x.unit().contains("/")) {
                quoted = true;
                String country = CURRENCY_PLACES.get(Texts.cut(currency(s, x), 0, 3));
                place = country == null ? place : lexicon.byId(country).orElse(place);
            }
        }
        boolean priceClause = s.clauseHas(cues.matcher("price", "price_word"), pos);
        if (!priceClause && (!quoted || s.clauseHas(cues.matcher("money", "metric"), pos))) {
            return null;
        }
        if (s.mentions.stream().noneMatch(m -> m.entity().kind() == Kind.ELEMENT
                || m.entity().kind() == Kind.MATERIAL)) {
            return null; // the price of something the chain does not trade
        }
        return place != null ? place : story.mainPlace();
    }

    // The currencies one country's market quotes in; a dollar or Hong Kong dollar price names none.
    private static final Map<String, String> CURRENCY_PLACES = Map.of("CNY", "CN", "JPY", "JP", "EUR", "EU",
            "VND", "VN", "TWD", "TW", "KRW", "KR", "INR", "IN", "AUD", "AU", "MYR", "MY");

    // A figure whose sentence names no one is the story's: a firm's results ("revenue rose 12%", 营收增长)
    // or shares are its last company's; exports its exporter's; anything else ("output rose 8%", 产量增长,
    // "sản lượng tăng") the actor the story names most often as a subject.
    private Entity impliedSubject(Sentence s, int pos) {
        String clause = s.foldedClause(pos);
        Entity company = story.lastSubject(Kind.COMPANY);
        if (company != null && (cues.matcher("price", "not_price").in(clause) || companyFigure(clause))) {
            return company;
        }
        if (story.lastExporter != null && cues.matcher("trade", "export").in(clause)) {
            Entity exporter = lexicon.byId(story.lastExporter).orElse(null);
            if (exporter != null) {
                return exporter;
            }
        }
        return story.mainActor() != null ? story.mainActor() : story.lastActor();
    }

    private boolean companyFigure(String clause) {
        String metric = cues.matcher("money", "metric").first(clause);
        return "revenue".equals(metric) || "profit".equals(metric) || "loss".equals(metric);
    }

    // The words of the figure's clause before it, cut at a word boundary.
    private static String measure(Sentence s, Quantity q) {
        int[] c = s.clauseAt(q.start());
        // the words just before the figure say what changed; a long clause keeps its last ones, whole
        return Texts.lastWords(Texts.cut(s.text, c[0], q.start()).strip(), 80);
    }

    private void share(Sentence s, Quantity q, String article, List<Fact> out) {
        String near = s.before(q.start(), 10) + s.after(q.end(), 8);
        if (cues.matcher("share", "grade").in(near)) {
            return; // 99.99% purity is a grade, not a share
        }
        int[] clause = s.clauseAt(q.start());
        String clauseText = Texts.cut(s.folded, clause[0], clause[1]);
        if (s.clauseHas(cues.matcher("share", "exports_whole"), q.start()) && exportsShare(s, q, article, out)) {
            return;
        }
        if (sourcedPart(s, q, clause, article, out)) {
            return;
        }
        String metric = cues.matcher("share", "metric").nearest(clauseText, q.start() - clause[0], q.end() - clause[0]);
        if (metric == null) {
            metric = cues.matcher("share", "metric").first(s.before(q.start(), 60) + " " + s.after(q.end(), 40));
        }
        if ("supply_to".equals(metric) && s.hasWorld(clause[0], clause[1])) {
            // "supplies 10% of global mine output": a share of the world's stage, not of someone's imports
            metric = cues.matcher("share", "metric").all(clauseText).stream().map(CueMatcher.Hit::key)
                    .filter(k -> !k.equals("supply_to")).findFirst().orElse(metric);
        }
        boolean ofWorld = s.hasWorld(clause[0], clause[1]) && metric != null && !metric.equals("supply_to");
        if (!ofWorld && s.clauseHas(cues.matcher("share", "supply"), q.start())
                && cues.matcher("share", "metric").all(clauseText).stream().anyMatch(h -> h.key().equals("supply_to"))) {
            metric = "supply_to"; // "relies on China for 80% of its magnet imports": the reliance governs
        }
        if ("supply_to".equals(metric)) {
            supplyTo(s, q, article, out);
            return;
        }
        metric = metric == null ? "other" : metric;
        if (metric.equals("capacity")) {
            // "refining capacity", công suất tinh luyện: a share of a stage's capacity is that stage's share
            metric = cues.matcher("share", "metric").all(clauseText).stream().map(CueMatcher.Hit::key)
                    .filter(k -> Set.of("refining", "mining", "magnet_production").contains(k)).findFirst().orElse(metric);
        }
        boolean refiningNamed = cues.matcher("share", "metric").all(clauseText).stream()
                .anyMatch(h -> h.key().equals("refining"));
        if (refiningNamed && processedAbroad(s, q, clause, article, out)) {
            return;
        }
        Mention subject = s.before(q.start(), FactExtractor.ACTORS, FactExtractor.NOT_SUBJECT);
        if (subject == null) {
            subject = s.after(q.end(), FactExtractor.ACTORS, FactExtractor.NOT_SUBJECT);
        }
        if (subject == null && WORLD_BY_DEFAULT.contains(metric) && story.lastActor() != null
                && story.lastActor().kind() != Kind.BODY) {
            // "…, controlling over 80% of refining capacity": the story's last actor holds the stage
            subject = new Mention(q.start(), q.end(), story.lastActor());
        }
        if (subject == null) {
            return;
        }
        String subjectId = placeOrId(subject);
        // the whole named next to the figure wins: "chiếm hơn 80% cả nước" is of the country even when
        // the sentence says "global" elsewhere
        Mention owner = wholeAfter(s, q, clause);
        String scope = owner != null ? placeOrId(owner) : isNational(clauseText) ? null
                : s.hasWorld(clause[0], clause[1]) || s.hasWorld(0, s.text.length()) ? "WORLD" : null;
        if (scope == null) {
            scope = nationalScope(s, subject);
        }
        if (scope == null && WORLD_BY_DEFAULT.contains(metric)) {
            scope = "WORLD"; // "77% of refining capacity": a stage share with no whole named is of the world
        }
        if (scope == null || subjectId.equals(scope)) {
            return; // a share of an unstated whole
        }
        out.add(fact("share", shareFields(subjectId, metric, commodity(s, q, "REE"), scope), q, 1, null, s, article,
                0.6, s.statedDate(q.start())));
    }

    // "日本70%的重稀土需送到中国提纯", "80% of US ore is shipped to China for processing": the place the
    // material is sent to holds that share of the sender's refining.
    private boolean processedAbroad(Sentence s, Quantity q, int[] clause, String article, List<Fact> out) {
        Mention to = null;
        for (Mention m : s.mentions) {
            if (m.start() >= q.end() && m.end() <= clause[1] && m.entity().kind() == Kind.PLACE && marked(s, m)) {
                to = m;
                break;
            }
        }
        Mention from = null; // the sender: the clause's place that no "to" marks ("American ore", 日本70%的)
        for (Mention m : s.mentions) {
            if (from == null && m.start() >= clause[0] && m.end() <= clause[1] && m.entity().kind() == Kind.PLACE
                    && !m.entity().id().equals("WORLD") && !marked(s, m)) {
                from = m;
            }
        }
        if (to == null || from == null || to.entity().id().equals(from.entity().id())) {
            return false;
        }
        out.add(fact("share", shareFields(to.entity().id(), "refining", commodity(s, q, "REE"), from.entity().id()), q,
                1, null, s, article, 0.6, s.dateFor(q.start())));
        return true;
    }

    // "83% of the light rare earth reserves of the country", "của nước này": the whole's owner after the figure.
    private static Mention wholeAfter(Sentence s, Quantity q, int[] clause) {
        for (Mention m : s.mentions) {
            if (m.start() >= q.end() && m.end() <= clause[1] && m.entity().kind() == Kind.PLACE
                    && !m.entity().id().equals("WORLD")) {
                String lead = Texts.cut(s.folded, Math.max(q.end(), m.start() - 5), m.start());
                if (lead.endsWith("of ") || lead.endsWith("of the ") || lead.endsWith("của ")) {
                    return m;
                }
            }
        }
        return null;
    }

    // "其中自缅甸进口8130吨,约占六成五", "of which 8,130 t came from Myanmar, about 65%", "trong đó nhập từ
    // Myanmar 8.130 tấn, chiếm 65%": a share in a clause that names no one, right after a clause that
    // stated an import from a named source, is that source's share of the importer's supply.
    private boolean sourcedPart(Sentence s, Quantity q, int[] clause, String article, List<Fact> out) {
        Fact flow = out.isEmpty() ? null : out.get(out.size() - 1);
        if (clause[0] == 0 || flow == null || !flow.type().equals("trade")) {
            return false;
        }
        String source = flow.fields().get("exporter");
        String importer = flow.fields().get("importer");
        boolean named = s.mentions.stream().anyMatch(m -> m.start() >= clause[0] && m.end() <= clause[1]
                && FactExtractor.ACTORS.contains(m.entity().kind()));
        if (named || "WORLD".equals(source) || "WORLD".equals(importer) || !importer.equals(story.lastImporter)) {
            return false;
        }
        out.add(fact("share", shareFields(source, "supply_to", flow.fields().get("commodity"), importer), q, 1, null,
                s, article, 0.6, s.dateFor(q.start())));
        return true;
    }

    // "对美出口占当月出口总量的8.6%", "Germany took 17% of China's exports": the destination's share of the
    // exporter's total, metric other.
    private boolean exportsShare(Sentence s, Quantity q, String article, List<Fact> out) {
        String exporter = story.lastExporter;
        if (exporter == null && s.mentions.stream().anyMatch(m -> m.entity().id().equals("CN"))) {
            exporter = "CN";
        }
        Mention destination = null;
        for (Mention m : s.mentions) {
            if (m.end() <= q.start() && m.entity().kind() == Kind.PLACE && !m.entity().id().equals("WORLD")
                    && !m.entity().id().equals(exporter)) {
                destination = m;
            }
        }
        if (exporter == null || destination == null) {
            return false;
        }
        out.add(fact("share", shareFields(destination.entity().id(), "other", storyGood(s, q), exporter), q, 1,
                null, s, article, 0.6, s.dateFor(q.start())));
        return true;
    }

    /**
     * A share of one place's supply that another supplies. "Japan relies on China for 60%", "the bloc
     * sources 98% ... from China", 欧盟85%的稀土依赖中国供应: the supplier follows the cue and the
     * dependent whole precedes it. "China supplies 70% of America's imports": the supplier is the
     * subject and the whole follows.
     */
    private void supplyTo(Sentence s, Quantity q, String article, List<Fact> out) {
        // "supply chain", 供应链: a noun that names the chain, not a verb saying who supplies whom
        List<CueMatcher.Hit> chains = cues.matcher("share", "supply_noun").all(s.folded);
        CueMatcher.Hit cue = nearestHit(cues.matcher("share", "supply").all(s.folded).stream()
                .filter(h -> chains.stream().noneMatch(c -> c.start() <= h.start() && h.end() <= c.end())).toList(), q);
        Mention supplier = null;
        Mention whole = null;
        if (cue != null && cue.key().equals("by_subject")) {
            supplier = s.before(cue.start() + 1, FactExtractor.ACTORS, FactExtractor.NOT_SUBJECT);
            whole = s.after(cue.end(), FactExtractor.PLACES, FactExtractor.NOT_SUBJECT);
        } else if (cue != null) {
            supplier = s.after(cue.start(), FactExtractor.ACTORS, FactExtractor.NOT_SUBJECT);
            whole = s.before(cue.start() + 1, FactExtractor.ACTORS, FactExtractor.NOT_SUBJECT);
        }
        if (supplier == null) {
            supplier = s.mentions.stream().filter(m -> m.entity().id().equals("CN")).findFirst().orElse(null);
        }
        if (supplier == null) {
            return;
        }
        String supplierId = placeOrId(supplier);
        if (whole == null && isNational(s.foldedClause(q.start()))) {
            whole = s.before(supplier.start(), FactExtractor.PLACES, FactExtractor.NOT_SUBJECT);
            String home = whole == null ? "CN" : whole.entity().id(); // "满足国内15%的需求": the home market
            if (!home.equals(supplierId)) {
                out.add(fact("share", shareFields(supplierId, "supply_to", commodity(s, q, "REE"), home), q, 1, null, s,
                        article, 0.6, s.dateFor(q.start())));
            }
            return;
        }
        String scope = whole == null || placeOrId(whole).equals(supplierId) ? otherPlace(s, supplierId)
                : placeOrId(whole);
        if (scope.equals("WORLD") && story.last(Kind.PLACE) != null && !story.last(Kind.PLACE).id().equals(supplierId)
                && !story.last(Kind.PLACE).id().equals("WORLD")) {
            scope = story.last(Kind.PLACE).id(); // "…of which over 85% came from China": the story's importer
        }
        if (scope == null || scope.equals(supplierId)) {
            return;
        }
        out.add(fact("share", shareFields(supplierId, "supply_to", commodity(s, q, "REE"), scope), q, 1, null, s,
                article, 0.6, s.statedDate(q.start())));
    }

    private static String otherPlace(Sentence s, String not) {
        for (Mention m : s.mentions) {
            if (m.entity().kind() == Kind.PLACE && !m.entity().id().equals(not) && !m.entity().id().equals("WORLD")) {
                return m.entity().id();
            }
        }
        return "WORLD";
    }

    private static CueMatcher.Hit nearestHit(List<CueMatcher.Hit> hits, Quantity q) {
        CueMatcher.Hit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CueMatcher.Hit h : hits) {
            int d = h.start() >= q.end() ? h.start() - q.end() : h.end() <= q.start() ? q.start() - h.end() : 0;
            if (d < bestDistance) {
                best = h;
                bestDistance = d;
            }
        }
        return best;
    }

    // "占全国/cả nước/nationwide": the whole is the country (China in this press unless another is named);
    // "占其财政收入": the subject's own total.
    private String nationalScope(Sentence s, Mention subject) {
        if (isNational(s.folded)) {
            Mention place = s.before(subject.start() + 1, FactExtractor.PLACES, FactExtractor.NOT_SUBJECT);
            return place != null ? place.entity().id() : "CN";
        }
        boolean own = cues.matcher("share", "own").in(s.folded);
        return own && subject.entity().kind() == Kind.PLACE ? subject.entity().id() : null;
    }

    private boolean isNational(String text) {
        return cues.matcher("share", "national").in(text);
    }

    private static Map<String, String> shareFields(String subject, String metric, String commodity, String scope) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("subject", subject);
        f.put("metric", metric);
        f.put("commodity", commodity);
        f.put("scope", scope);
        return f;
    }

    static String placeOrId(Mention m) {
        return placeOrId(m.entity());
    }

    private static String placeOrId(Entity e) {
        String p = FactExtractor.placeOf(e);
        return p != null ? p : e.id();
    }

    // ---- money: a price when the unit is per mass, else an amount with a metric

    private void money(Sentence s, Quantity q, String article, List<Fact> out) {
        if (q.unit() == null) {
            return;
        }
        if (q.unit().contains("/")) {
            price(s, q, article, out);
            return;
        }
        if (s.clauseHas(cues.matcher("price", "not_price"), q.start())) {
            return; // a share price
        }
        if (isDelta(s, q) && aboutAPrice(s, q)) {
            return; // "prices ... a weekly increase of 10,000 yuan", 报价上涨5000元: a price's move, no amount of money
        }
        String context = s.foldedClause(q.start()) + " " + s.before(q.start(), 30) + s.after(q.end(), 30);
        String metric = cues.matcher("money", "metric").first(context);
        Mention subject = "loan".equals(metric) ? lender(s, q) : null;
        if (subject == null) {
            subject = subjectBefore(s, q.start(), FactExtractor.ACTORS);
        }
        Map<String, String> f = new LinkedHashMap<>();
        if (subject != null) {
            f.put("subject", placeOrId(subject));
        }
        f.put("metric", metric == null ? "other" : metric);
        // earnings are about a period; a commitment (fund, loan, investment) is dated only where the text dates it
        String date = PERIOD_MONEY.contains(f.get("metric")) ? s.dateFor(q.start()) : s.statedDate(q.start());
        out.add(fact("money", f, q, 1, currency(s, q), s, article, metric == null ? 0.5 : 0.7, date));
    }

    // "a loan from Export Finance Australia", 向中国进出口银行贷款: the lender is the money's subject.
    private Mention lender(Sentence s, Quantity q) {
        int[] clause = s.clauseAt(q.start());
        for (Mention m : s.mentions) {
            if (m.start() >= clause[0] && m.end() <= clause[1] && FactExtractor.ACTORS.contains(m.entity().kind())
                    && cues.matcher("trade", "from").endsWith(Texts.cut(s.folded, Math.max(0, m.start() - 8), m.start()))) {
                return m;
            }
        }
        return null;
    }

    private void price(Sentence s, Quantity q, String article, List<Fact> out) {
        if (isDelta(s, q) || s.clauseHas(cues.matcher("price", "not_price"), q.start())) {
            return; // "rose by 50,000 yuan per ton" is a move; a share price is not a market price
        }
        String commodity = commodity(s, q, null);
        if (commodity == null) {
            return;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("commodity", tradedForm(commodity));
        String date = s.ownDate(q.start());
        out.add(fact("price", f, q, 1, currency(s, q), s, article, 0.8, movedTo(s, q) ? windowEnd(date) : date));
    }

    // "slipped 3.5% over the same period to 7,050 yuan", 较4月上涨至…, "tăng lên …": a price a move
    // reached is the level at the end of the move's window, not the window's.
    private boolean movedTo(Sentence s, Quantity q) {
        return cues.matcher("change", "level_rate").endsWith(s.before(q.start(), 16))
                && s.clauseHas(cues.matcher("change", "direction"), q.start());
    }

    private static String windowEnd(String date) {
        int slash = date == null ? -1 : date.indexOf('/');
        return slash < 0 ? date : Texts.cut(date, slash + 1, date.length());
    }

    // In Traditional Chinese news a bare 元 is the New Taiwan dollar; 人民幣, 港元 and 美元 name theirs.
    private String currency(Sentence s, Quantity q) {
        String unit = q.unit();
        if (!story.traditional || !unit.startsWith("CNY")) {
            return unit;
        }
        String around = Texts.cut(s.folded, Math.max(0, q.start() - 4), Math.min(s.folded.length(), q.end() + 4));
        return around.contains("人民") || around.contains("rmb") ? unit : "TWD" + Texts.cut(unit, 3, unit.length());
    }

    // Rare-earth prices are quoted for the oxide unless a form is named: 镨钕价格, "NdPr prices".
    private String tradedForm(String commodity) {
        String oxide = commodity + "-oxide";
        return !commodity.contains("-") && lexicon.byId(oxide).isPresent() ? oxide : commodity;
    }

    // A direction verb right before the amount, with no level marker between: a change by that amount.
    // The figure's clause names a price; or it names no money of its own (profit, revenue, cost...)
    // while the sentence names or quotes a price (money per unit): "... 555,000 yuan per ton, with a
    // weekly increase of 10,000 yuan", but not "when the price rises 100,000 yuan/t, profit rises 1.2 billion".
    private boolean aboutAPrice(Sentence s, Quantity q) {
        CueMatcher price = cues.matcher("price", "price_word");
        if (s.clauseHas(price, q.start())) {
            return true;
        }
        return !s.clauseHas(cues.matcher("money", "metric"), q.start()) && (price.in(s.folded)
                || s.quantities.stream().anyMatch(x -> x.unit() != null && x.unit().contains("/")));
    }

    /**
     * Whether a figure is what something moved by, not a level: a direction right before it ("rose 248
     * tons", 上涨5000元, "giảm 2.000 nhân dân tệ"), with a delta marker between ("rose by", 增加了, "tăng
     * thêm") or a delta that names its direction ("an increase of"). A marker with no direction before
     * it marks no move: "chi thêm 50 tỷ yên" spends 50 billion more, 达到了5万吨 reached a level.
     */
    private boolean isDelta(Sentence s, Quantity q) {
        String before = s.before(q.start(), 24).stripTrailing();
        CueMatcher direction = cues.matcher("change", "direction");
        CueMatcher.Hit delta = cues.matcher("change", "delta").last(before);
        if (delta != null && delta.end() == before.length()) {
            return direction.in(delta.cue()) || direction.endsWith(Texts.cut(before, 0, delta.start()));
        }
        if (cues.matcher("change", "level").endsWith(before)) {
            return false;
        }
        return direction.endsWith(before);
    }

    // ---- masses: material per unit, a trade flow, or an amount produced/held/needed

    private void mass(Sentence s, Quantity q, String article, List<Fact> out) {
        String clause = s.foldedClause(q.start());
        String before = s.before(q.start(), WINDOW);
        Mention application = subjectApplication(s, q);
        if (isIntensity(s, q, application, before + clause)) {
            intensity(s, q, application, article, out);
            return;
        }
        if (isDelta(s, q)) {
            return; // "rose by 248 tons": an absolute change, not a level
        }
        // the flow's verb may sit in an earlier clause: "exports was to Germany, which saw ... to 1,118 tons";
        // the nearest one before the figure says which way it goes
        String lead = Texts.cut(s.folded, Math.max(0, q.start() - 90), q.start());
        CueMatcher.Hit exportCue = cues.matcher("trade", "export").last(lead);
        CueMatcher.Hit importCue = cues.matcher("trade", "import").last(lead);
        if (rankedAfterFlow(s, q, lead, exportCue, importCue) && destination(s, q, article, out)) {
            return;
        }
        if (exportCue != null || importCue != null) {
            boolean export = importCue == null || exportCue != null && exportCue.end() >= importCue.end();
            int cueAt = Math.max(0, q.start() - 90) + (export ? exportCue : importCue).start();
            trade(s, q, export, cueAt, article, out);
            return;
        }
        if (story.lastExporter != null && destination(s, q, article, out)) {
            return;
        }
        quantity(s, q, toTonnes(q) / q.value(), article, out);
    }

    // "...17.4% of total exports; the US ranked second with 6,130 t": a market named in the figure's own
    // clause, after the flow's verb of an earlier clause, says where the amount went; the verb's clause
    // had its own figure and place.
    private boolean rankedAfterFlow(Sentence s, Quantity q, String lead, CueMatcher.Hit exportCue,
                                    CueMatcher.Hit importCue) {
        if (story.lastExporter == null) {
            return false;
        }
        CueMatcher.Hit market = cues.matcher("trade", "destination").last(lead);
        int flowEnd = Math.max(exportCue == null ? -1 : exportCue.end(), importCue == null ? -1 : importCue.end());
        int leadStart = q.start() - lead.length();
        return market != null && market.start() > flowEnd
                && (flowEnd < 0 || leadStart + flowEnd <= s.clauseAt(q.start())[0]);
    }

    // "Germany remained the largest destination, taking 1,240 tons", "Mỹ đứng thứ hai với 6.130 tấn": in a
    // story about one country's exports, a place named as a market before the amount is its importer.
    private boolean destination(Sentence s, Quantity q, String article, List<Fact> out) {
        int[] clause = s.clauseAt(q.start());
        String before = Texts.cut(s.folded, Math.max(0, q.start() - 80), q.start());
        if (!cues.matcher("trade", "destination").in(before)) {
            return false;
        }
        Mention place = s.before(q.start(), FactExtractor.PLACES, FactExtractor.NOT_SUBJECT);
        if (place == null || place.start() < clause[0] - 80 || place.entity().id().equals(story.lastExporter)) {
            return false;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("commodity", storyGood(s, q));
        f.put("exporter", story.lastExporter);
        f.put("importer", place.entity().id());
        out.add(fact("trade", f, q, toTonnes(q) / q.value(), "t", s, article, 0.6, s.dateFor(q.start())));
        return true;
    }

    // The application that uses the amount: named in the figure's clause before it ("each EV uses"), or
    // right after it ("2 kg per EV"), else in an earlier clause; one in a later clause is another figure's.
    private static Mention subjectApplication(Sentence s, Quantity q) {
        int[] clause = s.clauseAt(q.start());
        Mention best = null;
        for (Mention m : s.mentions) {
            if (m.entity().kind() == Kind.APPLICATION && m.start() >= clause[0] && m.end() <= clause[1]
                    && (m.end() <= q.start() || best == null)) {
                best = m;
            }
        }
        return best != null ? best : s.before(clause[0], Set.of(Kind.APPLICATION), Set.of()); // "robots …, each needs"
    }

    // "each X uses N kg", "a humanoid robot uses 3.5 kg", 每台…需N公斤, "mỗi chiếc xe … sử dụng N kg": a
    // per-unit word or an indefinite article opens the subject, whose use verb stands right before the figure.
    private boolean isIntensity(Sentence s, Quantity q, Mention application, String context) {
        if (perMegawatt(s, q)) {
            return true;
        }
        String before = s.before(q.start(), 90);
        CueMatcher.Hit use = cues.matcher("intensity", "use").last(before);
        if (use == null || words(Texts.cut(before, use.end(), before.length())) > 3) {
            return false; // the verb must govern the figure: "uses roughly 3.5 kg", 约需0.2公斤
        }
        String subject = Texts.cut(before, 0, use.start());
        String tail = Texts.cut(s.folded, q.end(), Math.min(s.clauseAt(q.start())[1], q.end() + 30));
        CueMatcher.Hit each = cues.matcher("intensity", "each_after").firstHit(tail);
        if (application != null && application.end() <= q.start() && each != null
                && words(Texts.cut(tail, 0, each.start())) <= 3) {
            return true; // "electric vehicles requiring 1-2 kg of REE each"
        }
        CueMatcher.Hit per = cues.matcher("intensity", "per_unit").last(subject);
        if (per != null && words(Texts.cut(subject, per.end(), subject.length())) <= 8) {
            return true;
        }
        CueMatcher.Hit one = cues.matcher("intensity", "indefinite").last(subject);
        // "a/an/one" opens too many phrases: only with a named application in the subject
        return one != null && words(Texts.cut(subject, one.end(), subject.length())) <= 8 && application != null
                && application.start() >= s.clauseAt(q.start())[0] && application.end() <= q.start();
    }

    // Words in a span: Latin and Vietnamese words by spaces; Chinese words are mostly two characters.
    static int words(String span) {
        int n = 0;
        int han = 0;
        boolean inWord = false;
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            if (Sentence.isHan(c)) {
                n += han++ % 2 == 0 ? 1 : 0;
                inWord = false;
                continue;
            }
            han = 0;
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    n++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return n;
    }

    private static boolean perMegawatt(Sentence s, Quantity q) {
        String after = s.after(q.end(), 30);
        return after.contains("per megawatt") || after.contains("/mw") || after.contains("mỗi mw")
                || s.before(q.start(), 12).contains("每兆瓦");
    }

    private void intensity(Sentence s, Quantity q, Mention application, String article, List<Fact> out) {
        double scale = q.unit().startsWith("t") ? 1000 : q.unit().startsWith("g") ? 0.001 : 1;
        Map<String, String> f = new LinkedHashMap<>();
        String app = perMegawatt(s, q) ? "wind_turbine_MW" : application == null ? "other"
                : application.entity().id().equals("wind_turbine") ? "wind_turbine_MW" : application.entity().id();
        f.put("application", FACTS_APPLICATIONS.contains(app) ? app : "other");
        f.put("commodity", commodity(s, q, "REE"));
        out.add(fact("intensity", f, q, scale, "kg/unit", s, article, 0.8, null));
    }

    private static final Set<String> PERIOD_MONEY = Set.of("revenue", "profit", "loss", "other");

    private static final Set<String> FACTS_APPLICATIONS = Set.of("EV", "humanoid_robot", "wind_turbine_MW", "F-35",
            "nuclear_submarine");

    // The exporter is the place before the export cue ("China's ... exports"), the importer the place
    // introduced by "to/对/向/sang"; with no partner named the flow is to the world. Exports whose
    // exporter no one names (出口量下降12%至1,200吨 in a story about Japan) are the story's main place's,
    // whose customs report them; purchases are not, since anyone may buy from anywhere.
    private void trade(Sentence s, Quantity q, boolean export, int cueAt, String article, List<Fact> out) {
        Mention home = home(s, cueAt);
        Mention partner = partner(s, q, export ? "to" : "from");
        String homeId = home != null ? home.entity().id() : story.lastExporter;
        if (homeId == null && s.mentions.stream().anyMatch(m -> m.entity().id().equals("CN"))) {
            homeId = "CN";
        }
        if (homeId == null && export && story.mainPlace() != null && !story.mainPlace().id().equals("WORLD")) {
            homeId = story.mainPlace().id();
        }
        if (homeId == null) {
            return;
        }
        String partnerId = partner != null ? partner.entity().id() : "WORLD";
        String exporter = export ? homeId : partnerId;
        String importer = export ? partnerId : homeId;
        if (exporter.equals(importer)) {
            return;
        }
        story.lastExporter = exporter;
        story.lastImporter = export ? null : importer;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("commodity", storyGood(s, q));
        f.put("exporter", exporter);
        f.put("importer", importer);
        out.add(fact("trade", f, q, toTonnes(q) / q.value(), "t", s, article, 0.7, s.dateFor(q.start())));
    }

    // The home side of a flow: the nearest place before its cue that no "to/from" marks as the partner
    // ("China's exports", 中国对美国出口: China, not the US).
    private Mention home(Sentence s, int cueAt) {
        Mention home = null;
        for (Mention m : s.mentions) {
            if (m.end() <= cueAt + 1 && m.entity().kind() == Kind.PLACE && !m.entity().id().equals("WORLD")
                    && !marked(s, m)) {
                home = m;
            }
        }
        return home;
    }

    /**
     * Whose figure it is: the nearest actor before pos that no preposition marks as a partner, a
     * customer or a comparison ("a supplier to Hyundai", 向日本出口, "sales to Japan and Korea", "so với
     * Mỹ"); null when every actor before it is so marked.
     */
    private Mention subjectBefore(Sentence s, int pos, Set<Kind> kinds) {
        Mention owner = owner(s, pos, kinds);
        if (owner != null) {
            return owner;
        }
        Mention best = null;
        for (Mention m : subjectActors(s)) {
            if (m.end() > pos) {
                break;
            }
            if (kinds.contains(m.entity().kind()) && !m.entity().id().equals("WORLD")) {
                best = m;
            }
        }
        return best;
    }

    // "compared to China's 10,000 tons", 比日本的3万吨: a name owning the figure right after it owns it,
    // whatever marks the name.
    private Mention owner(Sentence s, int pos, Set<Kind> kinds) {
        Mention last = s.before(pos, kinds, FactExtractor.NOT_SUBJECT);
        if (last == null) {
            return null;
        }
        String gap = Texts.cut(s.folded, last.end(), pos);
        return gap.equals("'s ") || gap.equals("’s ") || gap.equals("的") ? last : null;
    }

    /** The actors a sentence names as whose figures or acts they are, not as partners or comparisons. */
    List<Mention> subjectActors(Sentence s) {
        if (s.subjectActors != null) {
            return s.subjectActors;
        }
        List<Mention> out = new ArrayList<>();
        Mention previous = null;
        boolean previousOblique = false;
        for (Mention m : s.mentions) {
            if (!FactExtractor.ACTORS.contains(m.entity().kind())) {
                continue;
            }
            boolean oblique = oblique(s, m) || previousOblique && coordinated(s, previous, m);
            if (!oblique) {
                out.add(m);
            }
            previous = m;
            previousOblique = oblique;
        }
        s.subjectActors = out;
        return out;
    }

    private boolean oblique(Sentence s, Mention m) {
        String lead = lead(s, m);
        return marked(lead) || cues.matcher("frame", "oblique").endsWith(lead)
                || m.entity().kind() == Kind.PLACE && cues.matcher("frame", "oblique_place").endsWith(lead);
    }

    // "South Korea and India", 日本和韩国, "Nhật Bản và Hàn Quốc": the second of two joined names.
    private boolean coordinated(Sentence s, Mention first, Mention second) {
        String gap = Texts.cut(s.folded, first.end(), second.start());
        return gap.length() <= 6 && cues.matcher("frame", "and").in(gap) || gap.equals("、") || gap.equals(", ");
    }

    private boolean marked(Sentence s, Mention m) {
        return marked(lead(s, m));
    }

    private boolean marked(String lead) {
        return cues.matcher("trade", "to").endsWith(lead) || cues.matcher("trade", "from").endsWith(lead);
    }

    // The words right before a mention, where a preposition marking it stands.
    private static String lead(Sentence s, Mention m) {
        return Texts.cut(s.folded, Math.max(0, m.start() - 10), m.start());
    }

    // The partner: a place introduced by "to/对/向/sang" (exports) or "from/自/từ" (imports): in the
    // figure's clause, else earlier in the sentence ("exports to the US are expected to drop, with only
    // 46 tons"); the nearest before the figure first.
    // The partner named in the figure's clause, else in an earlier one, unless the figure's clause says
    // it is the whole flow ("overall exports", 整体出口, "tổng xuất khẩu"): then there is none.
    private Mention partner(Sentence s, Quantity q, String group) {
        int[] clause = s.clauseAt(q.start());
        Mention inClause = partner(s, q, group, clause[0], clause[1]);
        if (inClause != null || cues.matcher("trade", "whole").in(Texts.cut(s.folded, clause[0], q.start()))) {
            return inClause;
        }
        return partner(s, q, group, 0, q.start());
    }

    private Mention partner(Sentence s, Quantity q, String group, int from, int to) {
        Mention before = null, after = null;
        for (Mention m : s.mentions) {
            if (m.entity().kind() != Kind.PLACE || m.entity().id().equals("WORLD") || m.start() < from || m.end() > to) {
                continue;
            }
            String lead = Texts.cut(s.folded, Math.max(0, m.start() - 10), m.start());
            if (cues.matcher("trade", group).endsWith(lead)) {
                if (m.end() <= q.start()) {
                    before = m;
                } else if (after == null) {
                    after = m;
                }
            }
        }
        return before != null ? before : after;
    }

    private void quantity(Sentence s, Quantity q, double factor, String article, List<Fact> out) {
        String context = s.foldedClause(q.start()) + " " + s.before(q.start(), WINDOW);
        String metric = cues.matcher("quantity", "metric").first(context);
        if (metric == null) {
            metric = cues.matcher("quantity", "metric").first(Texts.cut(s.folded, 0, q.start()));
        }
        if (metric == null) {
            return;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("subject", quantitySubject(s, q, FactExtractor.ACTORS, metric));
        f.put("metric", metric);
        f.put("commodity", CARRIED_METRICS.contains(metric) ? storyGood(s, q) : commodity(s, q, "REE"));
        String unit = metric.equals("capacity") || q.unit().endsWith("/yr") || perYear(s, q) ? "t/yr"
                : q.unit().endsWith("/day") ? "t/day"
                : q.unit().endsWith("/month") || perMonth(s, q) ? "t/month" : "t";
        String date = metric.equals("production") || metric.equals("demand") ? s.dateFor(q.start()) : s.statedDate(q.start());
        out.add(fact("quantity", f, q, factor, unit, s, article, 0.6, date));
    }

    private boolean perMonth(Sentence s, Quantity q) {
        int clauseEnd = s.clauseAt(q.start())[1];
        return cues.matcher("quantity", "per_month").in(Texts.cut(s.folded, q.end(), Math.min(clauseEnd, q.end() + 16)))
                || cues.matcher("quantity", "per_month").in(s.before(q.start(), 10));
    }

    private boolean perYear(Sentence s, Quantity q) {
        int clauseEnd = s.clauseAt(q.start())[1];
        return cues.matcher("quantity", "per_year").in(Texts.cut(s.folded, q.end(), Math.min(clauseEnd, q.end() + 24)))
                || cues.matcher("quantity", "per_year").in(s.before(q.start(), 10));
    }

    // "rose by a third", "dropped by nearly half", 减少了三分之一, giảm một nửa: a fraction moved by is a rate.
    private boolean isFractionMove(Sentence s, Quantity q) {
        return q.value() > 0 && q.value() < 1 && q.min() == null
                && cues.matcher("change", "direction").last(s.before(q.start(), WINDOW)) != null
                && !Texts.cut(s.folded, q.start(), q.end()).matches(".*\\d.*");
    }

    private static Quantity asPercent(Quantity q) {
        double pct = Math.round(q.value() * 1000) / 10.0; // a third = 33.3, as FACTS.md writes it
        return new Quantity(Quantity.Kind.PERCENT, pct, null, null, "%", q.bound(), q.start(), q.end());
    }

    // "two months of stock", 库存只能支撑90天, "kho dự trữ đủ 45 ngày": stock cover counted in time.
    private void stockCover(Sentence s, Quantity q, String article, List<Fact> out) {
        String after = Texts.cut(s.folded, q.end(), Math.min(s.clauseAt(q.start())[1], q.end() + 8)).stripLeading();
        CueMatcher.Hit unit = cues.matcher("quantity", "duration").firstHit(after);
        if (unit == null || unit.start() != 0 || !s.clauseHas(cues.matcher("quantity", "cover"), q.start())) {
            return;
        }
        Mention holder = subjectBefore(s, q.start(), FactExtractor.ACTORS);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("subject", holder != null ? placeOrId(holder)
                : story.lastActor() != null ? story.lastActor().id() : "WORLD");
        f.put("metric", "stockpile");
        f.put("commodity", commodity(s, q, "REE"));
        out.add(fact("quantity", f, q, 1, unit.key(), s, article, 0.5, s.statedDate(q.start())));
    }

    private void count(Sentence s, Quantity q, String article, List<Fact> out) {
        Mention application = nearest(s, q, Set.of(Kind.APPLICATION));
        if (application == null || q.value() < 2) {
            return;
        }
        String context = s.foldedClause(q.start()) + " " + s.before(q.start(), WINDOW);
        String metric = cues.matcher("quantity", "metric").first(context);
        if (metric == null) {
            return;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("subject", quantitySubject(s, q, Set.of(Kind.PLACE, Kind.COMPANY), metric));
        f.put("metric", metric);
        f.put("commodity", application.entity().id());
        out.add(fact("quantity", f, q, 1, q.unit().endsWith("/yr") || perYear(s, q) ? "units/yr" : "units", s, article, 0.6,
                s.dateFor(q.start())));
    }

    // "global ... production reached 390,000 t" is the world's; otherwise the nearest place or company
    // before the figure ("中国...;2024年产量27万吨" is China's even after "占全球近一半"). With no one
    // named in the sentence, demand is the world's (a market, "demand of 66,000 t"), while what is
    // made, held or allowed is the story's: "NdPr production was 2,150 t" in a story on a miner,
    // 该项目设计年产1.8万吨, "the plant will hold 500 t in stock".
    private String quantitySubject(Sentence s, Quantity q, Set<Kind> kinds, String metric) {
        int[] clause = s.clauseAt(q.start());
        if (s.hasWorld(clause[0], clause[1])) {
            return "WORLD";
        }
        Mention subject = subjectBefore(s, q.start(), kinds);
        if (subject != null) {
            return placeOrId(subject);
        }
        Entity unnamed = nationalFigure(s, q.start());
        if (unnamed == null && !metric.equals("demand")) {
            unnamed = impliedSubject(s, q.start());
        }
        return unnamed == null || !kinds.contains(unnamed.kind()) ? "WORLD" : placeOrId(unnamed);
    }

    private static double toTonnes(Quantity q) {
        String unit = q.unit();
        if (unit.startsWith("kg")) {
            return q.value() / 1000;
        }
        if (unit.startsWith("g")) {
            return q.value() / 1_000_000;
        }
        return q.value();
    }

    // ---- shared helpers

    // Flows, output, capacity and demand keep the good their story is about; reserves and stocks are
    // named with their own good, and a share's good defaults to rare earths.
    // What may stand between an amount and the good it measures: "of", "of the" and up to two
    // modifiers ("tonnes of high-performance magnets", "tonnes of sintered NdFeB"); in Chinese 的 and up
    // to four characters of modifier (2万吨高性能钕铁硼, 3000吨的高端磁材); never a figure or a clause break.
    private static final Pattern GOOD_MODIFIERS = Pattern.compile(
            "of( the)?( [\\p{IsLatin}][\\p{IsLatin}-]*){0,2}|的?\\p{IsHan}{0,4}|的");

    private static final Set<String> CARRIED_METRICS = Set.of("production", "capacity", "demand");

    /**
     * The good of a trade flow or an output figure: the one its sentence names, else the story's last
     * ("Magnet exports rose. Shipments to Japan fell to 590 tons."), else rare earths.
     */
    private String storyGood(Sentence s, Quantity q) {
        String own = commodity(s, q, null);
        if (own != null) {
            return own;
        }
        return story.lastGood() != null ? story.lastGood() : "REE";
    }

    /** The commodity a figure is about: the good named right after it, else the nearest in its clause, then in the sentence. */
    String commodity(Sentence s, Quantity q, String fallback) {
        List<Good> goods = goods(s);
        for (Good g : goods) {
            // "100% of graphite", "90%的稀土", "2-4kg nam châm": the good named right after the figure is its good
            if (g.start() >= q.end() && g.start() - q.end() <= 28) {
                String between = Texts.cut(s.folded, q.end(), g.start()).strip();
                if (between.isEmpty() || between.endsWith(" of") || between.equals("吨") || between.equals("公斤")
                        || GOOD_MODIFIERS.matcher(between).matches()) {
                    return g.id();
                }
            }
        }
        int[] c = s.clauseAt(q.start());
        Good best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Good g : goods) {
            if (modifiesAnotherNoun(s, g) || ownedByLaterFigure(s, q, g)) {
                continue;
            }
            boolean inClause = g.start() >= c[0] && g.end() <= c[1];
            int distance = Math.abs(g.start() - q.start()) + (inClause ? 0 : 10_000) + (g.start() > q.start() ? 50 : 0);
            if (distance < bestDistance) {
                best = g;
                bestDistance = distance;
            }
        }
        return best == null ? fallback : best.id();
    }

    // "80% of refining capacity and 90% of magnet production": a good after a later figure is that
    // figure's, not this one's.
    private static boolean ownedByLaterFigure(Sentence s, Quantity q, Good g) {
        for (Quantity other : s.quantities) {
            if (other != q && other.start() >= q.end() && other.end() <= g.start()) {
                return true;
            }
        }
        return false;
    }

    /** A good a sentence names: a lexicon entity, or a generic word for one ("magnets", 磁材, "nam châm"). */
    private record Good(String id, int start, int end) {}

    // The goods of the sentence last asked about: every figure of a sentence asks, and so does the story
    // after it, so they are found once per sentence.
    private Sentence goodsOf;
    private List<Good> goods;

    private List<Good> goods(Sentence s) {
        if (s != goodsOf) {
            goods = findGoods(s);
            goodsOf = s;
        }
        return goods;
    }

    // The goods of a sentence in text order. Generic words are cues (frame good_generic), not entities:
    // "magnets" alone means rare-earth magnets in this news, but is no name to search or profile.
    private List<Good> findGoods(Sentence s) {
        List<Good> goods = new ArrayList<>();
        for (Mention m : s.mentions) {
            if (FactExtractor.GOODS.contains(m.entity().kind())) {
                goods.add(new Good(m.entity().id(), m.start(), m.end()));
            }
        }
        List<CueMatcher.Hit> generic = cues.matcher("frame", "good_generic").all(s.folded);
        for (CueMatcher.Hit h : generic) {
            boolean inLonger = generic.stream().anyMatch(o -> o != h && o.start() <= h.start() && h.end() <= o.end()
                    && o.end() - o.start() > h.end() - h.start());
            if (!inLonger && s.mentions.stream().noneMatch(m -> m.start() < h.end() && h.start() < m.end())) {
                goods.add(new Good(h.key(), h.start(), h.end()));
            }
        }
        goods.sort(Comparator.comparingInt(Good::start));
        return List.copyOf(goods);
    }

    /** The last good a sentence names, for the story's later figures that name none; null if none. */
    String lastGoodNamed(Sentence s) {
        List<Good> goods = goods(s);
        for (int i = goods.size() - 1; i >= 0; i--) {
            if (!modifiesAnotherNoun(s, goods.get(i))) {
                return goods.get(i).id();
            }
        }
        return null;
    }

    // "magnet feedstock", 磁材原料, "nguyên liệu nam châm": a good that only qualifies another noun (an
    // input, a stock) is not what a figure nearby measures.
    private boolean modifiesAnotherNoun(Sentence s, Good g) {
        return cues.matcher("frame", "good_as_modifier").startsWith(s.after(g.end(), 16))
                || cues.matcher("frame", "good_modified_after").endsWith(s.before(g.start(), 28));
    }

    private static Mention nearest(Sentence s, Quantity q, Set<Kind> kinds) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : s.mentions) {
            if (kinds.contains(m.entity().kind())) {
                int d = Math.min(Math.abs(m.start() - q.end()), Math.abs(q.start() - m.end()));
                if (d < bestDistance) {
                    best = m;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    static Fact fact(String type, Map<String, String> fields, Quantity q, double scale, String unit, Sentence s,
                     String article, double confidence, String date) {
        int[] span = s.clauseAt(q.start());
        Double value = q.min() != null && q.max() != null && !q.min().equals(q.max()) ? null : q.value() * scale;
        // a fall turns a range round: "down 5% to 7%" is -7..-5
        Double min = value == null ? Math.min(q.min() * scale, q.max() * scale) : null;
        Double max = value == null ? Math.max(q.min() * scale, q.max() * scale) : null;
        return new Fact(type, fields, value, min, max, unit, date,
                new Fact.Evidence(article, s.paragraph, s.offset + span[0], s.offset + span[1],
                        Texts.cut(s.text, span[0], span[1]).strip()),
                FactExtractor.VERSION, confidence);
    }
}
