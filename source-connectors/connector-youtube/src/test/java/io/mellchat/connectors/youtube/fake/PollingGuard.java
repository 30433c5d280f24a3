package io.mellchat.connectors.youtube.fake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the interval the fake told each poller (a Data API chat, a keyless video) and when it
 * answered; a poll that comes sooner is a violation, which fails the test when the fake is closed.
 */
final class PollingGuard {
    private final Map<String, long[]> told = new HashMap<>();
    private final List<String> violations = new ArrayList<>();

    /** True when the poll is in time; records a violation otherwise. */
    synchronized boolean check(String key) {
        long[] t = told.get(key);
        if (t == null) {
            return true;
        }
        long elapsedMs = (System.nanoTime() - t[0]) / 1_000_000;
        if (elapsedMs < t[1]) {
            violations.add(
                    key
                            + " polled after "
                            + elapsedMs
                            + " ms but was told to wait "
                            + t[1]
                            + " ms");
            return false;
        }
        return true;
    }

    /** An answer that asked to wait {@code millis} before the next poll. */
    synchronized void answered(String key, long millis) {
        told.put(key, new long[] {System.nanoTime(), millis});
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }
}
