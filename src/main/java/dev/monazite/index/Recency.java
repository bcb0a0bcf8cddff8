package dev.monazite.index;

import java.io.IOException;
import java.time.LocalDateTime;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A relevance multiplier for monitoring: 1 for a story published now, falling by half of what is
 * left every half-life (¾ after one, ⅝ after two) towards ½, so recent stories rise without an old
 * exact match vanishing. An undated story counts as old.
 */
final class Recency extends DoubleValuesSource {
    private final int halfLifeDays;
    private final long now;

    Recency(int halfLifeDays, LocalDateTime now) {
        this.halfLifeDays = halfLifeDays;
        this.now = ArticleIndex.minutes(now);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = ctx.reader().getNumericDocValues(ArticleIndex.PUBLISHED);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (published != null && published.advanceExact(doc)) {
                    double ageDays = Math.max(0, (now - published.longValue()) / 1440.0);
                    value = 0.5 + 0.5 * Math.pow(2, -ageDays / halfLifeDays);
                } else {
                    value = 0.5;
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(now) * 31 + halfLifeDays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recency r && r.halfLifeDays == halfLifeDays && r.now == now;
    }

    @Override
    public String toString() {
        return "recency(half-life " + halfLifeDays + " days)";
    }
}
