package io.mellchat.job;

import io.mellchat.job.functions.ChannelProcessor;
import io.mellchat.job.functions.EventNormalizer;
import io.mellchat.job.functions.FrameBatcher;
import io.mellchat.job.functions.Heartbeat;
import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.MessageWrite;
import io.mellchat.job.sinks.JobSinks;
import io.mellchat.model.ChatEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Wires MellChat's data path. It receives its sources and sinks and only builds the graph; the
 * logic lives in the named functions.
 *
 * <pre>
 * sources ─ normalise ─ keyBy(channel) ─ channel-state ─┬─ messages ──────────── PostgreSQL
 *                                                       ├─ range deletions ───── PostgreSQL
 *                                                       ├─ statuses, counters ── PostgreSQL
 *                                                       └─ frames ─ keyBy(channel) ─ batch ─ Redis PUBLISH
 * heartbeat ─ Redis SETEX mellchat:job:heartbeat
 * </pre>
 *
 * <p>Every operator has a stable uid so that checkpoints and savepoints survive new versions.
 */
public final class ChatJob {
    /** A chat source and its stable name (also its uid). */
    public record NamedSource(String name, Source<ChatEvent, ?, ?> source) {
        public NamedSource {
            Objects.requireNonNull(name);
            Objects.requireNonNull(source);
        }
    }

    /**
     * Chat events may arrive this much out of order (across platforms) before they count as late.
     */
    public static final Duration OUT_OF_ORDERNESS = Duration.ofSeconds(5);

    private final JobConfig config;
    private final List<NamedSource> sources;
    private final JobSinks sinks;

    public ChatJob(JobConfig config, List<NamedSource> sources, JobSinks sinks) {
        if (sources.isEmpty()) {
            throw new JobConfigException("the job needs at least one chat source");
        }
        this.config = config;
        this.sources = List.copyOf(sources);
        this.sinks = sinks;
    }

    /** Checkpointing and type rules this job relies on. */
    @SuppressWarnings("deprecation")
    public void configure(StreamExecutionEnvironment env) {
        env.enableCheckpointing(
                config.checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        env.getCheckpointConfig()
                .setMinPauseBetweenCheckpoints(
                        Math.min(1_000, config.checkpointInterval().toMillis() / 2));
        // every record type has a Flink serializer: a Kryo fallback is a bug, not a slowdown
        env.getConfig().disableGenericTypes();
    }

    /** Adds the job's operators to the environment. */
    public void build(StreamExecutionEnvironment env) {
        configure(env);
        DataStream<ChatEvent> events = null;
        for (NamedSource s : sources) {
            DataStream<ChatEvent> stream =
                    env.fromSource(s.source(), watermarks(), s.name()).uid("source-" + s.name());
            events = events == null ? stream : events.union(stream);
        }
        SingleOutputStreamOperator<MessageWrite> channelState =
                events.map(new EventNormalizer())
                        .name("normalise")
                        .uid("normalise")
                        .keyBy(new ChannelKey())
                        .process(new ChannelProcessor(config.dedupeTtl()))
                        .name("channel-state")
                        .uid("channel-state");

        // deletions of a message must follow its insert: same sink, same subtask (forward)
        channelState
                .sinkTo(sinks.messages())
                .name("messages-to-postgres")
                .uid("messages-to-postgres");
        channelState
                .getSideOutput(ChannelProcessor.RANGE_DELETIONS)
                .sinkTo(sinks.rangeDeletions())
                .name("moderation-to-postgres")
                .uid("moderation-to-postgres");
        channelState
                .getSideOutput(ChannelProcessor.STATUSES)
                .sinkTo(sinks.statuses())
                .name("statuses-to-postgres")
                .uid("statuses-to-postgres");
        channelState
                .getSideOutput(ChannelProcessor.COUNTERS)
                .sinkTo(sinks.counters())
                .name("counters-to-postgres")
                .uid("counters-to-postgres");

        List<DataStream<FrameItem>> frames = new ArrayList<>();
        frames.add(channelState.getSideOutput(ChannelProcessor.FRAMES));
        DataStream<FrameItem> allFrames = frames.get(0);
        allFrames
                .keyBy(f -> f.channelKey)
                .process(
                        new FrameBatcher(
                                config.frameBatchInterval().toMillis(), config.frameBatchMax()))
                .name("frame-batcher")
                .uid("frame-batcher")
                .addSink(sinks.frames())
                .name("frames-to-redis")
                .uid("frames-to-redis");

        Heartbeat.stream(env)
                .addSink(sinks.heartbeat())
                .name("heartbeat-to-redis")
                .uid("heartbeat-to-redis")
                .setParallelism(1);
    }

    static WatermarkStrategy<ChatEvent> watermarks() {
        return WatermarkStrategy.<ChatEvent>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
                .withTimestampAssigner((e, ts) -> e.timestamp().toEpochMilli())
                .withIdleness(Duration.ofSeconds(30));
    }

    /** Keys chat events by {@code platform:channel}. */
    public static final class ChannelKey implements KeySelector<ChatEvent, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(ChatEvent e) {
            return e.platform().id() + ":" + e.channel();
        }
    }
}
