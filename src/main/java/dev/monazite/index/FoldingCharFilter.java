package dev.monazite.index;

import dev.monazite.text.Normaliser;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folds each character with {@link Normaliser#foldChar}: NFKC case folding and Traditional to
 * Simplified, one character to one, so offsets need no correction and the cost is a table lookup.
 */
final class FoldingCharFilter extends CharFilter {
    FoldingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = input.read(buf, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) {
            buf[i] = Normaliser.foldChar(buf[i]);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
