package io.mellchat.job.functions;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.QuestionState;
import io.mellchat.job.records.StatsRow;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatJson;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.IsoInstants;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    /** {@code question} or {@code answered}: the whole question, on its first channel. */
    public static FrameItem question(String type, QuestionState q) {
        return new FrameItem(
                type,
                redisChannel("questions", q.platform, q.channel),
                q.stream,
                q.platform,
                q.channel,
                questionFrame(type, q));
    }

    /**
     * The frame around PRODUCT.md's Question, written straight to a generator: every question
     * change is published, and building a tree first cost a third of the questions operator.
     */
    static String questionFrame(String type, QuestionState q) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = ChatJson.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", type);
            g.writeStringField("stream", q.stream);
            g.writeStringField("platform", q.platform);
            g.writeStringField("channel", q.channel);
            g.writeObjectFieldStart("data");
            g.writeStringField("id", q.id);
            g.writeStringField("message_id", q.messageId);
            g.writeStringField("stream", q.stream);
            g.writeStringField("platform", q.platform);
            g.writeStringField("channel", q.channel);
            g.writeStringField("user_id", q.userId);
            g.writeStringField("username", q.username);
            g.writeStringField("display_name", q.displayName);
            g.writeStringField("question", q.question);
            g.writeStringField(
                    "timestamp", IsoInstants.format(Instant.ofEpochMilli(q.timestampMillis)));
            g.writeBooleanField("answered", q.answered);
            g.writeStringField(
                    "answered_at",
                    q.answeredAtMillis > 0
                            ? IsoInstants.format(Instant.ofEpochMilli(q.answeredAtMillis))
                            : null);
            g.writeNumberField("upvotes", q.upvotes);
            g.writeNumberField("asks", q.asks);
            g.writeNumberField("score", q.score());
            g.writeNumberField("trending", q.trending);
            g.writeBooleanField("deleted", q.deleted);
            g.writeFieldName("sources");
            writeSources(g, q.sources);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * {@code [{"platform","channel"}]} from {@code platform:channel} keys: the JSON of a question's
     * {@code sources} column, written for every question change.
     */
    public static String sourcesJson(String[] sources) {
        StringWriter out = new StringWriter(32 + 48 * sources.length);
        try (JsonGenerator g = ChatJson.mapper().getFactory().createGenerator(out)) {
            writeSources(g, sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeSources(JsonGenerator g, String[] sources) throws IOException {
        g.writeStartArray();
        for (String source : sources) {
            int colon = source.indexOf(':');
            g.writeStartObject();
            g.writeStringField("platform", source.substring(0, colon));
            g.writeStringField("channel", source.substring(colon + 1));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code upvotes}: the new totals of one item. */
    public static FrameItem upvotes(
            String stream,
            String platform,
            String channel,
            String type,
            String id,
            int upvotes,
            int trending) {
        ArrayNode data = ChatJson.mapper().createArrayNode();
        ObjectNode item = data.addObject();
        item.put("type", type);
        item.put("id", id);
        item.put("upvotes", upvotes);
        item.put("trending", trending);
        return new FrameItem(
                "upvotes",
                redisChannel("upvotes", platform, channel),
                stream,
                platform,
                channel,
                frame("upvotes", stream, platform, channel, data));
    }

    /**
     * {@code stats}: a window of a channel, or of a whole stream on {@code stats:stream:<name>}.
     */
    public static FrameItem stats(StatsRow r) {
        ObjectNode n = ChatJson.mapper().createObjectNode();
        n.put("window_start", Instant.ofEpochMilli(r.windowStart).toString());
        n.put("window_end", Instant.ofEpochMilli(r.windowEnd).toString());
        n.put("stream", r.stream);
        n.put("platform", r.platform);
        n.put("channel", r.channel);
        n.put("messages", r.messages);
        n.put("questions", r.questions);
        n.put("unique_chatters", r.uniqueChatters);
        n.put("upvotes", r.upvotes);
        try {
            n.set("categories", ChatJson.mapper().readTree(r.categoriesJson));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String channel =
                r.streamLevel()
                        ? "stats:stream:" + r.stream
                        : redisChannel("stats", r.platform, r.channel);
        return new FrameItem(
                "stats",
                channel,
                r.stream,
                r.platform,
                r.channel,
                frame("stats", r.stream, r.platform, r.channel, n));
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
