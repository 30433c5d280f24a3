package io.mellchat.job.functions;

import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.FrameItemSerializer;
import io.mellchat.job.records.MessageVoteWrite;
import io.mellchat.job.records.MessageVotes;
import io.mellchat.job.records.StatsEvent;
import io.mellchat.job.records.TrendingWindow;
import io.mellchat.model.UserAction;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Upvotes of one message (keyed by message id): one per voter, an absolute total, and a trending
 * count over the last minutes of event time that decays with event-time timers.
 *
 * <p>Each vote is stored with the message's total counted from the stored votes, in one statement:
 * exact after a replay, and after this operator forgot the message's earlier votes
 * (MELLCHAT_QUESTION_TTL after the last one; its own count then starts again, for the frames). The
 * message's row is written by another sink: a vote that follows its message closely (a chat "+1"
 * reply) can reach PostgreSQL first and update nothing. So the total is written once more {@link
 * #REWRITE_DELAY} after the last vote, when the message's batch has long been flushed.
 */
public class MessageVoteCounter extends KeyedProcessFunction<String, UserAction, MessageVoteWrite> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<FrameItem> FRAMES =
            new OutputTag<>("message-vote-frames", FrameItemSerializer.TYPE) {};
    public static final OutputTag<StatsEvent> STATS = new OutputTag<>("message-vote-stats") {};

    static final Duration REWRITE_DELAY = Duration.ofSeconds(5);

    private final int trendingMinutes;
    private final Duration ttl;

    private transient MapState<String, Boolean> voters;
    private transient ValueState<MessageVotes> totals;
    private transient ValueState<TrendingWindow> window;
    private transient ValueState<Long> rewriteTimer;
    private transient Counter duplicates;

    public MessageVoteCounter(int trendingMinutes, Duration ttl) {
        this.trendingMinutes = trendingMinutes;
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext context) {
        StateTtlConfig ttlConfig =
                StateTtlConfig.newBuilder(ttl)
                        .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                        .cleanupFullSnapshot()
                        .cleanupIncrementally(10, false)
                        .build();
        MapStateDescriptor<String, Boolean> v =
                new MapStateDescriptor<>("message-voters", Types.STRING, Types.BOOLEAN);
        v.enableTimeToLive(ttlConfig);
        voters = getRuntimeContext().getMapState(v);
        ValueStateDescriptor<MessageVotes> t =
                new ValueStateDescriptor<>("message-votes", TypeInformation.of(MessageVotes.class));
        t.enableTimeToLive(ttlConfig);
        totals = getRuntimeContext().getState(t);
        ValueStateDescriptor<TrendingWindow> w =
                new ValueStateDescriptor<>(
                        "message-trending", TypeInformation.of(TrendingWindow.class));
        w.enableTimeToLive(ttlConfig);
        window = getRuntimeContext().getState(w);
        rewriteTimer =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("message-votes-rewrite", Types.LONG));
        duplicates = getRuntimeContext().getMetricGroup().counter("mellchat_votes_duplicate");
    }

    @Override
    public void processElement(UserAction a, Context ctx, Collector<MessageVoteWrite> out)
            throws Exception {
        if (voters.contains(a.actor())) {
            duplicates.inc();
            return;
        }
        voters.put(a.actor(), true);
        MessageVotes v = totals.value();
        if (v == null) {
            v = new MessageVotes();
            v.messageId = a.targetId().toString();
            v.stream = a.stream();
            v.platform = a.platform();
            v.channel = a.channel();
        }
        TrendingWindow w = window.value();
        if (w == null) {
            w = TrendingWindow.of(trendingMinutes);
        }
        long at = a.timestamp().toEpochMilli();
        long watermark = ctx.timerService().currentWatermark();
        if (w.add(at, watermark)) {
            ctx.timerService().registerEventTimeTimer(w.expiry(at));
        }
        v.upvotes++;
        v.trending = w.trending(watermark);
        window.update(w);
        publish(v, ctx);
        out.collect(
                MessageVoteWrite.of(
                        v.messageId,
                        QuestionMerger.voteRow("message", v.messageId, a, v.platform, v.channel)));
        if (rewriteTimer.value() == null) {
            long rewriteAt = ctx.timerService().currentProcessingTime() + REWRITE_DELAY.toMillis();
            ctx.timerService().registerProcessingTimeTimer(rewriteAt);
            rewriteTimer.update(rewriteAt);
        }
        ctx.output(STATS, StatsEvent.upvote(v.stream, v.platform, v.channel, a.actor(), at));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<MessageVoteWrite> out)
            throws Exception {
        MessageVotes v = totals.value();
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            rewriteTimer.clear();
            if (v != null) {
                // the total again, no frame: nothing changed for clients
                out.collect(MessageVoteWrite.of(v.messageId, null));
            }
            return;
        }
        TrendingWindow w = window.value();
        if (v == null || w == null) {
            return;
        }
        int now = w.trending(ctx.timerService().currentWatermark());
        if (now != v.trending) {
            v.trending = now;
            publish(v, ctx); // the stored total did not change
        }
    }

    private void publish(MessageVotes v, Context ctx) throws Exception {
        totals.update(v);
        ctx.output(
                FRAMES,
                Frames.upvotes(
                        v.stream,
                        v.platform,
                        v.channel,
                        "message",
                        v.messageId,
                        v.upvotes,
                        v.trending));
    }
}
