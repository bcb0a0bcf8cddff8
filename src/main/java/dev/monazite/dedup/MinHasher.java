package dev.monazite.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures over token shingles, and locality-sensitive band keys, for finding
 * syndicated rewrites of the same story. Tokens are Latin words and single Han characters of
 * the folded text, so the same shingle size works for both scripts.
 *
 * <p>The signature is one-permutation MinHash (Li, Owen and Zhang, 2012): each shingle is hashed
 * once, the top bits of the hash pick one of 64 bins, and a bin keeps its smallest hash. Bins no
 * shingle reached borrow the value of a bin chosen by a fixed hash of their own number ("optimal
 * densification", Shrivastava, 2017), so short texts still fill every row. Classic MinHash with 64
 * hash functions gave the same estimate at 64 multiplications per shingle, a sixth of the whole
 * ingest path's CPU; this costs one.
 */
public final class MinHasher {
    public static final int HASHES = 64;
    private static final int BIN_SHIFT = Long.SIZE - Integer.numberOfTrailingZeros(HASHES);
    public static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 4;
    // Stored signatures start with this byte; those written by the earlier 64-function scheme have
    // none, are not comparable, and are recomputed from the text when they are needed.
    private static final byte SCHEME = 'O';
    private static final int STORED_LENGTH = 1 + HASHES * Long.BYTES;

    private MinHasher() {}

    /** The signature of a folded text; empty texts give a signature that matches nothing. */
    public static long[] signature(String folded) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        Tokens tokens = tokens(folded);
        long filled = 0;
        for (int i = 0; i + SHINGLE <= tokens.size; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h ^ tokens.values[i + k]);
            }
            int bin = (int) (h >>> BIN_SHIFT);
            if (h < sig[bin]) {
                sig[bin] = h;
            }
            filled |= 1L << bin;
        }
        if (filled != 0 && filled != -1L) {
            densify(sig, filled);
        }
        return sig;
    }

    // Each empty bin copies a filled bin picked by hashing (bin, attempt) until one is filled: the
    // choice depends only on the bin numbers and which bins are filled, so two texts whose filled
    // bins agree borrow alike.
    private static void densify(long[] sig, long filled) {
        for (int bin = 0; bin < HASHES; bin++) {
            if ((filled & 1L << bin) != 0) {
                continue;
            }
            for (long attempt = 1; ; attempt++) {
                int from = (int) (mix(bin * 0x9E3779B97F4A7C15L + attempt) >>> BIN_SHIFT);
                if ((filled & 1L << from) != 0) {
                    sig[bin] = sig[from];
                    break;
                }
            }
        }
    }

    /** Prefix of the key of a whole signature, which follows the band keys. */
    public static final String WHOLE_KEY = "ow:";

    /**
     * Band keys: two signatures sharing any key are candidates for a Jaccard check. The sixteen band
     * keys come first, then one key of the whole signature, which only copies of one text share.
     */
    public static List<String> bandKeys(long[] sig) {
        List<String> keys = new ArrayList<>(BANDS + 1);
        if (sig[0] == Long.MAX_VALUE) {
            return keys;
        }
        long whole = BANDS;
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ sig[b * ROWS + r]);
            }
            keys.add("o" + b + ":" + Long.toHexString(h));
            whole = mix(whole ^ h);
        }
        keys.add(WHOLE_KEY + Long.toHexString(whole));
        return keys;
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i] && a[i] != Long.MAX_VALUE) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** Like {@link #similarity(long[], long[])} against a signature still in its stored bytes. */
    public static double similarity(long[] a, byte[] bytes, int offset, int length) {
        if (length != STORED_LENGTH || bytes[offset] != SCHEME) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            long b = (long) BIG_ENDIAN_LONG.get(bytes, offset + 1 + i * Long.BYTES);
            if (a[i] == b && b != Long.MAX_VALUE) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private static final java.lang.invoke.VarHandle BIG_ENDIAN_LONG =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private static final class Tokens {
        long[] values = new long[256];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    private static Tokens tokens(String s) {
        Tokens out = new Tokens();
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x2E80) {
                if (inWord) {
                    out.add(h);
                    inWord = false;
                }
                if (Character.isLetterOrDigit(c)) {
                    out.add((long) c * 0x100000001B3L);
                }
            } else if (Character.isLetterOrDigit(c)) {
                h = inWord ? h * 31 + c : c;
                inWord = true;
            } else if (inWord) {
                out.add(h);
                inWord = false;
            }
        }
        if (inWord) {
            out.add(h);
        }
        return out;
    }

    // SplitMix64 finaliser: cheap and well mixed.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Signature as bytes for storage, marked with its scheme. */
    public static byte[] toBytes(long[] sig) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 + sig.length * Long.BYTES);
        b.put(SCHEME);
        for (long v : sig) {
            b.putLong(v);
        }
        return b.array();
    }

    /** Signature from stored bytes; null when they were written by another scheme (or are not a signature). */
    public static long[] fromBytes(byte[] bytes, int offset, int length) {
        if (length != STORED_LENGTH || bytes[offset] != SCHEME) {
            return null;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes, offset + 1, length - 1);
        long[] sig = new long[HASHES];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = b.getLong();
        }
        return sig;
    }
}
