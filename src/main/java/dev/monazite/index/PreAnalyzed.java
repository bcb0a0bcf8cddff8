package dev.monazite.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * The tokens of one field value, analysed ahead of time (on a worker thread) and replayed to the
 * index writer later: analysis (ICU segmentation, folding, stemming) is the costly part of
 * addDocument, and doing it here lets the writer take documents in a fixed order on one thread, so
 * the index's document order is the same as a sequential run's, while analysis uses every core.
 * The replay carries exactly what indexing reads: term text, position increment, offsets and term
 * frequency, plus the end-of-stream offset and position increment.
 */
final class PreAnalyzed {
    private final char[] chars;
    private final int[] ends; // token i's text is chars[ends[i-1] .. ends[i])
    private final int[] posIncs;
    private final int[] starts;
    private final int[] endOffsets;
    private final int[] freqs; // null when every token has frequency 1
    private final int size;
    private final int finalOffset;
    private final int finalPosInc;

    private PreAnalyzed(char[] chars, int[] ends, int[] posIncs, int[] starts, int[] endOffsets, int[] freqs,
                        int size, int finalOffset, int finalPosInc) {
        this.chars = chars;
        this.ends = ends;
        this.posIncs = posIncs;
        this.starts = starts;
        this.endOffsets = endOffsets;
        this.freqs = freqs;
        this.size = size;
        this.finalOffset = finalOffset;
        this.finalPosInc = finalPosInc;
    }

    /** Runs the analyser's chain for this field over text and keeps the tokens. */
    static PreAnalyzed analyze(Analyzer analyzer, String field, String text) throws IOException {
        char[] chars = new char[Math.max(16, text.length())];
        int cap = Math.max(8, text.length() / 3);
        int[] ends = new int[cap], posIncs = new int[cap], starts = new int[cap], endOffsets = new int[cap];
        int[] freqs = null;
        int n = 0, used = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            TermFrequencyAttribute freq = ts.addAttribute(TermFrequencyAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (n == ends.length) {
                    int grown = n * 2;
                    ends = Arrays.copyOf(ends, grown);
                    posIncs = Arrays.copyOf(posIncs, grown);
                    starts = Arrays.copyOf(starts, grown);
                    endOffsets = Arrays.copyOf(endOffsets, grown);
                    if (freqs != null) {
                        freqs = Arrays.copyOf(freqs, grown);
                    }
                }
                int len = term.length();
                if (used + len > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
                }
                System.arraycopy(term.buffer(), 0, chars, used, len);
                used += len;
                ends[n] = used;
                posIncs[n] = pos.getPositionIncrement();
                starts[n] = off.startOffset();
                endOffsets[n] = off.endOffset();
                if (freq.getTermFrequency() != 1 && freqs == null) {
                    freqs = new int[ends.length];
                    Arrays.fill(freqs, 0, n, 1);
                }
                if (freqs != null) {
                    freqs[n] = freq.getTermFrequency();
                }
                n++;
            }
            ts.end();
            return new PreAnalyzed(chars, ends, posIncs, starts, endOffsets, freqs, n, off.endOffset(),
                    pos.getPositionIncrement());
        }
    }

    /** A fresh stream over the kept tokens; each call replays them from the start. */
    TokenStream stream() {
        return new Replay();
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
        private final TermFrequencyAttribute freq = addAttribute(TermFrequencyAttribute.class);
        private int i;

        @Override
        public boolean incrementToken() {
            if (i >= size) {
                return false;
            }
            clearAttributes();
            int from = i == 0 ? 0 : ends[i - 1];
            term.copyBuffer(chars, from, ends[i] - from);
            pos.setPositionIncrement(posIncs[i]);
            off.setOffset(starts[i], endOffsets[i]);
            if (freqs != null) {
                freq.setTermFrequency(freqs[i]);
            }
            i++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            off.setOffset(finalOffset, finalOffset);
            pos.setPositionIncrement(finalPosInc);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            i = 0;
        }
    }
}
