package io.mellchat.job.functions;

import io.mellchat.job.records.RedisFrame;
import io.mellchat.job.sinks.RedisSinks;
import java.time.Duration;
import java.time.Instant;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A tick every few seconds carrying the wall-clock time. It is written to Redis as {@value
 * RedisSinks#HEARTBEAT_KEY} with a short TTL (serving's readiness requires it, so "ready" means the
 * job's path to Redis works), and its watermark — the clock minus {@link #LAG} — paces event time
 * when chat is quiet (see {@link WatermarkPacer}).
 */
public final class Heartbeat {
    public static final double TICKS_PER_SECOND = 0.5;

    /** How far behind the clock the heartbeat's watermark stays: room for late platform clocks. */
    public static final Duration LAG = Duration.ofSeconds(10);

    private Heartbeat() {}

    public static DataStream<Long> ticks(StreamExecutionEnvironment env) {
        DataGeneratorSource<Long> ticks =
                new DataGeneratorSource<>(
                        index -> System.currentTimeMillis(),
                        Long.MAX_VALUE,
                        RateLimiterStrategy.perSecond(TICKS_PER_SECOND),
                        Types.LONG);
        return env.fromSource(
                        ticks,
                        WatermarkStrategy.<Long>forBoundedOutOfOrderness(LAG)
                                .withTimestampAssigner((t, ts) -> t),
                        "heartbeat")
                .uid("source-heartbeat")
                .setParallelism(1);
    }

    public static DataStream<RedisFrame> frames(DataStream<Long> ticks) {
        return ticks.map(
                        t ->
                                new RedisFrame(
                                        RedisSinks.HEARTBEAT_KEY,
                                        "{\"at\":\"" + Instant.ofEpochMilli(t) + "\"}"))
                .name("heartbeat")
                .uid("heartbeat")
                .setParallelism(1);
    }
}
