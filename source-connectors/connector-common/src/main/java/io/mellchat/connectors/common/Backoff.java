package io.mellchat.connectors.common;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Capped exponential backoff with jitter: attempt n waits {@code min(max, initial × multiplier^n)},
 * reduced by a random share up to {@code jitter} so that many clients do not retry in step. Not
 * thread-safe; one per connection.
 */
public final class Backoff implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long initialMillis;
    private final long maxMillis;
    private final double multiplier;
    private final double jitter;
    private int attempts;

    public Backoff(Duration initial, Duration max, double multiplier, double jitter) {
        if (initial.isNegative() || max.compareTo(initial) < 0 || multiplier < 1) {
            throw new IllegalArgumentException(
                    "bad backoff " + initial + ".." + max + " ×" + multiplier);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be within [0, 1]: " + jitter);
        }
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.multiplier = multiplier;
        this.jitter = jitter;
    }

    /** 1 s doubling up to 60 s, with 30 % jitter: what the platform libraries do. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0.3);
    }

    /** The wait before the next attempt; counts the attempt. */
    public Duration next() {
        double base = initialMillis * Math.pow(multiplier, Math.min(attempts, 62));
        long capped = (long) Math.min(base, maxMillis);
        attempts++;
        double cut = jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(jitter);
        return Duration.ofMillis((long) (capped * (1 - cut)));
    }

    /** After a success: the next failure starts from the initial wait again. */
    public void reset() {
        attempts = 0;
    }

    public int attempts() {
        return attempts;
    }
}
