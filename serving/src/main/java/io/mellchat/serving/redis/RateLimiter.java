package io.mellchat.serving.redis;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixed-window request counters in Redis, shared by every serving instance. One round trip checks
 * all the limits of a request; the answer is 0 (allowed) or how many milliseconds until the
 * tightest exceeded window ends.
 */
public final class RateLimiter {
    private static final String SCRIPT =
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

    private final Redis redis;

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
        List<String> keys = new ArrayList<>(limits.size());
        List<String> args = new ArrayList<>(limits.size() * 2);
        for (Limit l : limits) {
            keys.add(redis.key("mellchat:rl:" + l.key()));
            args.add(Long.toString(l.windowMillis()));
            args.add(Long.toString(l.limit()));
        }
        Object r = redis.pool().eval(SCRIPT, keys, args);
        return r instanceof Long n ? n : 0L;
    }
}
