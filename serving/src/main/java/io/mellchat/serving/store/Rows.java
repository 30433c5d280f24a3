package io.mellchat.serving.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.Amount;
import io.mellchat.model.Badge;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import io.mellchat.model.MessageKind;
import io.mellchat.model.Platform;
import io.mellchat.model.ReplyParent;
import io.mellchat.serving.http.Json;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns rows of the job's tables into the public JSON model. */
public final class Rows {
    /** The columns {@link #message} reads. */
    public static final String MESSAGE_COLUMNS =
            "m.id, m.platform, m.channel, m.stream, m.platform_message_id, m.user_id, m.username,"
                    + " m.display_name, m.message, m.\"timestamp\", m.received_at, m.category,"
                    + " m.confidence, m.upvotes, m.kind, m.action, m.reply_to, m.reply_parent,"
                    + " m.badges, m.color, m.emotes, m.amount, m.meta, m.deleted,"
                    // a reply quotes its parent: not once the parent is deleted
                    + " (m.reply_to IS NOT NULL AND EXISTS (SELECT 1 FROM messages p"
                    + " WHERE p.platform = m.platform AND p.channel = m.channel"
                    + " AND p.platform_message_id = m.reply_to AND p.deleted)) AS parent_deleted";

    private static final TypeReference<List<Badge>> BADGES = new TypeReference<>() {};
    private static final TypeReference<List<Emote>> EMOTES = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> META = new TypeReference<>() {};

    private Rows() {}

    /** The quoted parent of a reply, without the parent's words once it is deleted. */
    private static ReplyParent replyParent(ResultSet rs) throws SQLException {
        ReplyParent p = json(rs.getString("reply_parent"), ReplyParent.class);
        if (p != null && rs.getBoolean("parent_deleted")) {
            return new ReplyParent(p.userId(), p.username(), p.displayName(), "");
        }
        return p;
    }

    public static ChatMessage message(ResultSet rs) throws SQLException {
        return ChatMessage.builder()
                .platform(Platform.of(rs.getString("platform")))
                .channel(rs.getString("channel"))
                .stream(rs.getString("stream"))
                .platformMessageId(rs.getString("platform_message_id"))
                // after platformMessageId, which resets the id to the derived one
                .id(rs.getObject("id", UUID.class))
                .userId(rs.getString("user_id"))
                .username(rs.getString("username"))
                .displayName(rs.getString("display_name"))
                .message(rs.getString("message"))
                .timestamp(instant(rs, "timestamp"))
                .receivedAt(instant(rs, "received_at"))
                .category(rs.getString("category"))
                .confidence(rs.getFloat("confidence"))
                .upvotes(rs.getInt("upvotes"))
                .kind(kind(rs.getString("kind")))
                .action(rs.getBoolean("action"))
                .replyTo(rs.getString("reply_to"))
                .replyParent(replyParent(rs))
                .badges(json(rs.getString("badges"), BADGES))
                .color(rs.getString("color"))
                .emotes(json(rs.getString("emotes"), EMOTES))
                .amount(json(rs.getString("amount"), Amount.class))
                .meta(json(rs.getString("meta"), META))
                .deleted(rs.getBoolean("deleted"))
                .build();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static MessageKind kind(String s) {
        try {
            return s == null ? MessageKind.CHAT : MessageKind.of(s);
        } catch (IllegalArgumentException e) {
            return MessageKind.SYSTEM;
        }
    }

    private static <T> T json(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(text, type);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static <T> T json(String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(text, type);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A JSONB column as a tree ({@code null} when SQL NULL). */
    public static JsonNode tree(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }
}
