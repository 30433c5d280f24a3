package io.mellchat.connectors.kick.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells repeats of an id-less event apart. Kicks, reward redemptions and subscriptions carry no id,
 * so {@link EventContext#derived()} derives one from the event's content and day, which is the same
 * for the same event delivered on two Pusher channels of one Kick channel (to be dropped as a
 * duplicate) but also for a viewer sending the same gift twice (two events). Pusher delivers a
 * frame once per subscription, so the n-th identical event on one Pusher channel is a new event: it
 * gets the derived id with {@code -n} appended, and the n-th on another Pusher channel gets the
 * same id. Not thread-safe; bounded to the last {@code capacity} ids.
 */
final class DerivedRepeats {
    private final LinkedHashMap<String, Integer> counts;

    DerivedRepeats(int capacity) {
        this.counts =
                new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                        return size() > capacity;
                    }
                };
    }

    /** The id of this occurrence of a derived id on a Pusher channel. */
    String occurrence(String pusherChannel, String derivedId) {
        int n = counts.merge(pusherChannel + '|' + derivedId, 1, Integer::sum) - 1;
        return n == 0 ? derivedId : derivedId + "-" + n;
    }
}
