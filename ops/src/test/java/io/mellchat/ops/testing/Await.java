package io.mellchat.ops.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Waits for a condition with a bound (no fixed sleeps in tests). */
public final class Await {
    private Await() {}

    /**
     * Polls {@code condition} every 100 ms until it holds; fails with {@code describe} after {@code
     * limit}.
     */
    public static void until(Duration limit, Callable<Boolean> condition, Supplier<String> describe)
            throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            if (Boolean.TRUE.equals(condition.call())) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit + ": " + describe.get());
            }
            Thread.sleep(100);
        }
    }

    /** Like {@link #until} and returns how long it took. */
    public static Duration timed(
            Duration limit, Callable<Boolean> condition, Supplier<String> describe)
            throws Exception {
        long start = System.nanoTime();
        until(limit, condition, describe);
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
