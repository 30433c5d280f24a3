package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageKind;
import io.mellchat.model.ReplyParent;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** {@code ChatMessageEvent} → {@link ChatMessage}: chat lines, replies and celebrations. */
final class ChatMessageMapper {
    private ChatMessageMapper() {}

    /**
     * The hot path: the data was usually read while the envelope was scanned; otherwise its string
     * is read once with {@link JsonCursor} (no tree), and data that is encoded once more, or sent
     * as an object, is unwrapped first.
     */
    static KickEvent map(PusherFrame frame, ChannelSpec spec, Instant receivedAt) {
        ChatMessageData d;
        try {
            d = frame.chat();
            if (d == null && frame.dataText() != null) {
                d = ChatMessageData.read(frame.dataText());
            }
            if (d == null) {
                JsonNode data = PusherCodec.data(frame);
                d = data.isObject() ? ChatMessageData.read(data.toString()) : null;
            }
        } catch (InvalidFrameException e) {
            return new KickEvent.Skipped(
                    SkipReasons.INVALID_JSON, "ChatMessageEvent: " + e.getMessage());
        }
        if (d == null) {
            return new KickEvent.Skipped(
                    SkipReasons.BAD_EVENT, "ChatMessageEvent: data is not an object");
        }
        if (d.id.isEmpty() || d.senderId.isEmpty() || d.content == null) {
            return new KickEvent.Skipped(
                    SkipReasons.BAD_EVENT, "ChatMessageEvent needs id, sender.id and content");
        }
        EmoteTokens.Cleaned cleaned = EmoteTokens.clean(d.content);
        ChatMessage.Builder b =
                ChatMessage.builder().channel(spec.ref()).stream(spec.stream())
                        .platformMessageId(d.id)
                        .receivedAt(receivedAt)
                        .userId(d.senderId)
                        .username(
                                d.senderSlug.isEmpty()
                                        ? d.senderUsername.toLowerCase(Locale.ROOT)
                                        : d.senderSlug)
                        .displayName(d.senderUsername)
                        .message(cleaned.text())
                        .emotes(cleaned.emotes())
                        .timestamp(KickTimestamps.parse(d.createdAt).orElse(receivedAt))
                        .color(d.color)
                        .badges(d.badges);
        switch (d.type) {
            case "reply":
                if (!d.parentId.isEmpty()) {
                    b.replyTo(d.parentId);
                    if (!d.parentSenderUsername.isEmpty()) {
                        b.replyParent(
                                new ReplyParent(
                                        d.parentSenderId,
                                        d.parentSenderUsername.toLowerCase(Locale.ROOT),
                                        d.parentSenderUsername,
                                        EmoteTokens.clean(d.parentContent).text()));
                    }
                }
                break;
            case "celebration":
                b.kind(MessageKind.SUBSCRIPTION)
                        .meta(
                                EventContext.meta(
                                        "celebration",
                                        d.celebrationType,
                                        "months",
                                        d.celebrationMonths));
                break;
            case "message":
            case "":
                break;
            default:
                b.meta(Map.of("kick_type", d.type));
                break;
        }
        return new KickEvent.Modelled(b.build());
    }
}
