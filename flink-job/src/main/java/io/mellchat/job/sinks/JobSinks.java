package io.mellchat.job.sinks;

import io.mellchat.job.JobConfig;
import io.mellchat.job.records.ChannelCounters;
import io.mellchat.job.records.LateQuestionAction;
import io.mellchat.job.records.MessageVoteWrite;
import io.mellchat.job.records.MessageWrite;
import io.mellchat.job.records.QuestionState;
import io.mellchat.job.records.RangeDeletion;
import io.mellchat.job.records.RedisFrame;
import io.mellchat.job.records.StatsRow;
import io.mellchat.job.records.VoteRow;
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
        Sink<QuestionState> questions,
        Sink<VoteRow> votes,
        Sink<LateQuestionAction> lateQuestionActions,
        Sink<MessageVoteWrite> messageVotes,
        Sink<StatsRow> stats,
        SinkFunction<RedisFrame> frames,
        SinkFunction<RedisFrame> heartbeat)
        implements Serializable {

    /** The same sinks with the messages sink replaced (tests inject failures through it). */
    public JobSinks withMessages(Sink<MessageWrite> replacement) {
        return new JobSinks(
                replacement,
                rangeDeletions,
                statuses,
                counters,
                questions,
                votes,
                lateQuestionActions,
                messageVotes,
                stats,
                frames,
                heartbeat);
    }

    /** The same sinks with the questions sink replaced. */
    public JobSinks withQuestions(Sink<QuestionState> replacement) {
        return new JobSinks(
                messages,
                rangeDeletions,
                statuses,
                counters,
                replacement,
                votes,
                lateQuestionActions,
                messageVotes,
                stats,
                frames,
                heartbeat);
    }

    /** {@code messages}: rewritten multi-row upserts, a message id at most once per batch. */
    public static DistinctKeyJdbcSink<MessageWrite> messagesSink(JobConfig c) {
        return Jdbc.rewritingSink(
                c,
                MessageStatements.UPSERT_MESSAGE,
                MessageStatements.BIND_MESSAGE,
                w -> w.message.id());
    }

    public static JobSinks real(JobConfig c) {
        return new JobSinks(
                messagesSink(c),
                Jdbc.sink(c, MessageStatements.DELETE_RANGE, MessageStatements.BIND_DELETE_RANGE),
                Jdbc.sink(c, MessageStatements.UPSERT_STATUS, MessageStatements.BIND_STATUS),
                Jdbc.sink(c, MessageStatements.UPSERT_COUNTERS, MessageStatements.BIND_COUNTERS),
                Jdbc.sink(c, QuestionStatements.UPSERT_QUESTION, QuestionStatements.BIND_QUESTION),
                Jdbc.sink(c, QuestionStatements.INSERT_VOTE, QuestionStatements.BIND_VOTE),
                Jdbc.sink(
                        c,
                        QuestionStatements.LATE_QUESTION_ACTION,
                        QuestionStatements.BIND_LATE_QUESTION_ACTION),
                Jdbc.sink(
                        c,
                        QuestionStatements.UPDATE_MESSAGE_VOTES,
                        QuestionStatements.BIND_MESSAGE_VOTES),
                Jdbc.sink(c, QuestionStatements.UPSERT_STATS, QuestionStatements.BIND_STATS),
                RedisSinks.publish(c.redis()),
                RedisSinks.heartbeat(c.redis()));
    }
}
