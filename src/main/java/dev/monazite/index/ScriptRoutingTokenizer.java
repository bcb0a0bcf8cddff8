package dev.monazite.index;

import java.io.CharArrayReader;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Word segmentation that pays for ICU only where it is needed. Text written only in Latin script
 * (English, Vietnamese), with digits and punctuation, goes to Lucene's StandardTokenizer; anything
 * else (Chinese and Japanese, which need ICU's dictionary, and every other script) goes to the
 * ICUTokenizer. Both implement the Unicode word-break rules (UAX #29), and for Latin text they give the
 * same tokens (a test compares them over every Latin text the project has); the JFlex scanner just
 * does it about three times as fast as ICU's rule interpreter.
 *
 * <p>The choice is made per field value, after reading it whole: values are article titles and
 * bodies, or queries.
 */
final class ScriptRoutingTokenizer extends Tokenizer {
    private static final int MAX_TOKEN_LENGTH = 4096; // as long as ICU's, so no word is cut differently

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);

    private final Inner latin = new Inner(standard());
    private final Inner icu = new Inner(new ICUTokenizer());
    private Inner active;
    private char[] buffer = new char[1024];
    private int length;

    private static Tokenizer standard() {
        StandardTokenizer t = new StandardTokenizer();
        t.setMaxTokenLength(MAX_TOKEN_LENGTH);
        return t;
    }

    /** A delegate tokenizer and its attributes. */
    private static final class Inner {
        final Tokenizer tokenizer;
        final CharTermAttribute term;
        final OffsetAttribute offset;
        final PositionIncrementAttribute posInc;

        Inner(Tokenizer tokenizer) {
            this.tokenizer = tokenizer;
            this.term = tokenizer.addAttribute(CharTermAttribute.class);
            this.offset = tokenizer.addAttribute(OffsetAttribute.class);
            this.posInc = tokenizer.addAttribute(PositionIncrementAttribute.class);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        for (int n; (n = input.read(buffer, length, buffer.length - length)) != -1; ) {
            length += n;
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        active = latinOnly(buffer, length) ? latin : icu;
        active.tokenizer.setReader(new CharArrayReader(buffer, 0, length));
        active.tokenizer.reset();
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!active.tokenizer.incrementToken()) {
            return false;
        }
        term.copyBuffer(active.term.buffer(), 0, active.term.length());
        offset.setOffset(correctOffset(active.offset.startOffset()), correctOffset(active.offset.endOffset()));
        posInc.setPositionIncrement(active.posInc.getPositionIncrement());
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        active.tokenizer.end();
        int end = correctOffset(length);
        offset.setOffset(end, end);
        posInc.setPositionIncrement(active.posInc.getPositionIncrement());
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (active != null) {
            active.tokenizer.close();
            active = null;
        }
    }

    /**
     * Whether every character is Basic Latin, Latin-1, Latin Extended A/B and Additional (Vietnamese),
     * IPA, combining diacritics, or general punctuation, currency and letter-like symbols.
     */
    static boolean latinOnly(char[] s, int length) {
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c >= 0x0370 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2000 && c <= 0x214F)) {
                return false;
            }
        }
        return true;
    }
}
