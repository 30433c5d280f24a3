package io.mellchat.serving.bench;

/** Latencies in 50 µs buckets up to 10 s (then one overflow bucket); merged across threads. */
final class Histogram {
    private static final long BUCKET_NANOS = 50_000;
    private final long[] counts = new long[200_001];
    private long total;
    private long max;

    void record(long nanos) {
        int b = (int) Math.min(counts.length - 1, Math.max(0, nanos) / BUCKET_NANOS);
        counts[b]++;
        total++;
        max = Math.max(max, nanos);
    }

    synchronized void add(Histogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
    }

    long count() {
        return total;
    }

    /** The upper bound of the bucket holding the given quantile, in milliseconds. */
    double percentileMillis(double q) {
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank && seen > 0) {
                return (i + 1) * BUCKET_NANOS / 1e6;
            }
        }
        return max / 1e6;
    }

    double maxMillis() {
        return max / 1e6;
    }

    String summary() {
        return String.format(
                "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                percentileMillis(0.50),
                percentileMillis(0.90),
                percentileMillis(0.99),
                maxMillis());
    }
}
