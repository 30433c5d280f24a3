package io.mellchat.job;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a bound, then fails saying what it saw. */
public final class Await {
    private Await() {}

    public static void until(Duration bound, BooleanSupplier condition, Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + bound + ": " + state.get());
            }
            Thread.sleep(100);
        }
    }
}
