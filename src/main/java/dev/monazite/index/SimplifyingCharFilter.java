package dev.monazite.index;

import dev.monazite.text.Normaliser;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/** Maps Traditional Chinese characters to Simplified ones, one to one, so offsets need no correction. */
final class SimplifyingCharFilter extends CharFilter {
    SimplifyingCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = input.read(buf, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) {
            buf[i] = Normaliser.simplify(buf[i]);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
