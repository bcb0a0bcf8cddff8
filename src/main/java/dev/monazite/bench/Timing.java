package dev.monazite.bench;

import java.util.Optional;

/** How long one timed run took, and the heap it used (see {@link HeapMeter}). */
record Timing(double seconds, long peakBytes, long peakAfterGcBytes) {
    private static final String PREFIX = "bench-timing ";

    /** The line a child JVM prints for its parent. */
    String line() {
        return PREFIX + seconds + " " + peakBytes + " " + peakAfterGcBytes;
    }

    /** The timing a child printed, if this is its line. */
    static Optional<Timing> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PREFIX.length()).strip().split(" ");
        try {
            return parts.length != 3 ? Optional.empty() : Optional.of(new Timing(Double.parseDouble(parts[0]),
                    Long.parseLong(parts[1]), Long.parseLong(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
