package io.mellchat.job.functions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.job.records.FrameItem;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatJson;
import io.mellchat.model.ChatMessage;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Builds the frames the job publishes on Redis (see CONTRACTS: {@code {"type", "stream",
 * "platform", "channel", "data"}}), on the pub/sub channels {@code <prefix>:<platform>:<channel>}.
 */
public final class Frames {
    private Frames() {}

    public static String redisChannel(String prefix, String platform, String channel) {
        return prefix + ":" + platform + ":" + channel;
    }

    /** A message, batched with the others of its channel into one {@code message} frame. */
    public static FrameItem message(ChatMessage m) {
        String p = m.platform().id();
        return new FrameItem(
                FrameItem.MESSAGE,
                redisChannel("messages", p, m.channel()),
                m.stream(),
                p,
                m.channel(),
                ChatJson.write(m));
    }

    /**
     * {@code deleted}: messages (and questions) to remove; {@code userId} when a ban caused it;
     * {@code all} when the whole chat was cleared.
     */
    public static FrameItem deleted(
            String stream,
            String platform,
            String channel,
            Collection<UUID> messageIds,
            Collection<UUID> questionIds,
            String userId,
            boolean all) {
        ObjectNode data = ChatJson.mapper().createObjectNode();
        data.put("platform", platform);
        data.put("channel", channel);
        ArrayNode ids = data.putArray("message_ids");
        messageIds.forEach(id -> ids.add(id.toString()));
        ArrayNode qids = data.putArray("question_ids");
        questionIds.forEach(id -> qids.add(id.toString()));
        if (!userId.isEmpty()) {
            data.put("user_id", userId);
        }
        if (all) {
            data.put("all", true);
        }
        return new FrameItem(
                "deleted",
                redisChannel("moderation", platform, channel),
                stream,
                platform,
                channel,
                frame("deleted", stream, platform, channel, data));
    }

    /** {@code channel}: the channel's status and counters. */
    public static FrameItem channel(
            ChannelStatusChanged s, long messagesTotal, long lastMessageAtMillis) {
        String p = s.platform().id();
        ObjectNode data = ChatJson.mapper().createObjectNode();
        data.put("platform", p);
        data.put("channel", s.channel());
        data.put("stream", s.stream());
        data.put("status", s.status().id());
        data.put("status_detail", s.detail());
        if (lastMessageAtMillis > 0) {
            data.put("last_message_at", Instant.ofEpochMilli(lastMessageAtMillis).toString());
        } else {
            data.putNull("last_message_at");
        }
        data.put("messages_total", messagesTotal);
        data.put("origin", s.origin());
        return new FrameItem(
                "channel",
                redisChannel("channels", p, s.channel()),
                s.stream(),
                p,
                s.channel(),
                frame("channel", s.stream(), p, s.channel(), data));
    }

    /** A complete frame around already built data. */
    public static String frame(
            String type,
            String stream,
            String platform,
            String channel,
            com.fasterxml.jackson.databind.JsonNode data) {
        ObjectNode f = ChatJson.mapper().createObjectNode();
        f.put("type", type);
        f.put("stream", stream);
        f.put("platform", platform);
        f.put("channel", channel);
        f.set("data", data);
        return f.toString();
    }
}
