package io.mellchat.job.sinks;

import io.mellchat.job.JobConfig;
import io.mellchat.job.records.ChannelCounters;
import io.mellchat.job.records.MessageWrite;
import io.mellchat.job.records.RangeDeletion;
import io.mellchat.job.records.RedisFrame;
import io.mellchat.model.ChannelStatusChanged;
import java.io.Serializable;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/**
 * Where the job's results go. {@link #real} writes PostgreSQL through the JDBC connector and Redis
 * through Bahir; tests may substitute any of them.
 */
public record JobSinks(
        Sink<MessageWrite> messages,
        Sink<RangeDeletion> rangeDeletions,
        Sink<ChannelStatusChanged> statuses,
        Sink<ChannelCounters> counters,
        SinkFunction<RedisFrame> frames,
        SinkFunction<RedisFrame> heartbeat)
        implements Serializable {

    public static JobSinks real(JobConfig c) {
        return new JobSinks(
                Jdbc.sink(c, MessageStatements.UPSERT_MESSAGE, MessageStatements.BIND_MESSAGE),
                Jdbc.sink(c, MessageStatements.DELETE_RANGE, MessageStatements.BIND_DELETE_RANGE),
                Jdbc.sink(c, MessageStatements.UPSERT_STATUS, MessageStatements.BIND_STATUS),
                Jdbc.sink(c, MessageStatements.UPDATE_COUNTERS, MessageStatements.BIND_COUNTERS),
                RedisSinks.publish(c.redis()),
                RedisSinks.heartbeat(c.redis()));
    }
}
