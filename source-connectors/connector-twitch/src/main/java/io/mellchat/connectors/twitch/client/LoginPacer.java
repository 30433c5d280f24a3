package io.mellchat.connectors.twitch.client;

import java.util.ArrayDeque;

/**
 * Spaces the logins of all connections of one client: at most {@code perWindow} per sliding window
 * (Twitch counts a login, PASS+NICK, against a limit of 20 per 10 s), so that many channels spread
 * over many connections do not open them all at once. Thread-safe.
 */
final class LoginPacer {

    private final int perWindow;
    private final long windowNanos;
    private final ArrayDeque<Long> slots = new ArrayDeque<>();

    LoginPacer(int perWindow, long windowNanos) {
        this.perWindow = perWindow;
        this.windowNanos = windowNanos;
    }

    /** Reserves the next login slot; returns how long to wait for it (0: now). */
    synchronized long reserve(long now) {
        while (!slots.isEmpty() && now - slots.peekFirst() >= windowNanos) {
            slots.pollFirst();
        }
        long at = now;
        if (slots.size() >= perWindow) {
            // the slot frees when the oldest of the last perWindow logins leaves the window
            long[] times = slots.stream().mapToLong(Long::longValue).toArray();
            at = Math.max(now, times[times.length - perWindow] + windowNanos);
        }
        slots.addLast(at);
        return at - now;
    }
}
