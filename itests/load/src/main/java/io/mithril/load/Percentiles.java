package io.mithril.load;

import java.util.Arrays;

/** Latency summary of a set of durations (nanoseconds), reported in milliseconds. */
record Percentiles(int count, double p50Ms, double p90Ms, double p99Ms, double maxMs) {

    static Percentiles of(long[] nanos) {
        if (nanos.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, ms(at(sorted, 0.50)), ms(at(sorted, 0.90)), ms(at(sorted, 0.99)),
                ms(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile. */
    private static long at(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", p50Ms, p90Ms, p99Ms, maxMs);
    }
}
