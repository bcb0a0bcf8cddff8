package dev.monazite.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures over token shingles, and locality-sensitive band keys, for finding
 * syndicated rewrites of the same story. Tokens are Latin words and single Han characters of
 * the folded text, so the same shingle size works for both scripts.
 */
public final class MinHasher {
    public static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 4;
    private static final long[] SEEDS = seeds();

    private MinHasher() {}

    /** The signature of a folded text; empty texts give a signature that matches nothing. */
    public static long[] signature(String folded) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        Tokens tokens = tokens(folded);
        for (int i = 0; i + SHINGLE <= tokens.size; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h ^ tokens.values[i + k]);
            }
            // h is already well mixed: a multiply by an odd seed and a rotate is a cheap, good-enough
            // family of permutations for 64 minima per shingle.
            for (int j = 0; j < HASHES; j++) {
                long v = Long.rotateLeft(h * SEEDS[j], j);
                if (v < sig[j]) {
                    sig[j] = v;
                }
            }
        }
        return sig;
    }

    /** Band keys: two signatures sharing any key are candidates for a Jaccard check. */
    public static List<String> bandKeys(long[] sig) {
        List<String> keys = new ArrayList<>(BANDS);
        if (sig[0] == Long.MAX_VALUE) {
            return keys;
        }
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ sig[b * ROWS + r]);
            }
            keys.add(b + ":" + Long.toHexString(h));
        }
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
        if (length != HASHES * Long.BYTES) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            long b = (long) BIG_ENDIAN_LONG.get(bytes, offset + i * Long.BYTES);
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

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 42;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x) | 1L;
        }
        return s;
    }

    /** Signature as bytes for storage. */
    public static byte[] toBytes(long[] sig) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(sig.length * 8);
        for (long v : sig) {
            b.putLong(v);
        }
        return b.array();
    }

    /** Signature from stored bytes. */
    public static long[] fromBytes(byte[] bytes, int offset, int length) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes, offset, length);
        long[] sig = new long[length / 8];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = b.getLong();
        }
        return sig;
    }
}
