package dev.monazite.index;

import dev.monazite.article.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import dev.monazite.text.Texts;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.document.LongPoint;

/**
 * Read-only access to the index: BM25 search with story clusters folded into one hit, a
 * highlighted snippet from the best paragraph, and lookup of single articles. Opening a reader
 * takes no lock, so searches run while an ingest is going on.
 */
public final class ArticleSearcher implements Closeable {
    private static final int MAX_MEMBERS = 10;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final java.util.concurrent.ExecutorService executor;
    private final Analyzer analyzer = ArticleIndex.analyzer();
    private final UnifiedHighlighter highlighter;
    private final UnaryOperator<String> expander;
    private final boolean conceptsIndexed;
    private final boolean facetsIndexed;
    private org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState facetState;

    private ArticleSearcher(DirectoryReader reader, UnaryOperator<String> expander) {
        this.reader = reader;
        // One query uses every core: Lucene scores slices of the segments concurrently, and the hits'
        // snippets are highlighted concurrently; on a laptop a user waits for one query at a time.
        this.executor = CorePool.create("monazite-search");
        int cores = CorePool.cores();
        this.searcher = new IndexSearcher(reader, executor) {
            // One slice per core, cutting large segments into doc ranges: a merged index is mostly one
            // segment, which Lucene's default slicing would leave to a single thread.
            @Override
            protected LeafSlice[] slices(List<org.apache.lucene.index.LeafReaderContext> leaves) {
                int maxDoc = leaves.stream().mapToInt(l -> l.reader().maxDoc()).sum();
                return slices(leaves, Math.max(10_000, (maxDoc + cores - 1) / cores), Integer.MAX_VALUE, true);
            }
        };
        this.expander = expander;
        this.conceptsIndexed = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader)
                .fieldInfo(ArticleIndex.CONCEPT) != null;
        this.facetsIndexed = StoryFacets.indexed(reader);
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new SnippetFormatter())
                // passages are paragraphs: the hit's anchor is the paragraph that matches best
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .withMaxLength(Integer.MAX_VALUE - 1)
                // The query handed over is plain body terms: matching them in the analysed token stream
                // is enough, and spares building an in-memory index of every hit's body.
                .withWeightMatches(false)
                .withPassageRelevancyOverSpeed(false)
                .build();
    }

    /**
     * Opens the index under dataDir/index.
     *
     * @throws IOException when there is no index yet (the message says to ingest first)
     */
    public static ArticleSearcher open(Path dataDir, UnaryOperator<String> expander) throws IOException {
        Path dir = dataDir.resolve("index");
        if (!Files.isDirectory(dir) || !DirectoryReader.indexExists(FSDirectory.open(dir))) {
            throw new IOException("no index in " + dataDir + ": run 'monazite ingest PATH' first");
        }
        return new ArticleSearcher(DirectoryReader.open(FSDirectory.open(dir)), expander);
    }

    /** True when dataDir holds a committed index. */
    public static boolean exists(Path dataDir) throws IOException {
        Path dir = dataDir.resolve("index");
        return Files.isDirectory(dir) && DirectoryReader.indexExists(FSDirectory.open(dir));
    }

    public static ArticleSearcher open(Path dataDir) throws IOException {
        return open(dataDir, UnaryOperator.identity());
    }

    /** Whether the index has had a commit since this searcher opened it (open a new one to see it). */
    public boolean stale() throws IOException {
        return !reader.isCurrent();
    }

    /** Number of distinct articles. */
    public int size() {
        return reader.numDocs();
    }

    /** Longest query text, and deepest nesting of brackets, the parser is given: beyond them it recurses too deep. */
    static final int MAX_QUERY_CHARS = 4_000, MAX_NESTING = 32;

    /**
     * Runs a search; clusters appear once, at the rank of their best member.
     *
     * @throws IllegalArgumentException when the query cannot be read or is beyond the parser's and the
     *     searcher's limits (too long, nested too deep, too many clauses, a regular expression too complex)
     */
    public List<SearchHit> search(SearchRequest request) throws IOException {
        try {
            return searchWithinLimits(request);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query '" + Texts.label(request.query(), 80) + "' has too many "
                    + "clauses (at most " + IndexSearcher.getMaxClauseCount() + " after wildcards and names in "
                    + "every language are expanded): use fewer words or narrower wildcards", e);
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new IllegalArgumentException("a regular expression or wildcard in the query '"
                    + Texts.label(request.query(), 80) + "' is too complex to run: simplify it", e);
        }
    }

    /**
     * How many articles match the request (members of one story each count).
     *
     * @throws IllegalArgumentException as {@link #search}
     */
    public int count(SearchRequest request) throws IOException {
        try {
            return searcher.count(build(request));
        } catch (IndexSearcher.TooManyClauses | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new IllegalArgumentException("the query '" + Texts.label(request.query(), 80) + "' is too complex", e);
        }
    }

    private List<SearchHit> searchWithinLimits(SearchRequest request) throws IOException {
        Query query = build(request);
        Map<String, ScoreDoc> leaders = leaders(query, request.limit(), request.sort());
        List<SearchHit> hits = new ArrayList<>();
        Query bodyTerms = bodyTerms(highlighting(request.query(), query));
        List<java.util.concurrent.Future<SearchHit>> pending = new ArrayList<>();
        for (ScoreDoc d : leaders.values()) {
            pending.add(executor.submit(() -> hit(d.doc, ArticleIndex.loadWithoutFacts(searcher, d.doc), d.score,
                    bodyTerms)));
        }
        for (java.util.concurrent.Future<SearchHit> f : pending) {
            hits.add(await(f));
        }
        return hits;
    }

    /**
     * The best-ranked article of each of the first limit clusters. Top-k scoring is cheaper the smaller
     * k is, and most stories have one article, so a few more hits than asked for usually suffice; when
     * folding clusters leaves too few, the search is run again for five times as many.
     */
    private Map<String, ScoreDoc> leaders(Query query, int limit, SearchRequest.Sort sort) throws IOException {
        Map<String, ScoreDoc> leaders = new LinkedHashMap<>();
        for (int k = limit * 2 + 10; ; k *= 5) {
            ScoreDoc[] docs = sort == SearchRequest.Sort.DATE
                    ? searcher.search(query, k, NEWEST_FIRST, true).scoreDocs : searcher.search(query, k).scoreDocs;
            leaders.clear();
            // Clusters are told apart from doc values; only the leaders' stored articles are read.
            for (ScoreDoc d : docs) {
                if (leaders.size() >= limit) {
                    break;
                }
                leaders.putIfAbsent(clusterOf(d.doc), d);
            }
            if (leaders.size() >= limit || docs.length < k) {
                return leaders;
            }
        }
    }

    private static SearchHit await(java.util.concurrent.Future<SearchHit> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while searching");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            } else if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    private String clusterOf(int doc) throws IOException {
        List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
        org.apache.lucene.index.LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        org.apache.lucene.index.SortedDocValues clusters = leaf.reader().getSortedDocValues(ArticleIndex.CLUSTER);
        if (clusters != null && clusters.advanceExact(doc - leaf.docBase)) {
            return clusters.lookupOrd(clusters.ordValue()).utf8ToString();
        }
        return ArticleIndex.load(searcher, doc).cluster(); // an index written before doc values: read the article
    }

    Query build(SearchRequest request) throws IOException {
        QuerySyntax.check(request.query());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query core = core(request.query());
        if (request.recencyDays() != null) {
            core = org.apache.lucene.queries.function.FunctionScoreQuery.boostByValue(core,
                    new Recency(request.recencyDays(), java.time.LocalDateTime.now()));
        }
        b.add(core, BooleanClause.Occur.MUST);
        if (request.lang() != null) {
            b.add(new TermQuery(new Term(ArticleIndex.LANG, request.lang().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long lo = request.from() == null ? Long.MIN_VALUE : ArticleIndex.minutes(request.from().atStartOfDay());
            long hi = request.to() == null ? Long.MAX_VALUE
                    : ArticleIndex.minutes(request.to().plusDays(1).atStartOfDay()) - 1;
            b.add(LongPoint.newRangeQuery(ArticleIndex.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (!request.facets().isEmpty() && !facetsIndexed) {
            throw new IllegalArgumentException(NO_FACETS);
        }
        return StoryFacets.narrow(b.build(), request.facets());
    }

    private static final String NO_FACETS = "this index was written before search facets were indexed, so a search "
            + "cannot be narrowed by source, entity, month or type: ingest the files again into a new --data "
            + "directory to get them (searching without facets works as before)";

    /**
     * What the whole result set of a request holds, beyond the page shown: how many articles have each
     * value of each facet (the most common values of each), and how many stories the articles make.
     *
     * @param notice  why there are no counts, for an index written before facets were indexed; else null
     */
    public record Facets(Map<String, Map<String, Integer>> counts, int stories, String notice) {}

    /**
     * The facets of a request's whole result set.
     *
     * @throws IllegalArgumentException as {@link #search}
     */
    public Facets facets(SearchRequest request) throws IOException {
        try {
            StoryFacets.Counts c = StoryFacets.count(searcher, facetState(), build(request));
            return new Facets(c.values(), c.stories(), facetsIndexed ? null : NO_FACETS);
        } catch (IndexSearcher.TooManyClauses | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new IllegalArgumentException("the query '" + Texts.label(request.query(), 80) + "' is too complex", e);
        }
    }

    // Read on first use: a command-line search never needs it.
    private synchronized org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState facetState()
            throws IOException {
        if (facetState == null && facetsIndexed) {
            facetState = StoryFacets.state(reader);
        }
        return facetState;
    }

    /** The other articles of an article's story (other outlets that ran it), at most ten. */
    public List<SearchHit.Member> storyOf(StoredArticle s) throws IOException {
        return members(-1, s.cluster()).stream().filter(m -> !m.id().equals(s.article().id())).toList();
    }

    /**
     * The query proper. Written with operators, phrases or fields, it is read as written (a phrase or
     * a field:value alone among words is required). Otherwise it is best-match: each unit (a word, an
     * entity it names, a concept's term with its terms in every language) is optional, enough of them
     * must match ({@link #enough}), and the units near each other in a text rank it higher.
     */
    private Query core(String query) throws IOException {
        if (query.strip().equals("*")) {
            return new MatchAllDocsQuery();
        }
        checkShape(query);
        if (QueryRewriter.explicit(query)) {
            return parse(requirePhrasesAndFields(expander.apply(query)), QueryParser.Operator.OR);
        }
        List<QueryRewriter.Unit> units = expander instanceof QueryRewriter r ? r.units(query) : QueryRewriter.plain(query);
        if (units.size() > MAX_UNITS) {
            throw new IllegalArgumentException("the query has " + units.size() + " words; at most " + MAX_UNITS
                    + " are read: keep the ones that matter");
        }
        if (units.isEmpty()) {
            return parse(QueryParser.escape(query), QueryParser.Operator.AND);
        }
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(matching(units), BooleanClause.Occur.MUST);
        if (units.size() < 2) {
            return ranked.build();
        }
        String near = String.join(" ", units.stream().map(QueryRewriter.Unit::text).toList());
        ranked.add(new BoostQuery(parse("\"" + near.replace("\"", " ") + "\"~" + NEAR, QueryParser.Operator.AND), 0.5f),
                BooleanClause.Occur.SHOULD);
        return ranked.build();
    }

    // Newest first, undated stories last; relevance breaks ties.
    private static final org.apache.lucene.search.Sort NEWEST_FIRST = new org.apache.lucene.search.Sort(
            sortByPublished(), org.apache.lucene.search.SortField.FIELD_SCORE);

    private static org.apache.lucene.search.SortField sortByPublished() {
        org.apache.lucene.search.SortField f = new org.apache.lucene.search.SortField(ArticleIndex.PUBLISHED,
                org.apache.lucene.search.SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }

    /**
     * Which stories match. Units that bridge languages (an entity, a concept) decide it: enough of
     * them must match, and the words beside them only rank, since a word in the query's language
     * cannot match a story told in another. A query of plain words alone needs enough of its words.
     */
    private Query matching(List<QueryRewriter.Unit> units) throws IOException {
        List<QueryRewriter.Unit> bridges = units.stream().filter(u -> u.entity() != null || u.concept() != null).toList();
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        for (QueryRewriter.Unit u : bridges.isEmpty() ? units : bridges) {
            required.add(unit(u), BooleanClause.Occur.SHOULD);
        }
        boolean anchored = bridges.stream().anyMatch(u -> u.entity() != null);
        required.setMinimumNumberShouldMatch(bridges.isEmpty() ? enough(units.size()) : enoughBridges(bridges.size(), anchored));
        if (bridges.isEmpty() || bridges.size() == units.size()) {
            return required.build();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(required.build(), BooleanClause.Occur.MUST);
        for (QueryRewriter.Unit u : units) {
            if (!bridges.contains(u)) {
                all.add(unit(u), BooleanClause.Occur.SHOULD);
            }
        }
        return all.build();
    }

    /**
     * Bridging units that must match: as {@link #enough}, except that of two, one suffices when one
     * names an entity ("Lynas 決算": Lynas's stories, those about its results first), since a concept's
     * terms never cover every wording.
     */
    static int enoughBridges(int n, boolean anchored) {
        return n == 2 && anchored ? 1 : enough(n);
    }

    /** How near the units must stand to earn the proximity boost, in words. */
    private static final int NEAR = 8;
    /** Weight of a story's naming an entity, in any language, against a title and body match of a word. */
    private static final float ENTITY_WEIGHT = 2f;
    /** Weight of a concept's terms in other words or languages against the term the user typed. */
    private static final float SYNONYM_WEIGHT = 0.6f;

    /** Units that must match of n: all of one or two, then three in four (at least two). */
    static int enough(int n) {
        return n <= 2 ? n : Math.max(2, (int) Math.floor(n * 0.75));
    }

    // One unit: the words as typed (title and body), or any article naming its entity, or any of its
    // concept's terms; a weighted group counts once toward enough().
    private Query unit(QueryRewriter.Unit u) throws IOException {
        if (u.entity() != null) {
            // An entity is matched by the entity field alone, filled at ingest from every name in every
            // language: its weight in a story is then the same whatever language the story ran in. The
            // typed name's own weight would be that of a word in one script, rare in a mixed index
            // (đất hiếm in a few Vietnamese stories) though the entity is everywhere, and stories in the
            // query's language would outrank the others for no better reason.
            return fieldTerm(ArticleIndex.ENTITY, u.entity());
        }
        if (u.concept() != null && conceptsIndexed) {
            // Likewise a concept, by the concept field, filled at ingest from its terms in every
            // language: one term where the synonyms would be dozens of phrases. Terms the user file
            // added are also searched as words, for the stories indexed before they were added.
            return bestOf(fieldTerm(ArticleIndex.CONCEPT, u.concept()), u.added(), 1f);
        }
        Query typed = parse(QueryParser.escape(u.text()), QueryParser.Operator.AND);
        // A plain word; or, in an index written before concepts were indexed, the concept's terms as phrases.
        return u.synonyms().isEmpty() ? typed : bestOf(typed, u.synonyms(), SYNONYM_WEIGHT);
    }

    // A field's id, weighed as a title and body match of a word would be. Through the parser: the
    // field's analyser folds the id as the index did.
    private Query fieldTerm(String field, String id) throws IOException {
        return new BoostQuery(parse(field + ":\"" + id.replace("\"", "") + "\"", QueryParser.Operator.AND), ENTITY_WEIGHT);
    }

    // A group scores as its best alternative (plus a tenth of the others): a story that words one
    // concept five ways is not five times about it.
    private Query bestOf(Query first, List<String> phrases, float weight) throws IOException {
        if (phrases.isEmpty()) {
            return first;
        }
        List<Query> group = new ArrayList<>(List.of(first));
        for (String phrase : phrases) {
            Query q = parse("\"" + phrase.replace("\"", "") + "\"", QueryParser.Operator.AND);
            group.add(weight == 1f ? q : new BoostQuery(q, weight));
        }
        return new org.apache.lucene.search.DisjunctionMaxQuery(group, 0.1f);
    }

    // "entity:Dy magnets", "\"export control\" licence": with no AND/OR/NOT to say otherwise, a field
    // or a phrase is what the user insists on; bare words beside it only rank.
    private static String requirePhrasesAndFields(String query) {
        if (query.matches("(?s).*\\b(?:AND|OR|NOT)\\b.*|.*(?:&&|\\|\\|).*")) {
            return query;
        }
        return query.replaceAll("(^|[\\s(])(?![+-])(\"[^\"]*\"|[\\p{L}_]+:(?:\"[^\"]*\"|[^\\s()]+))", "$1+$2");
    }

    /** Most concept terms the snippet looks for: beyond them a query's terms would pass Lucene's clause limit. */
    private static final int MAX_HIGHLIGHT_TERMS = 200;

    // The snippet's paragraph is the one with the most of the query's terms: the typed words, the
    // entities' names in every language and, for a best-match query, its concepts' terms in every
    // language (the query itself matched those by the language-neutral fields, which have no text).
    private Query highlighting(String text, Query query) throws IOException {
        if (!(expander instanceof QueryRewriter r)) {
            return query;
        }
        if (QueryRewriter.explicit(text)) {
            return parse(r.forHighlighting(text));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(parse(r.forHighlighting(text), QueryParser.Operator.OR), BooleanClause.Occur.SHOULD);
        int terms = 0;
        for (QueryRewriter.Unit u : r.units(text)) {
            for (String term : u.synonyms()) {
                if (terms++ < MAX_HIGHLIGHT_TERMS) {
                    b.add(parse("\"" + term.replace("\"", "") + "\"", QueryParser.Operator.AND), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return b.build();
    }

    // The highlighter needs only the body's terms; filters on other fields confuse its offset strategy.
    private static Query bodyTerms(Query query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return ArticleIndex.BODY.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    b.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return b.build();
    }

    private Query parse(String text) throws IOException {
        return parse(text, QueryParser.Operator.AND);
    }

    private Query parse(String text, QueryParser.Operator operator) throws IOException {
        if (text.strip().equals("*")) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {ArticleIndex.TITLE, ArticleIndex.BODY}, analyzer,
                Map.of(ArticleIndex.TITLE, 2f, ArticleIndex.BODY, 1f)) {
            // Here the expression is exactly what Lucene is about to expand into an automaton.
            @Override
            protected Query newRegexpQuery(Term regexp) {
                RegexpBudget.check(regexp.text());
                return super.newRegexpQuery(regexp);
            }
        };
        parser.setDefaultOperator(operator);
        parser.setSplitOnWhitespace(true);
        checkShape(text);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            // The parser's own words (tokens, lexical states) mean nothing to the user.
            throw new IllegalArgumentException("cannot read the query '" + Texts.label(text, 80) + "'; "
                    + QuerySyntax.HELP, e);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("the query '" + Texts.label(text, 80) + "' is nested too deeply", e);
        }
    }

    // The parser recurses once per bracket: a query of thousands of '(' would overflow the stack.
    private static void checkShape(String text) {
        if (text.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("the query is " + text.length() + " characters long; at most "
                    + MAX_QUERY_CHARS + " are read");
        }
        int depth = 0, deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        if (deepest > MAX_NESTING) {
            throw new IllegalArgumentException("the query nests brackets " + deepest + " deep; at most " + MAX_NESTING
                    + " levels are read");
        }
        checkRegexps(text);
    }

    /** Most words, entities and concepts a best-match query may hold. */
    static final int MAX_UNITS = 64;

    /** Most repetition operators a /regular expression/ of a query may hold. */
    static final int MAX_REPEATS = 16;

    // A repetition of a repetition (a++, x*+?) multiplies the automaton Lucene builds before it can
    // tell that it is too complex: a fuzzed query of that shape ran a 900 MB heap out. Such
    // expressions are refused before they are built.
    private static void checkRegexps(String text) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '/') {
                if (open < 0) {
                    open = i;
                } else {
                    checkRegexp(text, open + 1, i);
                    open = -1;
                }
            }
        }
    }

    private static void checkRegexp(String text, int from, int to) {
        int repeats = 0;
        char previous = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean repeat = c == '*' || c == '+' || c == '?' || c == '{';
            if (repeat && (previous == '*' || previous == '+' || previous == '?' || previous == '}')) {
                throw new IllegalArgumentException("a regular expression in the query repeats a repetition ('"
                        + previous + c + "'): write each repetition once");
            }
            if (repeat && ++repeats > MAX_REPEATS) {
                throw new IllegalArgumentException("a regular expression in the query has more than " + MAX_REPEATS
                        + " repetitions (*, +, ?, {n}): simplify it");
            }
            previous = c == '\\' ? 0 : c;
            if (c == '\\') {
                i++;
            }
        }
    }

    // The parser's message repeats the whole query ("Cannot parse 'QUERY': reason"): keep the reason.
    private SearchHit hit(int doc, StoredArticle s, float score, Query query) throws IOException {
        Article a = s.article();
        String body = ArticleIndex.bodyText(a);
        SnippetFormatter.Snippet best = (SnippetFormatter.Snippet)
                highlighter.highlightWithoutSearcher(ArticleIndex.BODY, query, body, 3);
        int paragraph = best == null ? 1 : paragraphAt(a, best.start());
        String snippet = best == null ? lead(a) : best.text();
        return new SearchHit(a.id(), a.title(), a.source(), a.published(), a.lang(), s.files().get(0), paragraph,
                snippet, score, s.cluster(), members(doc, s.cluster()), a.url());
    }

    private static int paragraphAt(Article a, int offset) {
        int start = 0;
        for (Article.Paragraph p : a.paragraphs()) {
            int end = start + p.text().length();
            if (offset < end) {
                return p.n();
            }
            start = end + 2;
        }
        return a.paragraphs().isEmpty() ? 1 : a.paragraphs().size();
    }

    private static String lead(Article a) {
        String text = a.paragraphs().isEmpty() ? a.title() : a.paragraphs().get(0).text();
        return text.length() <= 200 ? text : Texts.head(text, 200) + "…";
    }

    // The cluster's postings read directly, in doc order (the order a term query ranks them in, as
    // they all score alike): a scored search per hit would cost more than the lookup needs. Most
    // stories have one article: the postings then hold only the leader, and nothing is read.
    private List<SearchHit.Member> members(int leaderDoc, String cluster) throws IOException {
        List<SearchHit.Member> out = new ArrayList<>();
        org.apache.lucene.util.BytesRef term = new org.apache.lucene.util.BytesRef(cluster);
        int seen = 0;
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.Terms terms = leaf.reader().terms(ArticleIndex.CLUSTER);
            org.apache.lucene.index.TermsEnum te = terms == null ? null : terms.iterator();
            if (te == null || !te.seekExact(term)) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            org.apache.lucene.index.PostingsEnum postings = te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS
                    && seen < MAX_MEMBERS; d = postings.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                seen++;
                if (leaf.docBase + d != leaderDoc) {
                    out.add(ArticleIndex.member(searcher, leaf.docBase + d));
                }
            }
        }
        return out;
    }

    /**
     * Which of these articles the request's query matches, each on its own (not folded into its
     * story) however many other articles match: how a watch checks the articles an ingest stored.
     *
     * @throws IllegalArgumentException as {@link #search}
     */
    public java.util.Set<String> matchingAmong(SearchRequest request, java.util.Collection<String> ids) throws IOException {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        Query q = new BooleanQuery.Builder().add(build(request), BooleanClause.Occur.MUST)
                .add(new org.apache.lucene.search.TermInSetQuery(ArticleIndex.ID, ids.stream()
                        .map(org.apache.lucene.util.BytesRef::new).toList()), BooleanClause.Occur.FILTER).build();
        for (ScoreDoc d : searcher.search(q, ids.size()).scoreDocs) {
            out.add(ArticleIndex.loadWithoutFacts(searcher, d.doc).article().id());
        }
        return out;
    }

    /** The article with this id, or with an id starting with this prefix when that is unambiguous. */
    public Optional<StoredArticle> get(String id) throws IOException {
        ScoreDoc[] docs = searcher.search(new TermQuery(new Term(ArticleIndex.ID, id)), 1).scoreDocs;
        if (docs.length == 1) {
            return Optional.of(ArticleIndex.load(searcher, docs[0].doc));
        }
        if (id.length() >= 4) {
            docs = searcher.search(new org.apache.lucene.search.PrefixQuery(new Term(ArticleIndex.ID, id)), 2)
                    .scoreDocs;
            if (docs.length == 1) {
                return Optional.of(ArticleIndex.load(searcher, docs[0].doc));
            }
        }
        return Optional.empty();
    }

    /** Every stored article, in index order. */
    public List<StoredArticle> all() throws IOException {
        List<StoredArticle> out = new ArrayList<>();
        for (ScoreDoc d : searcher.search(new MatchAllDocsQuery(), Math.max(1, reader.maxDoc())).scoreDocs) {
            out.add(ArticleIndex.load(searcher, d.doc));
        }
        return out;
    }

    /**
     * Every stored article, read one at a time as the iteration goes: a pass over a corpus of any
     * size holds one article in memory, not all of them.
     */
    public Iterable<StoredArticle> every() {
        return () -> new java.util.Iterator<>() {
            private final List<LeafReaderContext> leaves = reader.leaves();
            private int leaf = 0, doc = -1;
            private boolean ready;

            @Override
            public boolean hasNext() {
                if (ready) {
                    return true;
                }
                for (; leaf < leaves.size(); leaf++, doc = -1) {
                    org.apache.lucene.index.LeafReader r = leaves.get(leaf).reader();
                    org.apache.lucene.util.Bits live = r.getLiveDocs();
                    for (doc++; doc < r.maxDoc(); doc++) {
                        if (live == null || live.get(doc)) {
                            return ready = true;
                        }
                    }
                }
                return false;
            }

            @Override
            public StoredArticle next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                ready = false;
                try {
                    return ArticleIndex.load(searcher, leaves.get(leaf).docBase + doc);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl > 0 ? s.substring(0, nl) : String.valueOf(s);
    }

    @Override
    public void close() throws IOException {
        executor.shutdownNow();
        reader.close();
    }
}
