package io.mellchat.job.functions;

import io.mellchat.job.records.RedisFrame;
import io.mellchat.job.sinks.RedisSinks;
import java.time.Instant;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A tick every five seconds, written to Redis as {@value RedisSinks#HEARTBEAT_KEY} with a short
 * TTL: serving's readiness check requires it, so "ready" means the job's path to Redis works.
 */
public final class Heartbeat {
    public static final double TICKS_PER_SECOND = 0.2;

    private Heartbeat() {}

    public static DataStream<RedisFrame> stream(StreamExecutionEnvironment env) {
        DataGeneratorSource<Long> ticks =
                new DataGeneratorSource<>(
                        index -> System.currentTimeMillis(),
                        Long.MAX_VALUE,
                        RateLimiterStrategy.perSecond(TICKS_PER_SECOND),
                        Types.LONG);
        return env.fromSource(ticks, WatermarkStrategy.noWatermarks(), "heartbeat")
                .uid("source-heartbeat")
                .setParallelism(1)
                .map(
                        t ->
                                new RedisFrame(
                                        RedisSinks.HEARTBEAT_KEY,
                                        "{\"at\":\"" + Instant.ofEpochMilli(t) + "\"}"))
                .name("heartbeat")
                .uid("heartbeat")
                .setParallelism(1);
    }
}
