package dev.monazite.index;

import dev.monazite.article.Article;
import dev.monazite.facts.Annotations;
import dev.monazite.facts.Fact;
import dev.monazite.text.Texts;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The search facets (language, source, entity, publication month, fact type): written into each
 * article's document as Lucene sorted-set facet fields, counted over a whole result set with
 * Lucene's facet module, and used to narrow a search by drill-down.
 */
final class StoryFacets {
    /** The facet dimensions, in the order they are shown. */
    static final List<String> DIMS = List.of("lang", "source", "entity", "month", "type");

    /** The month facet's value for an article with no publication date. */
    static final String UNDATED = "undated";

    private static final FacetsConfig CONFIG = config();

    // Most values a dimension reports: beyond them a facet list is a wall, not a choice.
    private static final int TOP = 30;

    private static FacetsConfig config() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : DIMS) {
            c.setMultiValued(dim, true);
        }
        return c;
    }

    private StoryFacets() {}

    /** The document with the article's facet fields added, as the facet module indexes them. */
    static Document build(Document doc, Article a, Annotations notes) throws IOException {
        add(doc, "lang", List.of(a.lang()));
        add(doc, "source", a.source() == null ? List.of() : List.of(a.source()));
        add(doc, "entity", notes.entities());
        add(doc, "month", List.of(a.published() == null ? UNDATED : Texts.cut(a.published().toString(), 0, 7)));
        add(doc, "type", notes.facts().stream().map(Fact::type).toList());
        return CONFIG.build(doc);
    }

    private static void add(Document doc, String dim, List<String> values) {
        for (String v : new LinkedHashSet<>(values)) {
            if (v != null && !v.isBlank()) {
                doc.add(new SortedSetDocValuesFacetField(dim, v));
            }
        }
    }

    /** Whether the index was written with facet fields (an index written before them has none). */
    static boolean indexed(DirectoryReader reader) {
        return FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
    }

    /** What counting reads: the facet ordinals of every segment of the reader. */
    static DefaultSortedSetDocValuesReaderState state(DirectoryReader reader) throws IOException {
        return new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
    }

    /**
     * The query narrowed to articles that have, for each dimension given, one of its values.
     *
     * @throws IllegalArgumentException for a dimension that is not a facet
     */
    static Query narrow(Query base, Map<String, List<String>> filters) {
        if (filters.isEmpty()) {
            return base;
        }
        DrillDownQuery q = new DrillDownQuery(CONFIG, base);
        // one add per value: the facet module ORs the values of one dimension (an add of several is a path)
        filters.forEach((dim, values) -> values.forEach(v -> q.add(dim, v)));
        return q;
    }

    /** Value counts per dimension and the number of distinct stories, over every article the query matches. */
    record Counts(Map<String, Map<String, Integer>> values, int stories) {}

    static Counts count(IndexSearcher searcher, DefaultSortedSetDocValuesReaderState state, Query query)
            throws IOException {
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : DIMS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult r = counts == null ? null : top(counts, dim);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.put(lv.label, lv.value.intValue());
                }
            }
            out.put(dim, values);
        }
        return new Counts(out, stories(fc));
    }

    // A dimension no article has a value for is not in the index's facet state: it counts nothing.
    private static FacetResult top(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
        try {
            return counts.getTopChildren(TOP, dim);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // Stories, not articles: the result list shows a story once, so its pages are counted in stories.
    private static int stories(FacetsCollector fc) throws IOException {
        Set<String> seen = new java.util.HashSet<>();
        int undistinguished = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
            SortedDocValues clusters = m.context().reader().getSortedDocValues(ArticleIndex.CLUSTER);
            DocIdSetIterator docs = m.bits().iterator();
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (clusters != null && clusters.advanceExact(d)) {
                    // ordinals are per segment: a story whose members sit in two segments is counted by term
                    seen.add(clusters.lookupOrd(clusters.ordValue()).utf8ToString());
                } else {
                    undistinguished++;
                }
            }
        }
        return seen.size() + undistinguished;
    }
}
