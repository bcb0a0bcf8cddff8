package dev.monazite.digest;

import dev.monazite.index.ArticleSearcher;
import dev.monazite.index.SearchHit;
import dev.monazite.index.SearchRequest;
import dev.monazite.article.Article;
import dev.monazite.lexicon.Lexicon;
import dev.monazite.store.FactStore;
import dev.monazite.workflow.Workflow;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a digest: search the workflow's stories, order them newest first, summarise each (extractive,
 * then optionally reworded by a model and verified), and put the fact store's header on top.
 */
public final class Digester {
    private final ArticleSearcher searcher;
    private final FactStore store;
    private final Lexicon lexicon;
    private final LlmClient llm;
    private final Clock clock;

    /** A digester; llm may be null (extractive only). The clock dates a workflow's window of days. */
    public Digester(ArticleSearcher searcher, FactStore store, Lexicon lexicon, LlmClient llm, Clock clock) {
        this.searcher = searcher;
        this.store = store;
        this.lexicon = lexicon;
        this.llm = llm;
        this.clock = clock;
    }

    /** A digest and the story clusters it shows (for the workflow to remember). */
    public record Result(Digest digest, List<String> clusters) {}

    /**
     * Runs the pipeline: select, summarise, head.
     *
     * @throws IOException when the index cannot be read
     */
    public Result run(DigestRequest r) throws IOException {
        LocalDate from = from(r);
        List<SearchHit> hits = select(r, from);
        ExtractiveSummariser extractive = new ExtractiveSummariser(new SentencePicker(lexicon));
        AbstractiveWriter writer = llm == null ? null : new AbstractiveWriter(llm, new Grounding(lexicon), r.outputLang());
        List<Digest.Story> stories = new ArrayList<>();
        for (SearchHit h : hits) {
            Article a = searcher.get(h.id()).orElseThrow(() -> new IOException("article " + h.id() + " vanished"))
                    .article();
            List<Digest.Section> sections = extractive.summarise(a);
            stories.add(story(a, h, writer == null ? sections : writer.rewrite(a, sections)));
        }
        Digest.Overview overview = overview(r, hits, from, writer);
        String to = hits.stream().map(SearchHit::published).filter(d -> d != null).max(Comparator.naturalOrder())
                .map(d -> d.toLocalDate().toString()).orElse(null);
        Digest d = new Digest(r.workflow(), new Digest.Window(from == null ? null : from.toString(), to), overview,
                stories);
        return new Result(d, hits.stream().map(SearchHit::cluster).toList());
    }

    private LocalDate from(DigestRequest r) {
        if (r.since() != null) {
            return r.since();
        }
        Integer days = r.search().days();
        return days == null ? null : LocalDate.now(clock).minusDays(days);
    }

    private List<SearchHit> select(DigestRequest r, LocalDate from) throws IOException {
        Workflow w = r.search();
        String lang = w.langs().size() == 1 ? w.langs().get(0) : null;
        List<SearchHit> hits = new ArrayList<>();
        for (SearchHit h : searcher.search(new SearchRequest(query(w), 1000, from, null, lang))) {
            if (!r.skip().contains(h.cluster()) && langOk(w, h) && sourceOk(w, h)) {
                hits.add(h);
            }
        }
        hits.sort(Comparator.comparing(SearchHit::published, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SearchHit::id));
        return hits.subList(0, Math.min(r.limit(), hits.size()));
    }

    /** The workflow's query with its entity filters added as required clauses. */
    static String query(Workflow w) {
        String base = w.query() == null ? "" : w.query().strip();
        if (w.entities().isEmpty()) {
            return base;
        }
        StringBuilder q = new StringBuilder(base.isEmpty() ? "" : "(" + base + ")");
        for (String e : w.entities()) {
            String id = e.strip();
            q.append(q.isEmpty() ? "" : " AND ").append("entity:")
                    .append(id.matches("[\\p{L}\\p{N}_]+") ? id : "\"" + id.replace("\"", "") + "\"");
        }
        return q.toString();
    }

    private static boolean langOk(Workflow w, SearchHit h) {
        return w.langs().isEmpty() || w.langs().stream().anyMatch(l -> l.equalsIgnoreCase(h.lang()));
    }

    private static boolean sourceOk(Workflow w, SearchHit h) {
        if (w.sources().isEmpty()) {
            return true;
        }
        List<String> outlets = new ArrayList<>();
        outlets.add(h.source());
        h.members().forEach(m -> outlets.add(m.source()));
        return outlets.stream().filter(s -> s != null).map(s -> s.toLowerCase(Locale.ROOT))
                .anyMatch(s -> w.sources().stream().anyMatch(f -> s.contains(f.toLowerCase(Locale.ROOT))));
    }

    private static Digest.Story story(Article a, SearchHit h, List<Digest.Section> sections) {
        List<Digest.Outlet> outlets = h.members().stream()
                .sorted(Comparator.comparing(SearchHit.Member::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SearchHit.Member::id))
                .map(m -> new Digest.Outlet(m.id(), m.source(), time(m.published()))).toList();
        return new Digest.Story(a.id(), a.title(), a.source(), time(a.published()), outlets, sections);
    }

    private Digest.Overview overview(DigestRequest r, List<SearchHit> hits, LocalDate from, AbstractiveWriter writer) {
        Set<String> articles = new TreeSet<>();
        hits.forEach(h -> {
            articles.add(h.id());
            h.members().forEach(m -> articles.add(m.id()));
        });
        String since = from == null ? null : from.toString();
        Header header = new Header(store);
        List<String> notices = new ArrayList<>();
        if (writer != null) {
            notices.addAll(writer.notices());
        } else if (r.outputLang() != null) {
            notices.add("--lang " + r.outputLang() + " applies to model-written bullets; without MONAZITE_LLM_URL "
                    + "each bullet stays in its article's language");
        }
        boolean abstractive = writer != null && writer.used();
        return new Digest.Overview(abstractive ? "abstractive" : "extractive", query(r.search()), hits.size(),
                articles.size(), header.figures(articles, since), header.policies(articles, since),
                header.conflicts(articles, since), writer == null ? 0 : writer.dropped(), notices);
    }

    private static String time(LocalDateTime t) {
        return t == null ? null : t.toString();
    }
}
