package io.mellchat.connectors.kick.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** The last {@code capacity} ids seen (insertion order); not thread-safe. */
final class RecentIds {
    private final LinkedHashMap<String, Boolean> ids;

    RecentIds(int capacity) {
        this.ids =
                new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, false) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                        return size() > capacity;
                    }
                };
    }

    /** Records an id; false when it was already among the recent ones. */
    boolean add(String id) {
        return ids.putIfAbsent(id, Boolean.TRUE) == null;
    }
}
