package dev.monazite.facts;

import dev.monazite.lexicon.Kind;
import dev.monazite.lexicon.Mention;
import dev.monazite.quantity.Quantity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The per-type rules: each takes a prepared sentence and a figure in it and returns facts or nothing. */
final class Rules {
    private static final int CUE_WINDOW = 24;
    private static final Set<String> WORLD_BY_DEFAULT = Set.of("refining", "mining", "reserves", "magnet_production",
            "patents", "capacity");

    List<Fact> apply(Sentence s, String article) {
        List<Fact> out = new ArrayList<>();
        for (Quantity q : s.quantities) {
            switch (q.kind()) {
                case PERCENT -> percent(s, q, article, out);
                case MONEY -> money(s, q, article, out);
                case MASS -> mass(s, q, article, out);
                case COUNT -> count(s, q, article, out);
                default -> { }
            }
        }
        Policies.find(s, article, out);
        return out;
    }

    // ---- percentages: a change when a rise/fall verb governs the figure, else a share when a share cue does

    private void percent(Sentence s, Quantity q, String article, List<Fact> out) {
        String before = window(s, q.start());
        String clause = s.foldedClause(q.start());
        String rise = lastCue(before, Cues.RISE);
        String fall = lastCue(before, Cues.FALL);
        if (rise == null && fall == null) {
            // "a 55.9% rise", "reflecting a 10% growth", "下降了5%": the noun after the figure
            String after = s.folded.substring(q.end(), Math.min(s.folded.length(), q.end() + 12)).stripLeading();
            rise = Cues.first(after, List.of("rise", "increase", "growth", "gain", "jump", "surge", "climb")) != null
                    && startsWithWord(after) ? "rise" : null;
            fall = Cues.first(after, List.of("drop", "decline", "fall", "decrease", "plunge")) != null
                    && startsWithWord(after) ? "fall" : null;
            before = "";
        }
        if ((rise != null || fall != null) && isRateLevel(s, q, before)) {
            return; // "关税税率飙升至125%": a rate that moved to a level, not a rate of change
        }
        if (rise != null || fall != null) {
            change(s, q, article, out, fall != null && (rise == null || before.lastIndexOf(fall) >= before.lastIndexOf(rise)));
        } else if (Cues.first(clause, Cues.SHARE) != null || Cues.first(window(s, q.start(), 40), Cues.SHARE) != null
                || afterShareCue(s, q)) {
            share(s, q, article, out);
        }
    }

    private static boolean isDelta(Sentence s, Quantity q) {
        String before = window(s, q.start(), 12).stripTrailing();
        if (before.endsWith("by") || before.endsWith("increase of") || before.endsWith("rise of")
                || before.endsWith("drop of") || before.endsWith("decline of")) {
            return true;
        }
        for (String level : List.of("lên", "tới", "đến", "至", "到", "达", "to", "at", "reach", "reached", "đạt")) {
            if (before.endsWith(level)) {
                return false; // "tăng lên 75,25 vạn", "涨至", "rose to": the new level
            }
        }
        // a rise or fall verb right before the amount, with no "to/至/lên" between: a change by that amount
        return Cues.RISE.stream().anyMatch(before::endsWith) || Cues.FALL.stream().anyMatch(before::endsWith);
    }

    private static boolean startsWithWord(String after) {
        for (String w : List.of("rise", "increase", "growth", "gain", "jump", "surge", "climb", "drop", "decline", "fall",
                "decrease", "plunge", "year-on-year", "yoy", "month-on-month")) {
            if (after.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRateLevel(Sentence s, Quantity q, String before) {
        String clause = s.foldedClause(q.start());
        boolean toLevel = before.endsWith("至") || before.endsWith("到") || before.endsWith(" to ") || before.endsWith("lên ");
        return toLevel && (clause.contains("税率") || clause.contains("利率") || clause.contains(" rate")
                || clause.contains("tỷ lệ") || clause.contains("lãi suất"));
    }

    private static boolean afterShareCue(Sentence s, Quantity q) {
        String after = s.folded.substring(q.end(), Math.min(s.folded.length(), q.end() + 30));
        return Cues.first(after, List.of("的全球", "of global", "of the global", "of world", "of total", "toàn cầu",
                "thế giới", "的稀土", "的份额", "的市场")) != null;
    }

    private void change(Sentence s, Quantity q, String article, List<Fact> out, boolean fall) {
        String clause = s.foldedClause(q.start());
        String sentence = s.folded;
        String basis = Cues.BASIS_KEYS.first(clause);
        if (basis == null) {
            basis = Cues.BASIS_KEYS.first(sentence);
        }
        double sign = fall ? -1 : 1;
        List<Mention> subjects = subjects(s, q.start());
        if (subjects.isEmpty()) {
            subjects = new ArrayList<>();
            subjects.add(null);
        }
        for (Mention subject : subjects) {
            Map<String, String> f = new LinkedHashMap<>();
            if (subject != null) {
                f.put("subject", subject.entity().id());
            }
            f.put("measure", measure(s, q));
            f.put("basis", basis == null ? "period" : basis);
            out.add(fact("change", f, q, sign, null, s, article, 0.7));
        }
    }

    // Several companies sharing one figure ("北方稀土、中国稀土、云路股份等涨幅超过5%") are one fact each.
    private static List<Mention> subjects(Sentence s, int pos) {
        int[] clause = s.clauseAt(pos);
        List<Mention> companies = new ArrayList<>();
        for (Mention m : s.mentions) {
            if (m.start() >= clause[0] && m.end() <= pos && m.entity().kind() == Kind.COMPANY) {
                companies.add(m);
            }
        }
        if (companies.size() > 1) {
            return companies;
        }
        Mention one = s.before(pos, FactExtractor.ACTORS, FactExtractor.NOT_SUBJECT);
        return one == null ? List.of() : List.of(one);
    }

    private static String measure(Sentence s, Quantity q) {
        int[] c = s.clauseAt(q.start());
        String text = s.text.substring(c[0], q.start()).strip();
        return text.length() > 80 ? text.substring(text.length() - 80) : text;
    }

    private void share(Sentence s, Quantity q, String article, List<Fact> out) {
        String near = window(s, q.start(), 10) + s.folded.substring(q.end(), Math.min(s.folded.length(), q.end() + 8));
        if (near.contains("纯") || near.contains("purity") || near.contains("tinh khiết")) {
            return; // 99.99% purity is a grade, not a share
        }
        int[] c0 = s.clauseAt(q.start());
        String metric = Cues.SHARE_METRIC_KEYS.nearest(s.folded.substring(c0[0], c0[1]), q.start() - c0[0],
                q.end() - c0[0]);
        if (metric == null) {
            metric = Cues.SHARE_METRIC_KEYS.first(window(s, q.start(), 60) + " "
                    + s.folded.substring(q.end(), Math.min(s.folded.length(), q.end() + 40)));
        }
        if (metric == null) {
            metric = "other";
        }
        Mention subject = s.before(q.start(), FactExtractor.ACTORS, FactExtractor.NOT_SUBJECT);
        int[] clause = s.clauseAt(q.start());
        String clauseText = s.folded.substring(clause[0], clause[1]);
        // the whole named next to the figure wins: "chiếm hơn 80% cả nước" is of the country even when
        // the sentence says "global" elsewhere
        String scope = isNational(clauseText) ? null : s.hasWorld(clause[0], clause[1]) || s.hasWorld(0, s.text.length())
                ? "WORLD" : null;
        if (metric.equals("supply_to")) {
            supplyTo(s, q, article, out);
            return;
        }
        if (subject == null) {
            subject = s.after(q.end(), FactExtractor.ACTORS, FactExtractor.NOT_SUBJECT);
        }
        if (subject == null) {
            return;
        }
        String subjectId = placeOrId(subject);
        if (scope == null) {
            scope = nationalScope(s, subject);
        }
        if (scope == null && WORLD_BY_DEFAULT.contains(metric)) {
            scope = "WORLD"; // "77% of refining capacity": a stage share with no whole named is of the world
        }
        if (scope == null) {
            return; // a share of an unstated whole
        }
        if (subjectId.equals(scope)) {
            return;
        }
        out.add(fact("share", shareFields(subjectId, metric, commodity(s, q, "REE"), scope), q, 1, null, s, article, 0.6));
    }

    // "欧盟85%的稀土依赖中国供应", "the EU ... 90% of rare earths imported from China": the supplier is
    // China when named, else the place after the figure; the scope is the other place of the sentence.
    private void supplyTo(Sentence s, Quantity q, String article, List<Fact> out) {
        Mention supplier = null;
        for (Mention m : s.mentions) {
            if (m.entity().id().equals("CN")) {
                supplier = m;
            }
        }
        if (supplier == null) {
            supplier = s.after(q.end(), FactExtractor.PLACES, FactExtractor.NOT_SUBJECT);
        }
        if (supplier == null) {
            return;
        }
        String supplierId = supplier.entity().id();
        String scope = "WORLD";
        for (Mention m : s.mentions) {
            boolean other = m.entity().kind() == Kind.PLACE && !m.entity().id().equals(supplierId)
                    && !m.entity().id().equals("WORLD");
            if (other && (m.start() < q.start() || scope.equals("WORLD"))) {
                scope = m.entity().id();
            }
        }
        out.add(fact("share", shareFields(supplierId, "supply_to", commodity(s, q, "REE"), scope), q, 1, null, s,
                article, 0.6));
    }

    // "占全国/cả nước/nationwide": the whole is the country (China in this press unless another is named);
    // "占其财政收入": the subject's own total.
    private static String nationalScope(Sentence s, Mention subject) {
        String text = s.folded;
        if (isNational(text)) {
            Mention place = s.before(subject.start() + 1, FactExtractor.PLACES, FactExtractor.NOT_SUBJECT);
            return place != null ? place.entity().id() : "CN";
        }
        boolean own = text.contains("其") || text.contains(" its ") || text.contains(" của nó");
        return own && subject.entity().kind() == Kind.PLACE ? subject.entity().id() : null;
    }

    private static boolean isNational(String text) {
        return text.contains("全国") || text.contains("国内") || text.contains("cả nước") || text.contains("trong nước")
                || text.contains("nationwide") || text.contains("domestic");
    }

    private static Map<String, String> shareFields(String subject, String metric, String commodity, String scope) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("subject", subject);
        f.put("metric", metric);
        f.put("commodity", commodity);
        f.put("scope", scope);
        return f;
    }

    private static String placeOrId(Mention m) {
        String p = FactExtractor.placeOf(m);
        return p != null ? p : m.entity().id();
    }

    // ---- money: a price when the unit is per mass, else an amount with a metric

    private void money(Sentence s, Quantity q, String article, List<Fact> out) {
        if (q.unit() == null) {
            return;
        }
        if (q.unit().contains("/")) {
            if (isDelta(s, q)) {
                return; // "tăng 10 vạn nhân dân tệ/tấn", "rose by 50,000 yuan per ton": a change, not a price
            }
            String commodity = commodity(s, q, null);
            if (commodity != null) {
                Map<String, String> f = new LinkedHashMap<>();
                f.put("commodity", commodity);
                out.add(fact("price", f, q, 1, q.unit(), s, article, 0.8));
            }
            return;
        }
        String context = s.foldedClause(q.start()) + " " + window(s, q.start(), 30)
                + s.folded.substring(q.end(), Math.min(s.folded.length(), q.end() + 30));
        String metric = Cues.MONEY_METRIC_KEYS.first(context);
        if (metric == null) {
            return; // an amount nobody commits, pays, owes or earns ("a weekly increase of 10,000 yuan")
        }
        Mention subject = s.before(q.start(), FactExtractor.ACTORS, FactExtractor.NOT_SUBJECT);
        Map<String, String> f = new LinkedHashMap<>();
        if (subject != null) {
            f.put("subject", placeOrId(subject));
        }
        f.put("metric", metric == null ? "other" : metric);
        out.add(fact("money", f, q, 1, q.unit(), s, article, metric == null ? 0.5 : 0.7));
    }

    // ---- masses: material per unit, a trade flow, or an amount produced/held/needed

    private void mass(Sentence s, Quantity q, String article, List<Fact> out) {
        String clause = s.foldedClause(q.start());
        String before = window(s, q.start(), 40);
        Mention application = nearest(s, q, Set.of(Kind.APPLICATION));
        if (application != null && Cues.first(before + clause, Cues.PER_UNIT) != null) {
            intensity(s, q, application, article, out);
            return;
        }
        // the flow's verb may sit in an earlier clause: "exports was to Germany, which saw ... to 1,118 tons"
        String lead = s.folded.substring(Math.max(0, q.start() - 90), q.start());
        String exportCue = Cues.first(lead, Cues.EXPORT);
        String importCue = Cues.first(lead, Cues.IMPORT);
        if (exportCue != null || importCue != null) {
            trade(s, q, exportCue != null, article, out);
            return;
        }
        quantity(s, q, toTonnes(q) / q.value(), unitSuffix(s, q), article, out);
    }

    private void intensity(Sentence s, Quantity q, Mention application, String article, List<Fact> out) {
        double scale = q.unit().equals("t") ? 1000 : q.unit().equals("g") ? 0.001 : 1;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("application", application.entity().id().equals("wind_turbine") ? "wind_turbine_MW"
                : application.entity().id());
        f.put("commodity", commodity(s, q, "REE"));
        out.add(fact("intensity", f, q, scale, "kg/unit", s, article, 0.8));
    }

    // The exporter is the place before the export cue ("China's ... exports"), the importer the place
    // introduced by "to/对/向/sang"; with no partner named the flow is to the world.
    private void trade(Sentence s, Quantity q, boolean export, String article, List<Fact> out) {
        String cue = Cues.first(s.folded, export ? Cues.EXPORT : Cues.IMPORT);
        int cueAt = s.folded.indexOf(cue);
        Mention home = s.before(cueAt + 1, FactExtractor.PLACES, FactExtractor.NOT_SUBJECT);
        Mention partner = destination(s);
        if (home != null && partner != null && home.start() == partner.start()) {
            home = s.before(partner.start(), FactExtractor.PLACES, FactExtractor.NOT_SUBJECT);
        }
        String homeId = home != null ? home.entity().id() : (s.folded.contains("中国") || s.folded.contains("china")
                || s.folded.contains("trung quốc") ? "CN" : lastExporter);
        if (homeId == null) {
            return;
        }
        String partnerId = partner != null ? partner.entity().id() : "WORLD";
        String exporter = export ? homeId : partnerId;
        String importer = export ? partnerId : homeId;
        if (exporter.equals(importer)) {
            return;
        }
        lastExporter = exporter;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("commodity", commodity(s, q, "REE"));
        f.put("exporter", exporter);
        f.put("importer", importer);
        out.add(fact("trade", f, q, toTonnes(q) / q.value(), "t", s, article, 0.7));
    }

    private String lastExporter;

    // The partner: a place introduced by "to/对/向/sang".
    private static Mention destination(Sentence s) {
        for (Mention m : s.mentions) {
            if (m.entity().kind() != Kind.PLACE || m.entity().id().equals("WORLD")) {
                continue;
            }
            String lead = s.folded.substring(Math.max(0, m.start() - 10), m.start());
            if (Cues.first(lead, List.of(" to ", " to the ", "对", "向", "运往", "sang ", "出口至", "出口到")) != null
                    || lead.endsWith("to ") || lead.endsWith("to the ")) {
                return m;
            }
        }
        return null;
    }

    private void quantity(Sentence s, Quantity q, double factor, String unit, String article, List<Fact> out) {
        String context = s.foldedClause(q.start()) + " " + window(s, q.start(), 40);
        String metric = Cues.QUANTITY_METRIC_KEYS.first(context);
        if (metric == null) {
            metric = Cues.QUANTITY_METRIC_KEYS.first(s.folded.substring(0, q.start()));
        }
        if (metric == null) {
            return;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("subject", quantitySubject(s, q, FactExtractor.ACTORS));
        f.put("metric", metric);
        f.put("commodity", commodity(s, q, "REE"));
        out.add(fact("quantity", f, q, factor, unit, s, article, 0.6));
    }

    private void count(Sentence s, Quantity q, String article, List<Fact> out) {
        Mention application = nearest(s, q, Set.of(Kind.APPLICATION));
        if (application == null || q.value() < 2) {
            return;
        }
        String context = s.foldedClause(q.start()) + " " + window(s, q.start(), 40);
        String metric = Cues.QUANTITY_METRIC_KEYS.first(context);
        if (metric == null) {
            return;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("subject", quantitySubject(s, q, Set.of(Kind.PLACE, Kind.COMPANY)));
        f.put("metric", metric);
        f.put("commodity", application.entity().id());
        out.add(fact("quantity", f, q, 1, "units", s, article, 0.6));
    }

    // "global ... production reached 390,000 t" is the world's; otherwise the nearest place or company
    // before the figure ("中国...;2024年产量27万吨" is China's even after "占全球近一半").
    private static String quantitySubject(Sentence s, Quantity q, Set<Kind> kinds) {
        int[] clause = s.clauseAt(q.start());
        if (s.hasWorld(clause[0], clause[1])) {
            return "WORLD";
        }
        Mention subject = s.before(q.start(), kinds, FactExtractor.NOT_SUBJECT);
        return subject == null ? "WORLD" : placeOrId(subject);
    }

    private static double toTonnes(Quantity q) {
        return switch (q.unit()) {
            case "kg" -> q.value() / 1000;
            case "g" -> q.value() / 1_000_000;
            default -> q.value();
        };
    }

    private static String unitSuffix(Sentence s, Quantity q) {
        String after = s.folded.substring(q.end(), Math.min(s.folded.length(), q.end() + 12));
        String before = window(s, q.start(), 8);
        boolean perYear = after.startsWith("/年") || after.startsWith("/yr") || after.contains("per year")
                || after.contains("a year") || after.contains("mỗi năm") || after.contains("/năm")
                || (before.contains("年产") && !Character.isDigit(before.charAt(Math.max(0, before.indexOf("年产") - 1))))
                || before.contains("annual");
        return perYear ? "t/yr" : "t";
    }

    // ---- shared helpers

    /** The commodity a figure is about: the nearest material or element in its clause, then in the sentence. */
    static String commodity(Sentence s, Quantity q, String fallback) {
        for (Mention m : s.mentions) {
            // "100% of graphite", "90%的稀土", "2-4kg nam châm": the good named right after the figure is its good
            if (FactExtractor.GOODS.contains(m.entity().kind()) && m.start() >= q.end() && m.start() - q.end() <= 10) {
                String between = s.folded.substring(q.end(), m.start()).strip();
                if (between.isEmpty() || between.equals("of") || between.equals("的") || between.equals("of the")
                        || between.equals("tons of") || between.equals("t of") || between.equals("吨")) {
                    return m.entity().id();
                }
            }
        }
        int[] c = s.clauseAt(q.start());
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : s.mentions) {
            if (!FactExtractor.GOODS.contains(m.entity().kind())) {
                continue;
            }
            boolean inClause = m.start() >= c[0] && m.end() <= c[1];
            int distance = Math.abs(m.start() - q.start()) + (inClause ? 0 : 10_000) + (m.start() > q.start() ? 50 : 0);
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best == null ? fallback : best.entity().id();
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

    static String window(Sentence s, int pos) {
        return window(s, pos, CUE_WINDOW);
    }

    static String window(Sentence s, int pos, int size) {
        int[] c = s.clauseAt(pos);
        int from = Math.max(c[0], pos - size);
        return s.folded.substring(from, pos);
    }

    private static String lastCue(String text, List<String> cues) {
        String best = null;
        int bestAt = -1;
        for (String c : cues) {
            int at = text.lastIndexOf(c);
            if (at > bestAt) {
                best = c;
                bestAt = at;
            }
        }
        return best;
    }

    static Fact fact(String type, Map<String, String> fields, Quantity q, double scale, String unit, Sentence s,
                     String article, double confidence) {
        int[] span = s.evidenceAround(q.start());
        Double value = q.min() != null && q.max() != null && !q.min().equals(q.max()) ? null : q.value() * scale;
        Double min = value == null ? q.min() * scale : null;
        Double max = value == null ? q.max() * scale : null;
        return new Fact(type, fields, value, min, max, unit, s.dateFor(q.start()),
                new Fact.Evidence(article, s.paragraph, s.offset + span[0], s.offset + span[1],
                        s.text.substring(span[0], span[1]).strip()),
                FactExtractor.VERSION, confidence);
    }
}
