package io.mellchat.connectors.kick.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the {@code data} documents of Kick events in the shapes of the real captures (part C6),
 * for {@link FakePusherServer#publish}.
 */
public final class KickFrames {
    public static final String CHAT_MESSAGE_EVENT = "App\\Events\\ChatMessageEvent";
    public static final String MESSAGE_DELETED_EVENT = "App\\Events\\MessageDeletedEvent";
    public static final String USER_BANNED_EVENT = "App\\Events\\UserBannedEvent";
    public static final String CHATROOM_CLEAR_EVENT = "App\\Events\\ChatroomClearEvent";

    private static final ObjectMapper JSON = new ObjectMapper();

    private KickFrames() {}

    /** The v2 chatroom channel of a chatroom id. */
    public static String chatroomChannel(long chatroomId) {
        return "chatrooms." + chatroomId + ".v2";
    }

    /** A {@code ChatMessageEvent} of type {@code message} by a subscriber with a colour. */
    public static String chatMessage(
            long chatroomId, String messageId, long senderId, String username, String content) {
        ObjectNode d =
                JSON.createObjectNode()
                        .put("id", messageId)
                        .put("chatroom_id", chatroomId)
                        .put("content", content)
                        .put("type", "message")
                        .put("created_at", "2025-07-17T08:44:56+00:00");
        ObjectNode sender = d.putObject("sender");
        sender.put("id", senderId).put("username", username).put("slug", username.toLowerCase());
        ObjectNode identity = sender.putObject("identity").put("color", "#FF9D00");
        ArrayNode badges = identity.putArray("badges");
        badges.addObject().put("type", "subscriber").put("text", "Subscriber").put("count", 3);
        d.putObject("metadata").put("message_ref", "1752741896375");
        return d.toString();
    }

    /** A {@code MessageDeletedEvent} for a message id. */
    public static String messageDeleted(String messageId) {
        ObjectNode d = JSON.createObjectNode().put("id", "del-" + messageId);
        d.putObject("message").put("id", messageId);
        return d.toString();
    }

    /** A {@code UserBannedEvent}; {@code permanent} false gives a one-minute timeout. */
    public static String userBanned(long userId, String slug, boolean permanent) {
        ObjectNode d = JSON.createObjectNode().put("id", "ban-" + userId);
        d.putObject("user").put("id", userId).put("username", slug).put("slug", slug);
        d.putObject("banned_by").put("id", 0).put("username", "mod").put("slug", "mod");
        d.put("permanent", permanent);
        if (!permanent) {
            d.put("duration", 1).put("expires_at", "2100-01-01T00:01:00+00:00");
        }
        return d.toString();
    }

    /**
     * A {@code ChatMessageEvent} of type {@code reply} to {@code parentId} by {@code parentUser}.
     */
    public static String reply(
            long chatroomId,
            String messageId,
            long senderId,
            String username,
            String content,
            String parentId,
            String parentUser,
            String parentContent) {
        ObjectNode d =
                (ObjectNode)
                        readTree(chatMessage(chatroomId, messageId, senderId, username, content));
        d.put("type", "reply");
        ObjectNode metadata = d.putObject("metadata");
        metadata.putObject("original_sender").put("id", senderId + 1).put("username", parentUser);
        metadata.putObject("original_message").put("id", parentId).put("content", parentContent);
        metadata.put("message_ref", "1752896864929");
        return d.toString();
    }

    /** A {@code ChatroomClearEvent}. */
    public static String chatroomClear(long chatroomId) {
        return JSON.createObjectNode().put("id", "clear-" + chatroomId).toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
