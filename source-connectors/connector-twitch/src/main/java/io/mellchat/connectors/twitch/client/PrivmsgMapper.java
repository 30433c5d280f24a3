package io.mellchat.connectors.twitch.client;

import io.mellchat.model.Amount;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageKind;
import io.mellchat.model.ReplyParent;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * PRIVMSG to {@link ChatMessage}: text without the CTCP ACTION wrapper, author, badges, colour,
 * emotes (UTF-16 offsets), replies, bits and Hype Chat as {@code paid}, and Shared Chat and
 * first-message details in {@code meta}.
 */
final class PrivmsgMapper {

    private static final String ACTION = "\u0001ACTION";

    private PrivmsgMapper() {}

    /** Null when the line lacks a channel, a sender or a text (the caller counts it). */
    static ChatMessage map(ChannelSpec spec, IrcMessage m, Instant receivedAt) {
        if (m.paramCount() < 2) {
            return null;
        }
        String login = m.nick();
        if (login.isEmpty() || login.indexOf('.') >= 0) {
            login = m.tagOr("login", "");
        }
        if (login.isEmpty()) {
            return null;
        }
        String text = m.param(1);
        boolean action = false;
        if (text.startsWith(ACTION)
                && (text.length() == ACTION.length()
                        || text.charAt(ACTION.length()) == ' '
                        || text.charAt(ACTION.length()) == '\u0001')) {
            int end = text.length();
            if (end > ACTION.length() && text.charAt(end - 1) == '\u0001') {
                end--;
            }
            int start = Math.min(ACTION.length() + 1, end);
            text = text.substring(start, end);
            action = true;
        }

        ChatMessage.Builder b = MessageFields.base(spec, m, login, text, receivedAt).action(action);
        b.emotes(TwitchEmotes.parse(m.tagOr("emotes", ""), text));

        MetaBuilder meta = new MetaBuilder();
        long bits = m.tagLong("bits", 0);
        if (bits > 0) {
            b.kind(MessageKind.PAID).amount(new Amount(BigDecimal.valueOf(bits), "bits"));
        } else if (m.hasTag("pinned-chat-paid-amount")) {
            hypeChat(m, b, meta);
        }

        String parentId = m.tagOr("reply-parent-msg-id", "");
        if (!parentId.isEmpty()) {
            b.replyTo(parentId)
                    .replyParent(
                            new ReplyParent(
                                    m.tagOr("reply-parent-user-id", ""),
                                    m.tagOr("reply-parent-user-login", ""),
                                    m.tagOr("reply-parent-display-name", ""),
                                    m.tagOr("reply-parent-msg-body", "")));
            meta.tag(m, "reply-thread-parent-msg-id", "reply_thread_parent_msg_id")
                    .tag(m, "reply-thread-parent-user-login", "reply_thread_parent_user_login");
        }
        meta.flag(m, "first-msg", "first_msg")
                .flag(m, "returning-chatter", "returning_chatter")
                .tag(m, "msg-id", "msg_id")
                .tag(m, "custom-reward-id", "custom_reward_id");
        MessageFields.sharedChat(m, meta);
        return b.meta(meta.build()).build();
    }

    /** Hype Chat: {@code pinned-chat-paid-amount} in minor units of {@code -currency}. */
    private static void hypeChat(IrcMessage m, ChatMessage.Builder b, MetaBuilder meta) {
        long minor = m.tagLong("pinned-chat-paid-amount", -1);
        long exponent = m.tagLong("pinned-chat-paid-exponent", 0);
        String currency = m.tagOr("pinned-chat-paid-currency", "");
        if (minor >= 0 && exponent <= 6 && !currency.isEmpty()) {
            b.kind(MessageKind.PAID)
                    .amount(new Amount(BigDecimal.valueOf(minor, (int) exponent), currency));
        }
        meta.tag(m, "pinned-chat-paid-level", "hype_chat_level");
    }
}
