package io.mellchat.job.functions;

import io.mellchat.classifier.QuestionSimilarity;
import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.FrameItemSerializer;
import io.mellchat.job.records.LateQuestionAction;
import io.mellchat.job.records.OpenQuestions;
import io.mellchat.job.records.QuestionEvent;
import io.mellchat.job.records.QuestionState;
import io.mellchat.job.records.StatsEvent;
import io.mellchat.job.records.TrendingWindow;
import io.mellchat.job.records.VoteRow;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.NameUuids;
import io.mellchat.model.UserAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The question queue of one stream (keyed by stream), across its channels and platforms:
 *
 * <ul>
 *   <li>a new question that means the same as an open one (MinHash similarity of their texts, over
 *       the {@link #MAX_OPEN} most recent open questions) is merged into it: one more ask (once per
 *       asker), its channel added to the sources;
 *   <li>votes are counted once per voter per question (after resolving a chat "+1" to the question
 *       its parent message asked), with a trending count of the votes of the last minutes of event
 *       time; a vote later than the window still counts in the total;
 *   <li>moderators answer and reopen questions; deleted messages and banned users' questions leave
 *       the queue.
 * </ul>
 *
 * <p>Every change emits the whole question (absolute values: a replay after a restore writes the
 * same rows) and its frame.
 */
public class QuestionMerger extends KeyedProcessFunction<String, QuestionEvent, QuestionState> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<FrameItem> FRAMES =
            new OutputTag<>("question-frames", FrameItemSerializer.TYPE) {};
    public static final OutputTag<VoteRow> VOTES = new OutputTag<>("question-votes") {};
    public static final OutputTag<LateQuestionAction> LATE_ACTIONS =
            new OutputTag<>("late-question-actions") {};
    public static final OutputTag<StatsEvent> STATS = new OutputTag<>("question-vote-stats") {};

    static final int MAX_OPEN = 500;
    private static final String ASKED_BY = "asked-by:";
    static final Duration SWEEP_INTERVAL = Duration.ofMinutes(10);

    private final double threshold;
    private final int trendingMinutes;
    private final Duration ttl;

    private transient QuestionSimilarity similarity;
    private transient MapState<String, QuestionState> questions;
    private transient MapState<String, String> byMessage;
    private transient MapState<String, Boolean> voters;
    private transient ValueState<OpenQuestions> open;
    private transient ValueState<Long> sweepTimer;
    private transient Counter lateActions;
    private transient Counter duplicateVotes;

    public QuestionMerger(double threshold, int trendingMinutes, Duration ttl) {
        this.threshold = threshold;
        this.trendingMinutes = trendingMinutes;
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext context) {
        similarity = QuestionSimilarity.standard();
        questions =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "questions",
                                        Types.STRING,
                                        TypeInformation.of(QuestionState.class)));
        byMessage =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "question-by-message", Types.STRING, Types.STRING));
        voters =
                getRuntimeContext()
                        .getMapState(
                                new MapStateDescriptor<>(
                                        "question-voters", Types.STRING, Types.BOOLEAN));
        open =
                getRuntimeContext()
                        .getState(
                                new ValueStateDescriptor<>(
                                        "open-questions", TypeInformation.of(OpenQuestions.class)));
        sweepTimer =
                getRuntimeContext()
                        .getState(new ValueStateDescriptor<>("question-sweep-timer", Types.LONG));
        lateActions =
                getRuntimeContext().getMetricGroup().counter("mellchat_question_actions_late");
        duplicateVotes = getRuntimeContext().getMetricGroup().counter("mellchat_votes_duplicate");
    }

    /** The id of the question a message asked first. */
    public static String questionIdFor(String messageId) {
        return NameUuids.of("question:" + messageId).toString();
    }

    @Override
    public void processElement(QuestionEvent e, Context ctx, Collector<QuestionState> out)
            throws Exception {
        switch (e.kind) {
            case ASKED:
                asked(e.message, ctx, out);
                break;
            case REMOVED:
                removed(e, ctx, out);
                break;
            case VOTE:
                vote(e.action, ctx, out);
                break;
            case ANSWER:
            case UNANSWER:
                answer(e.action, e.kind == QuestionEvent.Kind.ANSWER, ctx, out);
                break;
            default:
                throw new IllegalStateException("unhandled " + e.kind);
        }
    }

    private void asked(ChatMessage m, Context ctx, Collector<QuestionState> out) throws Exception {
        String messageId = m.id().toString();
        if (byMessage.contains(messageId)) {
            return; // seen before (a replay after a restore)
        }
        int[] signature = similarity.signature(m.message());
        String asker = ChannelProcessor.userKey(m.userId(), m.username());
        String source = m.platform().id() + ":" + m.channel();
        OpenQuestions index = openQuestions();
        String bestId = null;
        double bestSimilarity = 0;
        for (int i = 0; i < index.size(); i++) {
            double s = similarity.similarity(signature, index.signatures, i * signature.length);
            if (s >= threshold && s > bestSimilarity) {
                bestId = index.ids[i];
                bestSimilarity = s;
            }
        }
        QuestionState best = bestId == null ? null : questions.get(bestId);
        if (best != null) {
            byMessage.put(messageId, best.id);
            if (!Arrays.asList(best.askers).contains(asker)) {
                if (best.askers.length < QuestionState.MAX_ASKERS) {
                    best.askers = append(best.askers, asker);
                    best.asks++;
                } else {
                    // askers past the ones the question carries: remembered beside its voters
                    // (swept with them), so that each is counted once too
                    String key = best.id + "|" + ASKED_BY + asker;
                    if (!voters.contains(key)) {
                        voters.put(key, true);
                        best.asks++;
                    }
                }
            }
            if (!Arrays.asList(best.sources).contains(source)) {
                best.sources = append(best.sources, source);
            }
            emit(best, "question", ctx, out);
            return;
        }
        QuestionState q = new QuestionState();
        q.id = questionIdFor(messageId);
        q.messageId = messageId;
        q.stream = m.stream();
        q.platform = m.platform().id();
        q.channel = m.channel();
        q.userId = m.userId();
        q.username = m.username();
        q.displayName = m.displayName();
        q.question = m.message();
        q.timestampMillis = m.timestamp().toEpochMilli();
        q.asks = 1;
        q.sources = new String[] {source};
        q.askers = new String[] {asker};
        q.signature = signature;
        q.window = TrendingWindow.of(trendingMinutes);
        byMessage.put(messageId, q.id);
        index.add(q.id, signature, MAX_OPEN);
        open.update(index);
        emit(q, "question", ctx, out);
    }

    private void removed(QuestionEvent e, Context ctx, Collector<QuestionState> out)
            throws Exception {
        Map<String, QuestionState> changed = new LinkedHashMap<>();
        List<String> gone = new ArrayList<>();
        for (String messageId : e.messageIds == null ? new String[0] : e.messageIds) {
            String qid = byMessage.get(messageId);
            QuestionState q = qid == null ? null : questions.get(qid);
            if (q == null || q.deleted) {
                continue;
            }
            if (q.messageId.equals(messageId)) {
                q.deleted = true;
                gone.add(q.id);
            } else if (q.asks > 1) {
                q.asks--;
            }
            changed.put(q.id, q);
        }
        if (e.wholeChannel || !e.userId.isEmpty()) {
            // every open question this stream remembers, not only the MAX_OPEN newest that the
            // merge index holds: bans and clears are rare, a busy stream has more open questions
            for (Map.Entry<String, QuestionState> entry : questions.entries()) {
                String id = entry.getKey();
                QuestionState q = changed.containsKey(id) ? changed.get(id) : entry.getValue();
                if (q != null
                        && !q.deleted
                        && !q.answered
                        && q.channelKey().equals(e.channelKey)
                        && q.timestampMillis <= e.atMillis
                        && (e.wholeChannel
                                || e.userId.equals(q.userId)
                                || e.userId.equalsIgnoreCase(q.username))) {
                    q.deleted = true;
                    gone.add(q.id);
                    changed.put(q.id, q);
                }
            }
        }
        for (QuestionState q : changed.values()) {
            if (q.deleted) {
                store(q, ctx);
                out.collect(q);
            } else {
                emit(q, "question", ctx, out);
            }
        }
        if (!gone.isEmpty()) {
            QuestionState any = changed.get(gone.get(0));
            ctx.output(
                    FRAMES,
                    Frames.deleted(
                            any.stream,
                            any.platform,
                            any.channel,
                            List.of(),
                            gone.stream().map(UUID::fromString).toList(),
                            e.userId,
                            e.wholeChannel));
        }
    }

    private void vote(UserAction a, Context ctx, Collector<QuestionState> out) throws Exception {
        String target = a.targetId().toString();
        String qid = a.targetType() == UserAction.Target.QUESTION ? target : byMessage.get(target);
        QuestionState q = qid == null ? null : questions.get(qid);
        if (q == null) {
            // a question forgotten here may still be stored; a "+1" to a message names the
            // question it would have asked (no row when it asked none: nothing changes)
            String id = qid != null ? qid : questionIdFor(target);
            late(
                    LateQuestionAction.VOTE,
                    id,
                    voteRow("question", id, a, a.platform(), a.channel()),
                    a,
                    ctx);
            return;
        }
        String key = q.id + "|" + a.actor();
        if (voters.contains(key)) {
            duplicateVotes.inc();
            return;
        }
        voters.put(key, true);
        q.upvotes++;
        long at = a.timestamp().toEpochMilli();
        long watermark = ctx.timerService().currentWatermark();
        if (q.window.add(at, watermark)) {
            ctx.timerService().registerEventTimeTimer(q.window.expiry(at));
        }
        q.trending = q.window.trending(watermark);
        emit(q, null, ctx, out);
        ctx.output(
                FRAMES,
                Frames.upvotes(
                        q.stream, q.platform, q.channel, "question", q.id, q.upvotes, q.trending));
        ctx.output(VOTES, voteRow("question", q.id, a, q.platform, q.channel));
        ctx.output(STATS, StatsEvent.upvote(q.stream, q.platform, q.channel, a.actor(), at));
    }

    private void answer(UserAction a, boolean answered, Context ctx, Collector<QuestionState> out)
            throws Exception {
        QuestionState q = questions.get(a.targetId().toString());
        if (q == null) {
            late(
                    answered ? LateQuestionAction.ANSWER : LateQuestionAction.UNANSWER,
                    a.targetId().toString(),
                    null,
                    a,
                    ctx);
            return;
        }
        if (q.answered == answered) {
            return;
        }
        q.answered = answered;
        q.answeredAtMillis = answered ? a.timestamp().toEpochMilli() : 0;
        emit(q, answered ? "answered" : "question", ctx, out);
    }

    /**
     * An action on a question this operator does not remember: forgotten a day after its last
     * change, or never seen (a start with {@code --fresh}). The stored row takes it alone; unknown
     * ids change nothing there either.
     */
    private void late(String action, String questionId, VoteRow vote, UserAction a, Context ctx) {
        lateActions.inc();
        ctx.output(
                LATE_ACTIONS,
                LateQuestionAction.of(action, questionId, vote, a.timestamp().toEpochMilli()));
    }

    /** Trending counts decay as their minutes leave the window; processing time sweeps state. */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<QuestionState> out)
            throws Exception {
        if (ctx.timeDomain() == org.apache.flink.streaming.api.TimeDomain.PROCESSING_TIME) {
            sweepTimer.clear();
            sweep(timestamp, ctx);
            return;
        }
        long watermark = ctx.timerService().currentWatermark();
        List<QuestionState> changed = new ArrayList<>();
        for (QuestionState q : questions.values()) {
            if (q.window != null && !q.window.isEmpty()) {
                int now = q.window.trending(watermark);
                if (now != q.trending) {
                    q.trending = now;
                    changed.add(q);
                }
            }
        }
        for (QuestionState q : changed) {
            emit(q, null, ctx, out);
            ctx.output(
                    FRAMES,
                    Frames.upvotes(
                            q.stream,
                            q.platform,
                            q.channel,
                            "question",
                            q.id,
                            q.upvotes,
                            q.trending));
        }
    }

    private void emit(QuestionState q, String frameType, Context ctx, Collector<QuestionState> out)
            throws Exception {
        store(q, ctx);
        out.collect(q);
        if (frameType != null) {
            ctx.output(FRAMES, Frames.question(frameType, q));
        }
    }

    /** Keeps a question, and the index of open questions in step with it. */
    private void store(QuestionState q, Context ctx) throws Exception {
        q.updatedMillis = ctx.timerService().currentProcessingTime();
        questions.put(q.id, q);
        OpenQuestions index = openQuestions();
        boolean indexed = index.indexOf(q.id) >= 0;
        if (indexed != q.open()) {
            if (q.open()) {
                index.add(q.id, q.signature, MAX_OPEN);
            } else {
                index.remove(q.id);
            }
            open.update(index);
        }
        if (sweepTimer.value() == null) {
            long at = ctx.timerService().currentProcessingTime() + SWEEP_INTERVAL.toMillis();
            ctx.timerService().registerProcessingTimeTimer(at);
            sweepTimer.update(at);
        }
    }

    /**
     * Every few minutes, forgets questions untouched for the TTL, with their message links and
     * voters: bounded state without Flink's per-access TTL cleanup (which re-filters whole maps).
     */
    private void sweep(long now, Context ctx) throws Exception {
        List<String> gone = new ArrayList<>();
        for (Map.Entry<String, QuestionState> e : questions.entries()) {
            if (now - e.getValue().updatedMillis >= ttl.toMillis()) {
                gone.add(e.getKey());
            }
        }
        OpenQuestions index = openQuestions();
        for (String id : gone) {
            questions.remove(id);
            index.remove(id);
        }
        open.update(index);
        List<String> drop = new ArrayList<>();
        for (Map.Entry<String, String> e : byMessage.entries()) {
            if (!questions.contains(e.getValue())) {
                drop.add(e.getKey());
            }
        }
        for (String k : drop) {
            byMessage.remove(k);
        }
        drop.clear();
        for (String k : voters.keys()) {
            if (!questions.contains(k.substring(0, k.indexOf('|')))) {
                drop.add(k);
            }
        }
        for (String k : drop) {
            voters.remove(k);
        }
        if (!questions.isEmpty()) {
            long at = now + SWEEP_INTERVAL.toMillis();
            ctx.timerService().registerProcessingTimeTimer(at);
            sweepTimer.update(at);
        }
    }

    static VoteRow voteRow(
            String type, String itemId, UserAction a, String platform, String channel) {
        VoteRow v = new VoteRow();
        v.type = type;
        v.itemId = itemId;
        v.voter = a.actor();
        v.source = "chat".equals(a.role()) ? a.platform() : "api";
        v.platform = platform;
        v.channel = channel;
        v.actionId = a.actionId();
        v.atMillis = a.timestamp().toEpochMilli();
        return v;
    }

    private OpenQuestions openQuestions() throws Exception {
        OpenQuestions o = open.value();
        return o == null ? new OpenQuestions() : o;
    }

    private static String[] append(String[] a, String v) {
        String[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }
}
