package io.mellchat.serving.redis;

import io.mellchat.model.UserAction;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.params.XAddParams;

/**
 * Writes user actions into the Redis Stream the job consumes ({@link UserAction#STREAM_KEY}), one
 * entry per action with a unique action id, and pre-checks votes (one per voter per item) with a
 * {@code SET NX} marker so that a repeated vote is answered as a duplicate without an entry.
 */
public final class ActionWriter {
    private static final Duration VOTE_MARKER_TTL = Duration.ofDays(30);

    /** The stream is trimmed to about this many entries; the job reads far faster than that. */
    private static final long STREAM_MAX_LEN = 1_000_000;

    private final Redis redis;
    private final String streamKey;

    /** Where an action's target lives, so that the job can route it without a lookup. */
    public record Location(String stream, String platform, String channel) {}

    /**
     * @param streamKey the Redis Stream ({@code MELLCHAT_ACTIONS_STREAM}, default {@value
     *     UserAction#STREAM_KEY}), before the key prefix
     */
    public ActionWriter(Redis redis, String streamKey) {
        this.redis = redis;
        this.streamKey = streamKey;
    }

    /** Appends an action on a target at a location and returns it (with its new action id). */
    public UserAction write(
            UserAction.Type type,
            UserAction.Target target,
            UUID id,
            String actor,
            String role,
            Location where) {
        UserAction a =
                new UserAction(
                        UUID.randomUUID().toString(),
                        type,
                        target,
                        id,
                        actor,
                        role,
                        Instant.now(),
                        where.stream(),
                        where.platform(),
                        where.channel());
        redis.pool()
                .xadd(
                        redis.key(streamKey),
                        XAddParams.xAddParams().maxLen(STREAM_MAX_LEN).approximateTrimming(),
                        a.toStreamFields());
        return a;
    }

    /** Marks a vote; false when this voter already voted on this item. */
    public boolean firstVote(UserAction.Target target, UUID id, String voter) {
        String key = redis.key("mellchat:vote:" + target.id() + ":" + id + ":" + voter);
        return "OK"
                .equals(
                        redis.pool()
                                .set(
                                        key,
                                        "1",
                                        SetParams.setParams()
                                                .nx()
                                                .ex(VOTE_MARKER_TTL.toSeconds())));
    }

    /** Forgets a vote marker when the vote could not be written. */
    public void forgetVote(UserAction.Target target, UUID id, String voter) {
        redis.pool().del(redis.key("mellchat:vote:" + target.id() + ":" + id + ":" + voter));
    }
}
