package io.mellchat.job.functions;

import io.mellchat.classifier.FloodSignal;
import io.mellchat.classifier.TextNormalizer;
import io.mellchat.job.records.ChannelCounters;
import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.FrameItemSerializer;
import io.mellchat.job.records.MessageWrite;
import io.mellchat.job.records.QuestionEvent;
import io.mellchat.job.records.RangeDeletion;
import io.mellchat.job.records.RecentMessages;
import io.mellchat.job.records.StatsEvent;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.UserAction;
import io.mellchat.model.UserBanned;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The per-channel state machine (keyed by {@code platform:channel}): drops messages delivered twice
 * (by platform message id, remembered for a TTL), applies moderation — a deletion, a ban or timeout
 * (the user's earlier messages), a chat clear (everything earlier) — and keeps the channel's
 * counters.
 *
 * <p>Main output: writes to {@code messages}. Side outputs: frames to publish, range deletions for
 * rows older than this operator remembers, channel statuses and counters.
 */
public class ChannelProcessor extends KeyedProcessFunction<String, ChatEvent, MessageWrite> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<FrameItem> FRAMES =
            new OutputTag<>("frames", FrameItemSerializer.TYPE) {};
    public static final OutputTag<RangeDeletion> RANGE_DELETIONS =
            new OutputTag<>("range-deletions") {};
    public static final OutputTag<ChannelStatusChanged> STATUSES =
            new OutputTag<>("statuses", TypeInformation.of(ChannelStatusChanged.class)) {};
    public static final OutputTag<ChannelCounters> COUNTERS = new OutputTag<>("counters") {};
    public static final OutputTag<QuestionEvent> QUESTION_EVENTS =
            new OutputTag<>("question-events") {};
    public static final OutputTag<StatsEvent> STATS = new OutputTag<>("stats-events") {};

    static final int RECENT_PER_CHANNEL = 1_000;
    static final int RECENT_PER_USER = 50;
    private static final Duration PENDING_DELETION_TTL = Duration.ofMinutes(10);
    private static final Duration RECENT_TTL = Duration.ofHours(1);
    private static final Duration FLOOD_TTL = Duration.ofMinutes(10);
    private static final long COUNTER_FLUSH_MILLIS = 2_000;
    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(5);
    private static final double FLOOD_CONFIDENCE = 0.9;

    private final Duration dedupeTtl;

    private transient MapState<String, Long> seen;
    private transient MapState<String, Long> pendingDeletions;
    private transient MapState<String, RecentMessages> recentByUser;
    private transient MapState<String, RecentMessages> recentTexts;
    private transient ValueState<RecentMessages> recent;
    private transient ValueState<ChannelCounters> counters;
    private transient ValueState<Long> counterTimer;
    private transient ValueState<Long> counterEventTimer;
    private transient ValueState<Long> sweepTimer;
    private transient Counter duplicates;

    public ChannelProcessor(Duration dedupeTtl) {
        this.dedupeTtl = dedupeTtl;
    }

    @Override
    public void open(OpenContext context) {
        seen =
                getRuntimeContext()
                        .getMapState(new MapStateDescriptor<>("seen", Types.STRING, Types.LONG));
        pendingDeletions =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "pending-deletions", Types.STRING, Types.LONG));
        recentByUser =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "recent-by-user",
                                        Types.STRING,
                                        TypeInformation.of(RecentMessages.class)));
        recentTexts =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "recent-texts",
                                        Types.STRING,
                                        TypeInformation.of(RecentMessages.class)));
        recent =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("recent", RecentMessages.class));
        counters =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("counters", ChannelCounters.class));
        counterTimer =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("counter-timer", Types.LONG));
        counterEventTimer =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("counter-event-timer", Types.LONG));
        sweepTimer =
                getRuntimeContext().getState(new ValueStateDescriptor<>("sweep-timer", Types.LONG));
        duplicates = getRuntimeContext().getMetricGroup().counter("mellchat_duplicates_dropped");
    }

    /** Remembered and not yet expired (processing time, like Flink's state TTL). */
    private boolean seen(String pmid, long now) throws Exception {
        Long at = seen.get(pmid);
        return at != null && now - at < dedupeTtl.toMillis();
    }

    /**
     * Every few minutes, drops what this channel no longer needs to remember: message ids older
     * than the dedupe TTL, unmatched early deletions, users quiet for an hour. This keeps state
     * bounded; Flink's incremental TTL cleanup would re-filter each whole map on every access.
     */
    private void sweep(long now) throws Exception {
        long dedupe = dedupeTtl.toMillis();
        List<String> drop = new ArrayList<>();
        for (java.util.Map.Entry<String, Long> e : seen.entries()) {
            if (now - e.getValue() >= dedupe) {
                drop.add(e.getKey());
            }
        }
        for (String k : drop) {
            seen.remove(k);
        }
        drop.clear();
        for (java.util.Map.Entry<String, Long> e : pendingDeletions.entries()) {
            if (now - e.getValue() >= PENDING_DELETION_TTL.toMillis()) {
                drop.add(e.getKey());
            }
        }
        for (String k : drop) {
            pendingDeletions.remove(k);
        }
        expire(recentByUser, now - RECENT_TTL.toMillis());
        expire(recentTexts, now - FLOOD_TTL.toMillis());
    }

    private static void expire(MapState<String, RecentMessages> map, long before) throws Exception {
        List<String> drop = new ArrayList<>();
        for (java.util.Map.Entry<String, RecentMessages> e : map.entries()) {
            if (e.getValue().lastMillis < before) {
                drop.add(e.getKey());
            }
        }
        for (String k : drop) {
            map.remove(k);
        }
    }

    private void scheduleSweep(Context ctx) throws Exception {
        if (sweepTimer.value() == null) {
            long at = ctx.timerService().currentProcessingTime() + SWEEP_INTERVAL.toMillis();
            ctx.timerService().registerProcessingTimeTimer(at);
            sweepTimer.update(at);
        }
    }

    @Override
    public void processElement(ChatEvent event, Context ctx, Collector<MessageWrite> out)
            throws Exception {
        if (event instanceof ChatMessage) {
            onMessage((ChatMessage) event, ctx, out);
        } else if (event instanceof MessageDeleted) {
            onDeleted((MessageDeleted) event, ctx, out);
        } else if (event instanceof UserBanned) {
            onBanned((UserBanned) event, ctx, out);
        } else if (event instanceof ChatCleared) {
            onCleared((ChatCleared) event, ctx, out);
        } else if (event instanceof ChannelStatusChanged) {
            ChannelStatusChanged s = (ChannelStatusChanged) event;
            ctx.output(STATUSES, s);
            ChannelCounters c = counters.value();
            if (c == null) {
                c = new ChannelCounters(s.platform().id(), s.channel(), 0, 0);
            }
            if (!s.origin().equals(c.origin) || !s.stream().equals(c.stream)) {
                c.origin = s.origin();
                c.stream = s.stream();
                counters.update(c);
            }
            ctx.output(
                    FRAMES,
                    Frames.channel(
                            s,
                            c == null ? 0 : c.messagesTotal,
                            c == null ? 0 : c.lastMessageAtMillis));
        }
    }

    private void onMessage(ChatMessage m, Context ctx, Collector<MessageWrite> out)
            throws Exception {
        String pmid = m.platformMessageId();
        long now = ctx.timerService().currentProcessingTime();
        if (seen(pmid, now)) {
            duplicates.inc();
            return;
        }
        seen.put(pmid, now);
        scheduleSweep(ctx);
        boolean deletedEarly = pendingDeletions.contains(pmid);
        if (deletedEarly) {
            pendingDeletions.remove(pmid);
            m = m.toBuilder().deleted(true).build();
        }
        String user = userKey(m.userId(), m.username());
        if (isFlood(user, m, now)) {
            m = m.withCategory("spam", FLOOD_CONFIDENCE);
        }
        out.collect(MessageWrite.insert(m));
        if (!m.deleted()) {
            ctx.output(FRAMES, Frames.message(m));
            if ("question".equals(m.category())) {
                ctx.output(QUESTION_EVENTS, QuestionEvent.asked(m));
            }
        }
        if (m.replyTo() != null && ChatVotes.isVote(m.message())) {
            ctx.output(QUESTION_EVENTS, chatVote(m));
        }
        ctx.output(
                STATS,
                StatsEvent.message(
                        m.stream(),
                        m.platform().id(),
                        m.channel(),
                        user,
                        m.category() == null ? "general" : m.category(),
                        m.timestamp().toEpochMilli()));
        remember(m, user, now);
        count(m, ctx);
    }

    /** A user's near-identical lines repeated: the third one and later are spam. */
    private boolean isFlood(String user, ChatMessage m, long now) throws Exception {
        String text = TextNormalizer.normalize(m.message());
        if (text.isEmpty()) {
            return false;
        }
        RecentMessages texts = recentTexts.get(user);
        if (texts == null) {
            texts = RecentMessages.withCapacity(FloodSignal.RECOMMENDED_HISTORY);
        }
        boolean flood = FloodSignal.isRepeatFlood(texts.list(), text);
        texts.add(text, now);
        recentTexts.put(user, texts);
        return flood;
    }

    /** A "+1" reply: a vote of its author for the question the replied-to message asked. */
    private static QuestionEvent chatVote(ChatMessage m) {
        String voter = m.platform().id() + ":" + (m.userId().isEmpty() ? m.username() : m.userId());
        UserAction vote =
                new UserAction(
                        "chat:" + m.id(),
                        UserAction.Type.UPVOTE,
                        UserAction.Target.MESSAGE,
                        ChatMessage.idFor(m.platform(), m.channel(), m.replyTo()),
                        voter,
                        "chat",
                        m.timestamp(),
                        m.stream(),
                        m.platform().id(),
                        m.channel());
        return QuestionEvent.action(QuestionEvent.Kind.VOTE, vote);
    }

    private void remember(ChatMessage m, String user, long now) throws Exception {
        RecentMessages r = recent.value();
        if (r == null) {
            r = RecentMessages.withCapacity(RECENT_PER_CHANNEL);
        }
        r.add(m.platformMessageId());
        recent.update(r);
        RecentMessages u = recentByUser.get(user);
        if (u == null) {
            u = RecentMessages.withCapacity(RECENT_PER_USER);
        }
        u.add(m.platformMessageId(), now);
        recentByUser.put(user, u);
    }

    private void count(ChatMessage m, Context ctx) throws Exception {
        ChannelCounters c = counters.value();
        if (c == null) {
            c = new ChannelCounters(m.platform().id(), m.channel(), 0, 0);
        }
        c.stream = m.stream();
        c.messagesTotal++;
        c.lastMessageAtMillis = Math.max(c.lastMessageAtMillis, m.timestamp().toEpochMilli());
        counters.update(c);
        // a time already past is no timer: checkpoints of earlier versions may hold one whose
        // timer was merged with the sweep's and fired without clearing it
        Long pending = counterTimer.value();
        long now = ctx.timerService().currentProcessingTime();
        if (pending == null || pending < now) {
            long at = now + COUNTER_FLUSH_MILLIS;
            ctx.timerService().registerProcessingTimeTimer(at);
            counterTimer.update(at);
        }
        // also when the watermark passes: the only timers that still fire at the end of a bounded
        // input (a finite replay), where processing-time timers are dropped
        if (counterEventTimer.value() == null) {
            long at = m.timestamp().toEpochMilli();
            ctx.timerService().registerEventTimeTimer(at);
            counterEventTimer.update(at);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<MessageWrite> out)
            throws Exception {
        if (ctx.timeDomain() == org.apache.flink.streaming.api.TimeDomain.EVENT_TIME) {
            counterEventTimer.clear();
        } else {
            // Flink keeps one timer per key and millisecond: the sweep and the counter flush may
            // be the same timer
            if (Long.valueOf(timestamp).equals(sweepTimer.value())) {
                sweepTimer.clear();
                sweep(timestamp);
                if (!seen.isEmpty() || !recentByUser.isEmpty() || !pendingDeletions.isEmpty()) {
                    scheduleSweep(ctx);
                }
                if (!Long.valueOf(timestamp).equals(counterTimer.value())) {
                    return;
                }
            }
            counterTimer.clear();
        }
        ChannelCounters c = counters.value();
        if (c != null) {
            ctx.output(COUNTERS, c.at(c.stream, c.origin));
        }
    }

    private void onDeleted(MessageDeleted d, Context ctx, Collector<MessageWrite> out)
            throws Exception {
        String pmid = d.platformMessageId();
        UUID id = ChatMessage.idFor(d.platform(), d.channel(), pmid);
        if (seen.contains(pmid)) {
            out.collect(MessageWrite.deletion(identity(d, pmid)));
        } else {
            // not here yet (it may still arrive) or older than our memory: cover both
            pendingDeletions.put(pmid, ctx.timerService().currentProcessingTime());
            scheduleSweep(ctx);
            ctx.output(
                    RANGE_DELETIONS, RangeDeletion.ofMessage(d.platform().id(), d.channel(), pmid));
        }
        ctx.output(
                FRAMES,
                Frames.deleted(
                        d.stream(),
                        d.platform().id(),
                        d.channel(),
                        List.of(id),
                        List.of(),
                        "",
                        false));
        ctx.output(QUESTION_EVENTS, removed(d, ctx, List.of(id), "", false));
    }

    private static QuestionEvent removed(
            ChatEvent cause, Context ctx, List<UUID> ids, String userId, boolean wholeChannel) {
        return QuestionEvent.removed(
                cause.stream(),
                ctx.getCurrentKey(),
                ids.stream().map(UUID::toString).toArray(String[]::new),
                userId,
                wholeChannel,
                cause.timestamp().toEpochMilli());
    }

    private void onBanned(UserBanned b, Context ctx, Collector<MessageWrite> out) throws Exception {
        String user = userKey(b.userId(), b.username());
        RecentMessages r = recentByUser.get(user);
        List<UUID> ids = deleteAll(r == null ? List.of() : r.list(), b, out);
        recentByUser.remove(user);
        ctx.output(
                RANGE_DELETIONS,
                RangeDeletion.ofUser(
                        b.platform().id(),
                        b.channel(),
                        b.userId(),
                        b.username(),
                        b.timestamp().toEpochMilli()));
        ctx.output(
                FRAMES,
                Frames.deleted(
                        b.stream(),
                        b.platform().id(),
                        b.channel(),
                        ids,
                        List.of(),
                        b.userId().isEmpty() ? b.username() : b.userId(),
                        false));
        ctx.output(
                QUESTION_EVENTS,
                removed(b, ctx, ids, b.userId().isEmpty() ? b.username() : b.userId(), false));
    }

    private void onCleared(ChatCleared c, Context ctx, Collector<MessageWrite> out)
            throws Exception {
        RecentMessages r = recent.value();
        List<UUID> ids = deleteAll(r == null ? List.of() : r.list(), c, out);
        recent.clear();
        recentByUser.clear();
        ctx.output(
                RANGE_DELETIONS,
                RangeDeletion.ofChannel(
                        c.platform().id(), c.channel(), c.timestamp().toEpochMilli()));
        ctx.output(
                FRAMES,
                Frames.deleted(
                        c.stream(), c.platform().id(), c.channel(), ids, List.of(), "", true));
        ctx.output(QUESTION_EVENTS, removed(c, ctx, ids, "", true));
    }

    private List<UUID> deleteAll(List<String> pmids, ChatEvent cause, Collector<MessageWrite> out)
            throws Exception {
        List<UUID> ids = new ArrayList<>(pmids.size());
        for (String pmid : pmids) {
            if (seen.contains(pmid)) {
                out.collect(MessageWrite.deletion(identity(cause, pmid)));
                ids.add(ChatMessage.idFor(cause.platform(), cause.channel(), pmid));
            }
        }
        return ids;
    }

    /** The identity fields of a stored message, enough for a deletion-only write. */
    static ChatMessage identity(ChatEvent in, String pmid) {
        return ChatMessage.builder().platform(in.platform()).channel(in.channel()).stream(
                        in.stream())
                .platformMessageId(pmid)
                .username("")
                .message("")
                .timestamp(in.timestamp())
                .deleted(true)
                .build();
    }

    static String userKey(String userId, String username) {
        return userId.isEmpty()
                ? "name:" + username.toLowerCase(java.util.Locale.ROOT)
                : "id:" + userId;
    }
}
