package io.mellchat.job.sinks;

import io.mellchat.job.records.ChannelCounters;
import io.mellchat.job.records.MessageWrite;
import io.mellchat.job.records.RangeDeletion;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatJson;
import io.mellchat.model.ChatMessage;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;

/**
 * The idempotent statements for {@code messages} and {@code channels}. A message is inserted once
 * (first write wins; replays after a restore change nothing) and only its {@code deleted} flag can
 * be raised later.
 */
public final class MessageStatements {
    private MessageStatements() {}

    public static final String UPSERT_MESSAGE =
            "INSERT INTO messages (id, platform, channel, stream, platform_message_id, user_id,"
                    + " username, display_name, message, \"timestamp\", received_at, category,"
                    + " confidence, kind, action, reply_to, reply_parent, badges, color, emotes,"
                    + " amount, meta, deleted)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?,"
                    + " ?::jsonb, ?::jsonb, ?::jsonb, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET deleted = messages.deleted OR EXCLUDED.deleted";

    public static final JdbcStatementBuilder<MessageWrite> BIND_MESSAGE =
            (ps, w) -> bindMessage(ps, w.message);

    static void bindMessage(PreparedStatement ps, ChatMessage m) throws SQLException {
        ps.setObject(1, m.id());
        ps.setString(2, m.platform().id());
        ps.setString(3, m.channel());
        ps.setString(4, m.stream());
        ps.setString(5, m.platformMessageId());
        ps.setString(6, m.userId());
        ps.setString(7, m.username());
        ps.setString(8, m.displayName());
        ps.setString(9, m.message());
        Jdbc.setTime(ps, 10, m.timestamp());
        Jdbc.setTime(ps, 11, m.receivedAt());
        ps.setString(12, m.category() == null ? "general" : m.category());
        ps.setFloat(13, (float) m.confidence());
        ps.setString(14, m.kind().id());
        ps.setBoolean(15, m.action());
        ps.setString(16, m.replyTo());
        if (m.replyParent() == null) {
            ps.setNull(17, Types.VARCHAR);
        } else {
            ps.setString(17, ChatJson.write(m.replyParent()));
        }
        ps.setString(18, m.badges().isEmpty() ? "[]" : ChatJson.write(m.badges()));
        ps.setString(19, m.color());
        ps.setString(20, m.emotes().isEmpty() ? "[]" : ChatJson.write(m.emotes()));
        if (m.amount() == null) {
            ps.setNull(21, Types.VARCHAR);
        } else {
            ps.setString(21, ChatJson.write(m.amount()));
        }
        ps.setString(22, m.meta().isEmpty() ? "{}" : ChatJson.write(m.meta()));
        ps.setBoolean(23, m.deleted());
    }

    /**
     * Hides older messages: one by platform id, one user's, or a whole channel's, up to a time.
     * Empty parameters mean "any". The questions those messages asked leave the queue with them (a
     * hidden message's question whatever its state, a ban's or clear's only when open), also those
     * the job no longer remembers.
     */
    public static final String DELETE_RANGE =
            "WITH hidden AS (UPDATE messages SET deleted = true"
                    + " WHERE platform = ? AND channel = ? AND NOT deleted"
                    + " AND (? = '' OR platform_message_id = ?)"
                    + " AND (? = '' OR id = CAST(NULLIF(?, '') AS uuid))"
                    + " AND (? = '' OR user_id = ?)"
                    + " AND (? = '' OR lower(username) = lower(?))"
                    + " AND \"timestamp\" <= ? RETURNING id)"
                    + " UPDATE questions SET deleted = true, updated_at = now()"
                    + " WHERE message_id IN (SELECT id FROM hidden) AND NOT deleted"
                    + " AND (NOT answered OR ? <> '' OR ? <> '')";

    public static final JdbcStatementBuilder<RangeDeletion> BIND_DELETE_RANGE =
            (ps, d) -> {
                ps.setString(1, d.platform);
                ps.setString(2, d.channel);
                ps.setString(3, d.platformMessageId);
                ps.setString(4, d.platformMessageId);
                ps.setString(5, d.messageId);
                ps.setString(6, d.messageId);
                ps.setString(7, d.userId);
                ps.setString(8, d.userId);
                ps.setString(9, d.username);
                ps.setString(10, d.username);
                if (d.untilEpochMillis == Long.MAX_VALUE) {
                    ps.setObject(
                            11,
                            java.time.OffsetDateTime.of(
                                    9999, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC));
                } else {
                    Jdbc.setTimeMillis(ps, 11, d.untilEpochMillis);
                }
                ps.setString(12, d.platformMessageId);
                ps.setString(13, d.messageId);
            };

    /**
     * A channel's status. Replayed channels are created on their first status; live channels only
     * exist while configured, so a late status never brings back a removed channel.
     */
    public static final String UPSERT_STATUS =
            "INSERT INTO channels (platform, channel, stream, origin, status, status_detail, status_at)"
                    + " SELECT ?, ?, ?, ?, ?, ?, ?"
                    + " WHERE ? = 'replay' OR EXISTS"
                    + " (SELECT 1 FROM channels WHERE platform = ? AND channel = ?)"
                    + " ON CONFLICT (platform, channel) DO UPDATE SET status = EXCLUDED.status,"
                    + " status_detail = EXCLUDED.status_detail, status_at = EXCLUDED.status_at"
                    + " WHERE channels.status_at IS NULL OR channels.status_at <= EXCLUDED.status_at";

    public static final JdbcStatementBuilder<ChannelStatusChanged> BIND_STATUS =
            (ps, s) -> {
                ps.setString(1, s.platform().id());
                ps.setString(2, s.channel());
                ps.setString(3, s.stream());
                ps.setString(4, s.origin());
                ps.setString(5, s.status().id());
                ps.setString(6, s.detail());
                Jdbc.setTime(ps, 7, s.timestamp());
                ps.setString(8, s.origin());
                ps.setString(9, s.platform().id());
                ps.setString(10, s.channel());
            };

    /**
     * A channel's counters. Like a status, they create a replayed channel's row (the status and the
     * counters go through separate sinks, either may land first) and only update a live one.
     */
    public static final String UPSERT_COUNTERS =
            "INSERT INTO channels (platform, channel, stream, origin, messages_total, last_message_at)"
                    + " SELECT ?, ?, ?, ?, ?, ?"
                    + " WHERE ? = 'replay' OR EXISTS"
                    + " (SELECT 1 FROM channels WHERE platform = ? AND channel = ?)"
                    + " ON CONFLICT (platform, channel) DO UPDATE SET"
                    + " messages_total = EXCLUDED.messages_total,"
                    + " last_message_at = EXCLUDED.last_message_at";

    public static final JdbcStatementBuilder<ChannelCounters> BIND_COUNTERS =
            (ps, c) -> {
                ps.setString(1, c.platform);
                ps.setString(2, c.channel);
                ps.setString(3, c.stream);
                ps.setString(4, c.origin);
                ps.setLong(5, c.messagesTotal);
                Jdbc.setTimeMillis(ps, 6, c.lastMessageAtMillis);
                ps.setString(7, c.origin);
                ps.setString(8, c.platform);
                ps.setString(9, c.channel);
            };
}
