package io.mellchat.job.sinks;

import io.mellchat.job.RedisConfig;
import io.mellchat.job.records.RedisFrame;
import org.apache.flink.streaming.connectors.redis.RedisSink;
import org.apache.flink.streaming.connectors.redis.common.mapper.RedisCommand;
import org.apache.flink.streaming.connectors.redis.common.mapper.RedisCommandDescription;
import org.apache.flink.streaming.connectors.redis.common.mapper.RedisMapper;

/** Redis through Bahir's {@link RedisSink}: frames are PUBLISHed; the heartbeat is a SETEX key. */
public final class RedisSinks {
    /** The key whose presence tells serving that the job runs. */
    public static final String HEARTBEAT_KEY = "mellchat:job:heartbeat";

    public static final int HEARTBEAT_TTL_SECONDS = 20;

    private RedisSinks() {}

    public static RedisSink<RedisFrame> publish(RedisConfig redis) {
        return new RedisSink<>(redis.toJedisPoolConfig(), new PublishMapper());
    }

    public static RedisSink<RedisFrame> heartbeat(RedisConfig redis) {
        return new RedisSink<>(redis.toJedisPoolConfig(), new HeartbeatMapper());
    }

    /** PUBLISH {@code frame.channel} {@code frame.payload}. */
    static final class PublishMapper implements RedisMapper<RedisFrame> {
        private static final long serialVersionUID = 1L;

        @Override
        public RedisCommandDescription getCommandDescription() {
            return new RedisCommandDescription(RedisCommand.PUBLISH);
        }

        @Override
        public String getKeyFromData(RedisFrame frame) {
            return frame.channel;
        }

        @Override
        public String getValueFromData(RedisFrame frame) {
            return frame.payload;
        }
    }

    /** SETEX {@code frame.channel} (a key here) with a short TTL. */
    static final class HeartbeatMapper implements RedisMapper<RedisFrame> {
        private static final long serialVersionUID = 1L;

        @Override
        public RedisCommandDescription getCommandDescription() {
            return new RedisCommandDescription(RedisCommand.SETEX, HEARTBEAT_TTL_SECONDS);
        }

        @Override
        public String getKeyFromData(RedisFrame frame) {
            return frame.channel;
        }

        @Override
        public String getValueFromData(RedisFrame frame) {
            return frame.payload;
        }
    }
}
