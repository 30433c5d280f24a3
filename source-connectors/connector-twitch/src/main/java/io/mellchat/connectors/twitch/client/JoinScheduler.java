package io.mellchat.connectors.twitch.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which JOINs to send when, on one connection: at most {@code perWindow} per sliding window
 * (Twitch: 20 per 10 s), each unanswered JOIN sent again after a timeout (Twitch drops JOINs to
 * unknown channels silently), and after {@code attemptsBeforeError} unanswered attempts only with a
 * growing delay. Times are {@link System#nanoTime} values. Used by one thread.
 */
final class JoinScheduler {

    private static final long MAX_RETRY_DELAY_NANOS = 5L * 60 * 1_000_000_000L;

    private final int perWindow;
    private final long windowNanos;
    private final long timeoutNanos;
    private final int attemptsBeforeError;
    private final ArrayDeque<Long> sent = new ArrayDeque<>();
    private final LinkedHashMap<String, Long> pending = new LinkedHashMap<>();
    private final Map<String, Long> inflight = new HashMap<>();
    private final Map<String, Integer> attempts = new HashMap<>();

    JoinScheduler(int perWindow, long windowNanos, long timeoutNanos, int attemptsBeforeError) {
        this.perWindow = perWindow;
        this.windowNanos = windowNanos;
        this.timeoutNanos = timeoutNanos;
        this.attemptsBeforeError = attemptsBeforeError;
    }

    /** Forgets everything (a new connection); the rate window stays, it is per login. */
    void reset() {
        pending.clear();
        inflight.clear();
        attempts.clear();
    }

    /** A channel to join as soon as the rate allows. */
    void request(String channel, long now) {
        if (!inflight.containsKey(channel)) {
            pending.putIfAbsent(channel, now);
        }
    }

    void cancel(String channel) {
        pending.remove(channel);
        inflight.remove(channel);
        attempts.remove(channel);
    }

    /** The server confirmed the JOIN. */
    void confirmed(String channel) {
        pending.remove(channel);
        inflight.remove(channel);
        attempts.remove(channel);
    }

    /** The channels whose JOIN may be sent now; they count against the rate and the timeout. */
    List<String> due(long now) {
        while (!sent.isEmpty() && now - sent.peekFirst() >= windowNanos) {
            sent.pollFirst();
        }
        List<String> out = new ArrayList<>();
        Iterator<Map.Entry<String, Long>> it = pending.entrySet().iterator();
        while (it.hasNext() && sent.size() < perWindow) {
            Map.Entry<String, Long> e = it.next();
            if (e.getValue() - now <= 0) {
                it.remove();
                out.add(e.getKey());
                inflight.put(e.getKey(), now);
                sent.addLast(now);
            }
        }
        return out;
    }

    /** Receives channels whose JOIN went unanswered, with the number of attempts so far. */
    interface TimeoutHandler {
        void timedOut(String channel, int attempts, boolean givingUp);
    }

    /** Re-queues unanswered JOINs and reports each one. */
    void checkTimeouts(long now, TimeoutHandler handler) {
        Iterator<Map.Entry<String, Long>> it = inflight.entrySet().iterator();
        List<String> expired = new ArrayList<>();
        while (it.hasNext()) {
            Map.Entry<String, Long> e = it.next();
            if (now - e.getValue() >= timeoutNanos) {
                expired.add(e.getKey());
                it.remove();
            }
        }
        for (String channel : expired) {
            int n = attempts.merge(channel, 1, Integer::sum);
            long delay = 0;
            if (n >= attemptsBeforeError) {
                int extra = Math.min(n - attemptsBeforeError, 20);
                delay = Math.min(timeoutNanos << (extra + 1), MAX_RETRY_DELAY_NANOS);
            }
            pending.put(channel, now + delay);
            handler.timedOut(channel, n, n >= attemptsBeforeError);
        }
    }

    boolean isWaiting(String channel) {
        return pending.containsKey(channel) || inflight.containsKey(channel);
    }
}
