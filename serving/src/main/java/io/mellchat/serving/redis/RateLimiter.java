package io.mellchat.serving.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window request counters in Redis, shared by every serving instance.
 *
 * <p>Small limits (such as 10 viewer tokens a minute) are counted exactly: one round trip per
 * request. Large limits are counted in chunks: an instance reserves a slice of the window's budget
 * from Redis ({@code INCRBY}) and spends it locally, so a busy client costs one round trip per
 * slice rather than per request. The price is that a client may be stopped up to one slice per
 * instance early, never late.
 */
public final class RateLimiter {
    private static final String EXACT =
            """
            local retry = 0
            for i, key in ipairs(KEYS) do
              local window = tonumber(ARGV[2 * i - 1])
              local limit = tonumber(ARGV[2 * i])
              local count = redis.call('INCR', key)
              local ttl = redis.call('PTTL', key)
              if ttl < 0 then
                redis.call('PEXPIRE', key, window)
                ttl = window
              end
              if count > limit and ttl > retry then
                retry = ttl
              end
            end
            return retry
            """;

    /** Limits up to this are counted exactly. */
    private static final long EXACT_UP_TO = 100;

    /** Slices are this fraction of the limit. */
    private static final long SLICES_PER_WINDOW = 50;

    private final Redis redis;
    private final Map<String, Slice> slices = new ConcurrentHashMap<>();

    /** What this instance may still spend of one key's window. */
    private static final class Slice {
        final long window;
        long remaining;
        boolean exhausted;

        Slice(long window) {
            this.window = window;
        }
    }

    public RateLimiter(Redis redis) {
        this.redis = redis;
    }

    /** One limit: at most {@code limit} hits per {@code windowMillis} under {@code key}. */
    public record Limit(String key, long windowMillis, long limit) {}

    /** Counts one hit against every limit; returns 0 when allowed, else ms until retry. */
    public long hit(List<Limit> limits) {
        if (limits.isEmpty()) {
            return 0;
        }
        List<Limit> exact = new ArrayList<>(limits.size());
        long retry = 0;
        for (Limit l : limits) {
            if (l.limit() <= EXACT_UP_TO) {
                exact.add(l);
            } else {
                retry = Math.max(retry, sliced(l));
            }
        }
        return Math.max(retry, exact(exact));
    }

    private long exact(List<Limit> limits) {
        if (limits.isEmpty()) {
            return 0;
        }
        List<String> keys = new ArrayList<>(limits.size());
        List<String> args = new ArrayList<>(limits.size() * 2);
        for (Limit l : limits) {
            keys.add(redis.key("mellchat:rl:" + l.key()));
            args.add(Long.toString(l.windowMillis()));
            args.add(Long.toString(l.limit()));
        }
        Object r = redis.pool().eval(EXACT, keys, args);
        return r instanceof Long n ? n : 0L;
    }

    private long sliced(Limit l) {
        long now = System.currentTimeMillis();
        long window = now / l.windowMillis();
        long retry = (window + 1) * l.windowMillis() - now;
        Slice s =
                slices.compute(
                        l.key(),
                        (k, old) -> old == null || old.window != window ? new Slice(window) : old);
        synchronized (s) {
            if (s.remaining > 0) {
                s.remaining--;
                return 0;
            }
            if (s.exhausted) {
                return retry;
            }
            long chunk = Math.max(1, l.limit() / SLICES_PER_WINDOW);
            String key = redis.key("mellchat:rl:" + l.key() + ":" + window);
            long total = redis.pool().incrBy(key, chunk);
            if (total == chunk) {
                redis.pool().pexpire(key, l.windowMillis() * 2);
            }
            long granted = Math.min(chunk, l.limit() - (total - chunk));
            if (granted <= 0) {
                s.exhausted = true;
                return retry;
            }
            s.remaining = granted - 1;
            if (slices.size() > 100_000) {
                slices.clear();
            }
            return 0;
        }
    }
}
