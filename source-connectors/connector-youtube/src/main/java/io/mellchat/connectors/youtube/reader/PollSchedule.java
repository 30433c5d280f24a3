package io.mellchat.connectors.youtube.reader;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * When each split of a reader is next due for a poll. The fetcher thread {@link #awaitDue waits}
 * for the earliest one; {@link #wakeUp()} from any thread ends the wait at once. A split is never
 * returned before its time (the wait is measured on the monotonic clock), which is how YouTube's
 * polling interval is honoured.
 */
public final class PollSchedule {
    private final Map<String, Long> due = new HashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean woken;

    /** Makes {@code splitId} due after {@code delay} (replacing an earlier time). */
    public void schedule(String splitId, Duration delay) {
        long at = System.nanoTime() + Math.max(0, delay.toNanos());
        lock.lock();
        try {
            due.put(splitId, at);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void remove(String splitId) {
        lock.lock();
        try {
            due.remove(splitId);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a split is due and takes it off the schedule, or returns empty after {@code
     * maxWait} or a {@link #wakeUp()}.
     */
    public Optional<String> awaitDue(Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        lock.lock();
        try {
            while (true) {
                if (woken) {
                    woken = false;
                    return Optional.empty();
                }
                long now = System.nanoTime();
                String first = null;
                long firstAt = Long.MAX_VALUE;
                for (Map.Entry<String, Long> e : due.entrySet()) {
                    if (e.getValue() - firstAt < 0 || first == null) {
                        first = e.getKey();
                        firstAt = e.getValue();
                    }
                }
                if (first != null && firstAt - now <= 0) {
                    due.remove(first);
                    return Optional.of(first);
                }
                long wait = deadline - now;
                if (first != null) {
                    wait = Math.min(wait, firstAt - now);
                }
                if (wait <= 0) {
                    return Optional.empty();
                }
                changed.awaitNanos(wait);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Ends a wait now (or the next one, if nobody waits). */
    public void wakeUp() {
        lock.lock();
        try {
            woken = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return due.size();
        } finally {
            lock.unlock();
        }
    }
}
