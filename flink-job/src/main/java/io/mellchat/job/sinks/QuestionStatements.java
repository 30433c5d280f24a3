package io.mellchat.job.sinks;

import io.mellchat.job.functions.Frames;
import io.mellchat.job.records.LateQuestionAction;
import io.mellchat.job.records.MessageVoteWrite;
import io.mellchat.job.records.QuestionState;
import io.mellchat.job.records.StatsRow;
import io.mellchat.job.records.VoteRow;
import io.mellchat.model.NameUuids;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;

/**
 * The idempotent statements for questions, votes and stats. The job keeps each row's whole state
 * and writes absolute values, so replaying writes after a restore leaves the same rows.
 */
public final class QuestionStatements {
    private QuestionStatements() {}

    public static final String UPSERT_QUESTION =
            "INSERT INTO questions (id, message_id, stream, platform, channel, user_id, username,"
                    + " display_name, question, \"timestamp\", answered, answered_at, upvotes, asks,"
                    + " score, trending, sources, deleted, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, now())"
                    + " ON CONFLICT (id) DO UPDATE SET answered = EXCLUDED.answered,"
                    + " answered_at = EXCLUDED.answered_at, upvotes = EXCLUDED.upvotes,"
                    + " asks = EXCLUDED.asks, score = EXCLUDED.score, trending = EXCLUDED.trending,"
                    + " sources = EXCLUDED.sources, deleted = EXCLUDED.deleted, updated_at = now()";

    public static final JdbcStatementBuilder<QuestionState> BIND_QUESTION =
            (ps, q) -> {
                ps.setObject(1, UUID.fromString(q.id));
                ps.setObject(2, UUID.fromString(q.messageId));
                ps.setString(3, q.stream);
                ps.setString(4, q.platform);
                ps.setString(5, q.channel);
                ps.setString(6, q.userId);
                ps.setString(7, q.username);
                ps.setString(8, q.displayName);
                ps.setString(9, q.question);
                Jdbc.setTimeMillis(ps, 10, q.timestampMillis);
                ps.setBoolean(11, q.answered);
                if (q.answeredAtMillis > 0) {
                    Jdbc.setTimeMillis(ps, 12, q.answeredAtMillis);
                } else {
                    ps.setNull(12, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                ps.setInt(13, q.upvotes);
                ps.setInt(14, q.asks);
                ps.setDouble(15, q.score());
                ps.setDouble(16, q.trending);
                ps.setString(17, Frames.sourcesJson(q.sources));
                ps.setBoolean(18, q.deleted);
            };

    /** One vote per voter and item; a replayed vote changes nothing. */
    public static final String INSERT_VOTE =
            "INSERT INTO upvotes (id, type, item_id, voter, source, platform, channel, action_id,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    public static final JdbcStatementBuilder<VoteRow> BIND_VOTE =
            (ps, v) -> {
                String key = v.type + ":" + v.itemId + ":" + v.voter;
                ps.setObject(1, NameUuids.of(key));
                ps.setString(2, v.type);
                ps.setObject(3, UUID.fromString(v.itemId));
                ps.setString(4, v.voter);
                ps.setString(5, v.source);
                ps.setString(6, v.platform);
                ps.setString(7, v.channel);
                ps.setString(8, v.actionId);
                Jdbc.setTimeMillis(ps, 9, v.atMillis);
            };

    /**
     * A vote, answer or reopen of a stored question the job has forgotten. A vote's row and the
     * question's count change in one statement: a replayed vote finds its row and adds nothing.
     */
    public static final String LATE_QUESTION_ACTION =
            addingVote(
                            "question",
                            "? = 'vote' AND EXISTS (SELECT 1 FROM questions WHERE id = ? AND NOT"
                                    + " deleted)")
                    + " UPDATE questions SET upvotes = upvotes + (SELECT count(*) FROM added),"
                    + " score = score + (SELECT count(*) FROM added),"
                    + " answered = CASE ? WHEN 'answer' THEN true WHEN 'unanswer' THEN false"
                    + " ELSE answered END,"
                    + " answered_at = CASE ? WHEN 'answer' THEN COALESCE(answered_at, ?)"
                    + " WHEN 'unanswer' THEN NULL ELSE answered_at END, updated_at = now()"
                    + " WHERE id = ? AND NOT deleted";

    public static final JdbcStatementBuilder<LateQuestionAction> BIND_LATE_QUESTION_ACTION =
            (ps, a) -> {
                UUID id = UUID.fromString(a.questionId);
                bindVoteRow(ps, "question", a.questionId, a.vote, a.atMillis);
                ps.setString(9, a.action);
                ps.setObject(10, id);
                ps.setString(11, a.action);
                ps.setString(12, a.action);
                Jdbc.setTimeMillis(ps, 13, a.atMillis);
                ps.setObject(14, id);
            };

    /**
     * A message's vote and total: the vote's row (none when only the total is written again), and
     * the total counted from the stored rows plus the one this statement added (the statement does
     * not see its own insert). A replayed vote finds its row and changes nothing.
     */
    public static final String UPDATE_MESSAGE_VOTES =
            addingVote("message", "?")
                    + " UPDATE messages SET upvotes = (SELECT count(*) FROM upvotes"
                    + " WHERE type = 'message' AND item_id = ?) + (SELECT count(*) FROM added)"
                    + " WHERE id = ?";

    public static final JdbcStatementBuilder<MessageVoteWrite> BIND_MESSAGE_VOTES =
            (ps, w) -> {
                UUID id = UUID.fromString(w.messageId);
                bindVoteRow(
                        ps, "message", w.messageId, w.vote, w.vote == null ? 0 : w.vote.atMillis);
                ps.setBoolean(9, w.vote != null);
                ps.setObject(10, id);
                ps.setObject(11, id);
            };

    /**
     * {@code WITH added AS (…)}: the vote row of an item of {@code type}, inserted when {@code
     * condition} holds; {@code added} has a row when it was new. Its parameters are the eight of
     * {@link #bindVoteRow}, then those of the condition.
     */
    private static String addingVote(String type, String condition) {
        return "WITH added AS (INSERT INTO upvotes (id, type, item_id, voter, source, platform,"
                + " channel, action_id, created_at) SELECT ?, '"
                + type
                + "', ?, ?, ?, ?, ?, ?, ? WHERE "
                + condition
                + " ON CONFLICT DO NOTHING RETURNING 1)";
    }

    /**
     * The vote row's parameters 1–8 of {@link #addingVote}, with the id {@link #BIND_VOTE} gives
     * it; every one typed, also with no vote (nothing is inserted then).
     */
    private static void bindVoteRow(
            PreparedStatement ps, String type, String itemId, VoteRow v, long atMillis)
            throws SQLException {
        String voter = v == null ? "" : v.voter;
        ps.setObject(1, NameUuids.of(type + ":" + itemId + ":" + voter));
        ps.setObject(2, UUID.fromString(itemId));
        ps.setString(3, voter);
        ps.setString(4, v == null ? "" : v.source);
        ps.setString(5, v == null ? "" : v.platform);
        ps.setString(6, v == null ? "" : v.channel);
        ps.setString(7, v == null ? "" : v.actionId);
        Jdbc.setTimeMillis(ps, 8, atMillis);
    }

    public static final String UPSERT_STATS =
            "INSERT INTO stats (stream, platform, channel, window_start, window_end, messages,"
                    + " questions, unique_chatters, upvotes, categories, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())"
                    + " ON CONFLICT (stream, platform, channel, window_start, window_end) DO UPDATE SET"
                    + " messages = EXCLUDED.messages, questions = EXCLUDED.questions,"
                    + " unique_chatters = EXCLUDED.unique_chatters, upvotes = EXCLUDED.upvotes,"
                    + " categories = EXCLUDED.categories, updated_at = now()";

    public static final JdbcStatementBuilder<StatsRow> BIND_STATS =
            (ps, r) -> {
                ps.setString(1, r.stream);
                ps.setString(2, r.platform);
                ps.setString(3, r.channel);
                Jdbc.setTimeMillis(ps, 4, r.windowStart);
                Jdbc.setTimeMillis(ps, 5, r.windowEnd);
                ps.setInt(6, r.messages);
                ps.setInt(7, r.questions);
                ps.setInt(8, r.uniqueChatters);
                ps.setInt(9, r.upvotes);
                ps.setString(10, r.categoriesJson);
            };
}
