package io.mellchat.job;

import io.mellchat.job.functions.ActionRouter;
import io.mellchat.job.functions.ChannelProcessor;
import io.mellchat.job.functions.Classify;
import io.mellchat.job.functions.EventNormalizer;
import io.mellchat.job.functions.FrameBatcher;
import io.mellchat.job.functions.Frames;
import io.mellchat.job.functions.Heartbeat;
import io.mellchat.job.functions.MessageVoteCounter;
import io.mellchat.job.functions.QuestionMerger;
import io.mellchat.job.functions.StatsCombiner;
import io.mellchat.job.functions.StatsWindows;
import io.mellchat.job.functions.WatermarkPacer;
import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.FrameItemSerializer;
import io.mellchat.job.records.MessageVoteWrite;
import io.mellchat.job.records.MessageWrite;
import io.mellchat.job.records.QuestionEvent;
import io.mellchat.job.records.QuestionState;
import io.mellchat.job.records.StatsEvent;
import io.mellchat.job.records.StatsRow;
import io.mellchat.job.sinks.JobSinks;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.UserAction;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Wires MellChat's data path. It receives its sources and sinks and only builds the graph; the
 * logic lives in the named functions.
 *
 * <pre>
 * chat sources ─ normalise ─ classify ─ keyBy(channel) ─ channel-state ─┬─ messages ─────────── PostgreSQL
 *                                                                      ├─ moderation, statuses, counters ─ PostgreSQL
 *                                                                      ├─ question events ─┐
 *                                                                      └─ stats events ─┐  │
 * actions (Redis Stream) ─ route ─┬─ question votes, answers ─────────────────────────┼──┤
 *                                 ├─ hides ─ PostgreSQL                                │  ▼
 *                                 └─ message votes ─ keyBy(message) ─ votes ─┐      keyBy(stream) ─ questions ─ PostgreSQL
 *                                                                            ▼         ▼
 *                   stats events ─ combine per channel and bucket ─ windows (channel, stream; 1 min, 10 s) ─ PostgreSQL
 * every frame ─ keyBy(channel) ─ batch ─ Redis PUBLISH;   heartbeat ─ Redis SETEX (+ paces event time)
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

    private static final Duration IDLENESS = Duration.ofSeconds(30);

    /**
     * How long a record may wait in a network buffer on the chat path (sources to channel state,
     * channel state to the Redis frames). Flink flushes each output of an operator from a thread of
     * its own at this interval whether data flows or not, so only the chat path has it; the
     * low-rate live outputs (user actions, the question queue) are flushed after every record
     * ({@link #FLUSH_EACH_RECORD}, no thread), and the rest (statistics, message votes) keeps the
     * environment's default, Flink's 100 ms. With 2 ms everywhere the job ran 72 flusher threads:
     * 38 % of a core while idle, and a fifth to a quarter of its CPU per message at full speed.
     */
    public static final Duration LIVE_BUFFER_TIMEOUT = Duration.ofMillis(2);

    /** A buffer timeout of 0: Flink flushes after each record and starts no flusher thread. */
    public static final long FLUSH_EACH_RECORD = 0;

    private final JobConfig config;
    private final List<NamedSource> sources;
    private final Source<UserAction, ?, ?> actions;
    private final JobSinks sinks;

    public ChatJob(
            JobConfig config,
            List<NamedSource> sources,
            Source<UserAction, ?, ?> actions,
            JobSinks sinks) {
        if (sources.isEmpty()) {
            throw new JobConfigException("the job needs at least one chat source");
        }
        this.config = config;
        this.sources = List.copyOf(sources);
        this.actions = actions;
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
        // chained operators hand records on without a copy. Safe because no function here changes
        // or keeps a record after emitting it: every emitted record is new or immutable (the
        // model's events, MessageWrite), the one operator that changes what it receives (the
        // stats combiner) is its only receiver, and the operators that emit live state objects
        // (questions, message votes) emit them only to JDBC sinks, whose writers copy what they
        // batch when reuse is on.
        env.getConfig().enableObjectReuse();
    }

    /** Adds the job's operators to the environment. */
    public void build(StreamExecutionEnvironment env) {
        configure(env);
        DataStream<Long> ticks = Heartbeat.ticks(env);
        BroadcastStream<Long> pacer = WatermarkPacer.broadcast(ticks);

        // chat: normalise and classify in each source's chain (no exchange before the key-by),
        // then per-channel state
        DataStream<ChatEvent> events = null;
        for (NamedSource s : sources) {
            DataStream<ChatEvent> stream =
                    env.fromSource(s.source(), chatWatermarks(), s.name())
                            .uid("source-" + s.name())
                            .map(new EventNormalizer())
                            .name("normalise")
                            .uid("normalise-" + s.name())
                            .map(new Classify())
                            .name("classify")
                            .uid("classify-" + s.name())
                            .setBufferTimeout(LIVE_BUFFER_TIMEOUT.toMillis());
            events = events == null ? stream : events.union(stream);
        }
        SingleOutputStreamOperator<MessageWrite> channelState =
                events.keyBy(new ChannelKey())
                        .process(new ChannelProcessor(config.dedupeTtl()))
                        .name("channel-state")
                        .uid("channel-state")
                        .setBufferTimeout(LIVE_BUFFER_TIMEOUT.toMillis());
        // deletions of a message must follow its insert: same sink, same subtask (forward)
        channelState
                .sinkTo(sinks.messages())
                .name("messages-to-postgres")
                .uid("messages-to-postgres");
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

        // user actions from serving, in the order they were made: routed in the source's task
        // (a round-robin exchange to several routers could let a reopen overtake its answer),
        // then each stream's actions through one pacer subtask to the question queue
        SingleOutputStreamOperator<QuestionEvent> routed =
                env.fromSource(actions, actionWatermarks(), "actions")
                        .uid("source-actions")
                        .setParallelism(1)
                        .process(new ActionRouter())
                        .setParallelism(1)
                        .name("route-actions")
                        .uid("route-actions")
                        .setBufferTimeout(FLUSH_EACH_RECORD);
        channelState
                .getSideOutput(ChannelProcessor.RANGE_DELETIONS)
                .union(routed.getSideOutput(ActionRouter.HIDES))
                .sinkTo(sinks.rangeDeletions())
                .name("moderation-to-postgres")
                .uid("moderation-to-postgres");

        // the question queue of each stream
        SingleOutputStreamOperator<QuestionState> questions =
                WatermarkPacer.pace(
                                channelState
                                        .getSideOutput(ChannelProcessor.QUESTION_EVENTS)
                                        .union(routed.keyBy(e -> e.stream)),
                                pacer,
                                "pace-questions")
                        .setBufferTimeout(FLUSH_EACH_RECORD)
                        .keyBy(e -> e.stream)
                        .process(
                                new QuestionMerger(
                                        config.mergeThreshold(),
                                        config.trendingMinutes(),
                                        config.questionTtl()))
                        .name("questions")
                        .uid("questions")
                        .setBufferTimeout(FLUSH_EACH_RECORD);
        questions
                .sinkTo(sinks.questions())
                .name("questions-to-postgres")
                .uid("questions-to-postgres");
        questions
                .getSideOutput(QuestionMerger.LATE_ACTIONS)
                .sinkTo(sinks.lateQuestionActions())
                .name("late-question-actions-to-postgres")
                .uid("late-question-actions-to-postgres");

        // votes on messages
        SingleOutputStreamOperator<MessageVoteWrite> messageVotes =
                WatermarkPacer.pace(
                                routed.getSideOutput(ActionRouter.MESSAGE_VOTES),
                                pacer,
                                "pace-message-votes")
                        .keyBy(a -> a.targetId().toString())
                        .process(
                                new MessageVoteCounter(
                                        config.trendingMinutes(), config.questionTtl()))
                        .name("message-votes")
                        .uid("message-votes");
        messageVotes
                .sinkTo(sinks.messageVotes())
                .name("message-votes-to-postgres")
                .uid("message-votes-to-postgres");
        // (a message's votes are stored by its own sink, with its total)
        questions
                .getSideOutput(QuestionMerger.VOTES)
                .sinkTo(sinks.votes())
                .name("votes-to-postgres")
                .uid("votes-to-postgres");

        // windowed statistics
        DataStream<StatsEvent> messageStats =
                channelState
                        .getSideOutput(ChannelProcessor.STATS)
                        .transform(
                                "combine-stats",
                                TypeInformation.of(StatsEvent.class),
                                new StatsCombiner(
                                        StatsCombiner.bucketMillis(
                                                config.statsWindow(), config.liveStatsWindow())))
                        .uid("combine-stats");
        DataStream<StatsEvent> statsEvents =
                WatermarkPacer.pace(
                        messageStats.union(
                                questions.getSideOutput(QuestionMerger.STATS),
                                messageVotes.getSideOutput(MessageVoteCounter.STATS)),
                        pacer,
                        "pace-stats");
        Duration lateness = config.allowedLateness();
        DataStream<StatsRow> stats =
                StatsWindows.of(statsEvents, config.statsWindow(), lateness, true, "stats-channel")
                        .union(
                                StatsWindows.of(
                                        statsEvents,
                                        config.statsWindow(),
                                        lateness,
                                        false,
                                        "stats-stream"),
                                StatsWindows.of(
                                        statsEvents,
                                        config.liveStatsWindow(),
                                        lateness,
                                        true,
                                        "live-stats-channel"),
                                StatsWindows.of(
                                        statsEvents,
                                        config.liveStatsWindow(),
                                        lateness,
                                        false,
                                        "live-stats-stream"));
        stats.sinkTo(sinks.stats()).name("stats-to-postgres").uid("stats-to-postgres");

        // frames to Redis, batched per channel in the order they were made
        DataStream<FrameItem> frames =
                channelState
                        .getSideOutput(ChannelProcessor.FRAMES)
                        .union(
                                routed.getSideOutput(ActionRouter.FRAMES),
                                questions.getSideOutput(QuestionMerger.FRAMES),
                                messageVotes.getSideOutput(MessageVoteCounter.FRAMES),
                                stats.map(Frames::stats)
                                        .returns(FrameItemSerializer.TYPE)
                                        .name("stats-frames")
                                        .uid("stats-frames"));
        frames.keyBy(f -> f.channelKey)
                .process(
                        new FrameBatcher(
                                config.frameBatchInterval().toMillis(), config.frameBatchMax()))
                .name("frame-batcher")
                .uid("frame-batcher")
                .addSink(sinks.frames())
                .name("frames-to-redis")
                .uid("frames-to-redis");

        Heartbeat.frames(ticks)
                .addSink(sinks.heartbeat())
                .name("heartbeat-to-redis")
                .uid("heartbeat-to-redis")
                .setParallelism(1);
    }

    static WatermarkStrategy<ChatEvent> chatWatermarks() {
        return WatermarkStrategy.<ChatEvent>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
                .withTimestampAssigner((e, ts) -> e.timestamp().toEpochMilli())
                .withIdleness(IDLENESS);
    }

    static WatermarkStrategy<UserAction> actionWatermarks() {
        return WatermarkStrategy.<UserAction>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
                .withTimestampAssigner((a, ts) -> a.timestamp().toEpochMilli())
                .withIdleness(IDLENESS);
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
