package io.mellchat.serving.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against the local Redis, with a unique key prefix. */
class RateLimiterTest {
    private final String prefix = "rltest-" + UUID.randomUUID() + ":";
    private final Redis redis =
            new Redis(
                    URI.create(
                            System.getenv()
                                    .getOrDefault("MELLCHAT_REDIS_URL", "redis://127.0.0.1:6379")),
                    prefix,
                    4);

    @AfterEach
    void cleanUp() {
        var keys = redis.pool().keys(prefix + "*");
        if (!keys.isEmpty()) {
            redis.pool().del(keys.toArray(String[]::new));
        }
        redis.close();
    }

    @Test
    void smallLimitsAreExact() {
        RateLimiter l = new RateLimiter(redis);
        List<RateLimiter.Limit> limit = List.of(new RateLimiter.Limit("a", 60_000, 3));
        assertThat(l.hit(limit)).isZero();
        assertThat(l.hit(limit)).isZero();
        assertThat(l.hit(limit)).isZero();
        assertThat(l.hit(limit)).isBetween(1L, 60_000L);
    }

    @Test
    void largeLimitsAreSlicedAcrossInstancesAndNeverExceeded() {
        RateLimiter one = new RateLimiter(redis);
        RateLimiter two = new RateLimiter(redis);
        List<RateLimiter.Limit> limit = List.of(new RateLimiter.Limit("b", 86_400_000, 1000));
        int allowed = 0;
        for (int i = 0; i < 1500; i++) {
            RateLimiter l = i % 2 == 0 ? one : two;
            if (l.hit(limit) == 0) {
                allowed++;
            }
        }
        // at most the limit; at most one unused slice (20) per instance short of it
        assertThat(allowed).isBetween(1000 - 2 * 20, 1000);
        long retry = one.hit(limit);
        assertThat(retry).isBetween(1L, 86_400_000L);
    }
}
