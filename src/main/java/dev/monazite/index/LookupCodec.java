package dev.monazite.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's default codec, with Bloom filters in front of the two fields every added article looks up
 * by exact term in every segment: its id (is it stored already?) and its seventeen LSH keys (is a
 * near-duplicate stored?). Nearly all of those lookups miss, and a miss the filter answers costs no
 * terms-dictionary block read. Segments record their postings format per field, so an index written
 * with this codec opens with the default one (the Bloom format is found by name), and older indexes
 * without filters open with this one.
 */
final class LookupCodec {
    private LookupCodec() {}

    static Codec create() {
        PostingsFormat standard = PostingsFormat.forName("Lucene104");
        PostingsFormat ids = new BloomFilteringPostingsFormat(standard, new Sized(1));
        PostingsFormat bands = new BloomFilteringPostingsFormat(standard, new Sized(17));
        return new Lucene104Codec() {
            @Override
            public PostingsFormat getPostingsFormatForField(String field) {
                return switch (field) {
                    case ArticleIndex.ID -> ids;
                    case ArticleIndex.LSH -> bands;
                    default -> super.getPostingsFormatForField(field);
                };
            }
        };
    }

    /**
     * A filter sized for the field's terms per document, at 1 % false positives: each false positive
     * costs a terms-dictionary seek, in every segment, for every key of every article added.
     */
    private static final class Sized extends BloomFilterFactory {
        private final int termsPerDoc;

        Sized(int termsPerDoc) {
            this.termsPerDoc = termsPerDoc;
        }

        @Override
        public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
            long terms = (long) state.segmentInfo.maxDoc() * termsPerDoc;
            return FuzzySet.createOptimalSet((int) Math.min(Integer.MAX_VALUE / 16, Math.max(1000, terms)), 0.01f);
        }

        @Override
        public boolean isSaturated(FuzzySet set, FieldInfo info) {
            return set.getSaturation() > 0.9f;
        }
    }
}
