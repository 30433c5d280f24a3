package io.mellchat.serving.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Encoded responses of hot reads (the question queue), kept until the live frames say the data
 * changed ({@link #invalidate()}) or {@code ttl} passes, so that many viewers refreshing at once
 * cost one query.
 */
public final class HotCache {
    private record Entry(long version, long expiresAt, byte[] body) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;

    public HotCache(long ttlMillis, int maxEntries) {
        this.ttlNanos = ttlMillis * 1_000_000;
        this.maxEntries = maxEntries;
    }

    public byte[] get(String key, Supplier<byte[]> load) {
        long v = version.get();
        long now = System.nanoTime();
        Entry e = entries.get(key);
        if (e != null && e.version == v && now - e.expiresAt < 0) {
            return e.body;
        }
        byte[] body = load.get();
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry(v, now + ttlNanos, body));
        return body;
    }

    public void invalidate() {
        version.incrementAndGet();
    }
}
