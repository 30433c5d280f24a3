package io.mellchat.serving.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.model.ChatMessage;
import io.mellchat.serving.cache.Coalescer;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Cursor;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.store.ChannelStore.Channel;
import io.mellchat.serving.store.MessageStore;
import io.mellchat.serving.store.QuestionStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a client gets when it subscribes, so it never starts blank: the channels' status, the last
 * messages (or, with {@code since}, every message after that point, from PostgreSQL, and the ids of
 * those deleted since then), and the top open questions — as ordinary frames ({@code channel},
 * {@code message} with a list, {@code deleted}, {@code question}) marked {@code "snapshot": true}.
 */
public final class Snapshots {
    /** At most this many messages are replayed for a resume. */
    public static final int MAX_CATCH_UP = 1_000;

    private final MessageStore messages;
    private final QuestionStore questions;
    private final ChannelDirectory directory;
    private final int lastMessages;
    private final int topQuestions;
    private final Coalescer<List<String>, List<Frame>> shared = new Coalescer<>();

    public Snapshots(
            MessageStore messages,
            QuestionStore questions,
            ChannelDirectory directory,
            int lastMessages,
            int topQuestions) {
        this.messages = messages;
        this.questions = questions;
        this.directory = directory;
        this.lastMessages = lastMessages;
        this.topQuestions = topQuestions;
    }

    /**
     * Parses a {@code since} value: a message id, a cursor returned as {@code next} by {@code GET
     * /messages}, or an ISO-8601 time.
     *
     * @throws IllegalArgumentException for anything else
     */
    public Optional<MessageStore.Position> since(String value) {
        if (value.length() == 36 && value.charAt(8) == '-') {
            return messages.position(UUID.fromString(value));
        }
        if (value.length() >= 20 && Character.isDigit(value.charAt(0)) && value.endsWith("Z")) {
            try {
                return Optional.of(
                        new MessageStore.Position(
                                Params.parseInstant("since", value), new UUID(0L, 0L)));
            } catch (ApiException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }
        try {
            List<String> parts = Cursor.decode("since", value, 2);
            return Optional.of(
                    new MessageStore.Position(
                            Params.parseInstant("since", parts.get(0)),
                            UUID.fromString(parts.get(1))));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "since: give a message id, a messages cursor or an ISO-8601 time");
        }
    }

    /**
     * The snapshot frames for newly subscribed channels and streams. Without {@code since}, clients
     * asking for the same snapshot at the same time share one read ({@link Coalescer}).
     */
    public List<Frame> build(
            Collection<String> channelKeys,
            Collection<String> streams,
            Optional<MessageStore.Position> since) {
        if (since.isPresent()) {
            return read(channelKeys, streams, since);
        }
        List<String> key = new ArrayList<>(new java.util.TreeSet<>(channelKeys));
        key.add("|");
        key.addAll(new java.util.TreeSet<>(streams));
        return shared.get(key, () -> read(channelKeys, streams, since));
    }

    private List<Frame> read(
            Collection<String> channelKeys,
            Collection<String> streams,
            Optional<MessageStore.Position> since) {
        List<Frame> out = new ArrayList<>();
        List<String> keys = new ArrayList<>(channelKeys);
        for (String s : streams) {
            keys.addAll(directory.channelsOf(s));
        }
        for (String key : keys.stream().distinct().toList()) {
            directory.find(key).ifPresent(c -> out.add(channelFrame(c)));
        }
        List<ChatMessage> msgs;
        if (since.isPresent()) {
            msgs = messages.since(channelKeys, streams, since.get(), MAX_CATCH_UP);
        } else if (lastMessages > 0) {
            msgs = messages.latest(channelKeys, streams, lastMessages);
        } else {
            msgs = List.of();
        }
        // a resume says which messages were deleted in the gap, by id only: /ws asks for no token,
        // and a deleted message's text is for moderators (GET /messages?include_deleted=true)
        Map<List<String>, List<UUID>> deleted = new LinkedHashMap<>();
        if (since.isPresent()) {
            List<ChatMessage> shown = new ArrayList<>(msgs.size());
            for (ChatMessage m : msgs) {
                if (m.deleted()) {
                    deleted.computeIfAbsent(
                                    List.of(m.stream(), m.platform().id(), m.channel()),
                                    k -> new ArrayList<>())
                            .add(m.id());
                } else {
                    shown.add(m);
                }
            }
            msgs = shown;
        }
        if (!msgs.isEmpty()) {
            ObjectNode f = Json.object();
            f.put("type", "message");
            f.put("snapshot", true);
            ArrayNode data = f.putArray("data");
            msgs.forEach(m -> data.add(Json.MAPPER.valueToTree(m)));
            String text = f.toString();
            out.add(new Frame("message", "", "", "", text, null));
        }
        deleted.forEach((where, ids) -> out.add(deletedFrame(where, ids)));
        if (topQuestions > 0) {
            for (QuestionStore.Question q : questions.top(channelKeys, streams, topQuestions)) {
                ObjectNode f = Json.object();
                f.put("type", "question");
                f.put("stream", q.stream());
                f.put("platform", q.platform());
                f.put("channel", q.channel());
                f.put("snapshot", true);
                f.set("data", q.toJson(false));
                out.add(
                        new Frame(
                                "question",
                                q.stream(),
                                q.platform(),
                                q.channel(),
                                f.toString(),
                                null));
            }
        }
        return out;
    }

    /** A {@code deleted} frame as the job publishes it, for messages deleted while away. */
    private static Frame deletedFrame(List<String> where, List<UUID> ids) {
        ObjectNode f = Json.object();
        f.put("type", "deleted");
        f.put("stream", where.get(0));
        f.put("platform", where.get(1));
        f.put("channel", where.get(2));
        f.put("snapshot", true);
        ObjectNode data = f.putObject("data");
        data.put("platform", where.get(1));
        data.put("channel", where.get(2));
        ArrayNode messageIds = data.putArray("message_ids");
        ids.forEach(id -> messageIds.add(id.toString()));
        data.putArray("question_ids");
        return new Frame("deleted", where.get(0), where.get(1), where.get(2), f.toString(), null);
    }

    private static Frame channelFrame(Channel c) {
        ObjectNode f = Json.object();
        f.put("type", "channel");
        f.put("stream", c.stream());
        f.put("platform", c.platform());
        f.put("channel", c.channel());
        f.put("snapshot", true);
        f.set("data", c.toJson());
        return new Frame("channel", c.stream(), c.platform(), c.channel(), f.toString(), null);
    }
}
