package io.mellchat.job.functions;

import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.FrameItemSerializer;
import io.mellchat.job.records.QuestionEvent;
import io.mellchat.job.records.RangeDeletion;
import io.mellchat.model.UserAction;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each user action to the state that owns its target: question votes, answers and reopenings
 * to the stream's question queue (main output); message votes to the message vote counter; a hide
 * to the messages table, a {@code deleted} frame, and the question queue (the hidden message may
 * have asked a question). Actions whose target location is unknown are counted and skipped.
 */
public final class ActionRouter extends ProcessFunction<UserAction, QuestionEvent> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ActionRouter.class);

    public static final OutputTag<UserAction> MESSAGE_VOTES = new OutputTag<>("message-votes") {};
    public static final OutputTag<RangeDeletion> HIDES = new OutputTag<>("hides") {};
    public static final OutputTag<FrameItem> FRAMES =
            new OutputTag<>("action-frames", FrameItemSerializer.TYPE) {};

    private transient Counter skipped;
    private transient boolean loggedSkip;

    @Override
    public void open(OpenContext context) {
        skipped = getRuntimeContext().getMetricGroup().counter("mellchat_actions_unroutable");
    }

    @Override
    public void processElement(UserAction a, Context ctx, Collector<QuestionEvent> out) {
        boolean question = a.targetType() == UserAction.Target.QUESTION;
        if (a.stream().isEmpty() || (!question && a.channelKey().isEmpty())) {
            skip(a);
            return;
        }
        switch (a.type()) {
            case UPVOTE:
                if (question) {
                    out.collect(QuestionEvent.action(QuestionEvent.Kind.VOTE, a));
                } else {
                    ctx.output(MESSAGE_VOTES, a);
                }
                break;
            case ANSWER:
                out.collect(QuestionEvent.action(QuestionEvent.Kind.ANSWER, a));
                break;
            case UNANSWER:
                out.collect(QuestionEvent.action(QuestionEvent.Kind.UNANSWER, a));
                break;
            case HIDE:
                String id = a.targetId().toString();
                ctx.output(HIDES, RangeDeletion.ofId(a.platform(), a.channel(), id));
                ctx.output(
                        FRAMES,
                        Frames.deleted(
                                a.stream(),
                                a.platform(),
                                a.channel(),
                                List.of(a.targetId()),
                                List.<UUID>of(),
                                "",
                                false));
                out.collect(
                        QuestionEvent.removed(
                                a.stream(),
                                a.channelKey(),
                                new String[] {id},
                                "",
                                false,
                                a.timestamp().toEpochMilli()));
                break;
            default:
                skip(a);
        }
    }

    private void skip(UserAction a) {
        skipped.inc();
        if (!loggedSkip) {
            loggedSkip = true;
            LOG.warn(
                    "skipping action {} ({} on {} {}): it does not say where its target lives"
                            + " (stream/platform/channel); further ones are only counted",
                    a.actionId(),
                    a.type().id(),
                    a.targetType().id(),
                    a.targetId());
        }
    }
}
