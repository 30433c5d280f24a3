package io.mellchat.serving.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Delays in 1 ms buckets up to 60 s, shared by many threads (one array, not one per client). */
final class DelayHistogram {
    private static final int BUCKETS = 60_001;
    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    void record(long nanos) {
        int b = (int) Math.min(BUCKETS - 1, Math.max(0, nanos) / 1_000_000);
        counts.incrementAndGet(b);
        total.incrementAndGet();
        max.accumulateAndGet(nanos, Math::max);
    }

    long count() {
        return total.get();
    }

    double percentileMillis(double q) {
        long rank = (long) Math.ceil(q * total.get());
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank && seen > 0) {
                return i + 1;
            }
        }
        return max.get() / 1e6;
    }

    String summary() {
        return String.format(
                "p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.1f ms (1 ms buckets, upper bounds)",
                percentileMillis(0.50),
                percentileMillis(0.90),
                percentileMillis(0.99),
                max.get() / 1e6);
    }
}
