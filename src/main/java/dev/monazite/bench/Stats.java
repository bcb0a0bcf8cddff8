package dev.monazite.bench;

import java.util.Arrays;

/** Order statistics for benchmark samples. */
final class Stats {
    private Stats() {}

    static double median(double[] xs) {
        return percentile(xs, 50);
    }

    static double percentile(double[] xs, double p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        if (s.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, rank))];
    }
}
