package io.mellchat.connectors.twitch.client;

import io.mellchat.model.Amount;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageKind;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * USERNOTICE to {@link ChatMessage}: subscriptions and gifts, raids, announcements, and every other
 * notice (known or not) as {@code system}. The text is the user's own message when there is one,
 * else Twitch's {@code system-msg}; {@code meta} carries {@code msg_id}, {@code system_msg} and
 * every {@code msg-param-*} tag in snake case ({@code msg-param-viewerCount} → {@code
 * viewer_count}).
 */
final class UserNoticeMapper {

    private static final String PARAM_PREFIX = "msg-param-";

    private UserNoticeMapper() {}

    static ChatMessage map(ChannelSpec spec, IrcMessage m, Instant receivedAt) {
        String msgId = m.tagOr("msg-id", "");
        String systemMsg = m.tagOr("system-msg", "");
        String userText = m.paramCount() >= 2 ? m.param(1) : "";
        String text = userText.isEmpty() ? systemMsg : userText;
        String login = m.tagOr("login", "");

        ChatMessage.Builder b = MessageFields.base(spec, m, login, msgId + '\n' + text, receivedAt);
        b.message(text).kind(kindOf(msgId));
        if (!userText.isEmpty()) {
            b.emotes(TwitchEmotes.parse(m.tagOr("emotes", ""), userText));
        }

        MetaBuilder meta = new MetaBuilder().put("msg_id", msgId).put("system_msg", systemMsg);
        for (int i = 0; i < m.tagCount(); i++) {
            if (m.tagKeyStartsWith(i, PARAM_PREFIX)) {
                String key = m.tagKey(i);
                meta.put(MetaBuilder.snakeCase(key, PARAM_PREFIX.length()), m.tagValue(i));
            }
        }
        MessageFields.sharedChat(m, meta);
        if ("charitydonation".equals(msgId)) {
            charity(m, b);
        }
        return b.meta(meta.build()).build();
    }

    /** The message kind of a USERNOTICE {@code msg-id}; unknown ids are {@code system}. */
    static MessageKind kindOf(String msgId) {
        switch (msgId) {
            case "sub":
            case "resub":
            case "subgift":
            case "submysterygift":
            case "anonsubgift":
            case "anonsubmysterygift":
            case "giftpaidupgrade":
            case "anongiftpaidupgrade":
            case "primepaidupgrade":
            case "extendsub":
            case "primecommunitygiftreceived":
            case "communitypayforward":
            case "standardpayforward":
                return MessageKind.SUBSCRIPTION;
            case "raid":
                return MessageKind.RAID;
            case "announcement":
                return MessageKind.ANNOUNCEMENT;
            case "charitydonation":
                return MessageKind.PAID;
            default:
                return MessageKind.SYSTEM;
        }
    }

    /** A charity donation: {@code msg-param-donation-amount} in minor units. */
    private static void charity(IrcMessage m, ChatMessage.Builder b) {
        long minor = m.tagLong("msg-param-donation-amount", -1);
        long exponent = m.tagLong("msg-param-exponent", 0);
        String currency = m.tagOr("msg-param-donation-currency", "");
        if (minor >= 0 && exponent <= 6 && !currency.isEmpty()) {
            b.amount(new Amount(BigDecimal.valueOf(minor, (int) exponent), currency));
        } else {
            b.kind(MessageKind.SYSTEM);
        }
    }
}
