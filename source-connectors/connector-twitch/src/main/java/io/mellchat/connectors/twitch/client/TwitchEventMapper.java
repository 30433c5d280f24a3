package io.mellchat.connectors.twitch.client;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.Platform;
import io.mellchat.model.UserBanned;
import java.time.Instant;

/**
 * Turns the chat lines of one channel (PRIVMSG, USERNOTICE, CLEARMSG, CLEARCHAT) into MellChat
 * events. Connection-level lines (PING, JOIN, ROOMSTATE, NOTICE...) are the client's business and
 * never reach it. Stateless and thread-safe.
 */
public final class TwitchEventMapper {

    /** Receives the outcome of one line: an event, or the reason it was skipped. */
    public interface Output {
        void event(ChatEvent event);

        void skipped(String reason, String detail);
    }

    /**
     * Maps one line of {@code spec}'s channel; {@code receivedAt} becomes {@code received_at} (and
     * the timestamp when the line has no {@code tmi-sent-ts}).
     */
    public void map(ChannelSpec spec, IrcMessage m, Instant receivedAt, Output out) {
        if (m.isCommand("PRIVMSG")) {
            emit(PrivmsgMapper.map(spec, m, receivedAt), m, out);
        } else if (m.isCommand("USERNOTICE")) {
            emit(UserNoticeMapper.map(spec, m, receivedAt), m, out);
        } else if (m.isCommand("CLEARMSG")) {
            emit(clearMessage(spec, m, receivedAt), m, out);
        } else if (m.isCommand("CLEARCHAT")) {
            emit(clearChat(spec, m, receivedAt), m, out);
        } else {
            out.skipped(SkipReasons.UNHANDLED_COMMAND, m.command());
        }
    }

    private static void emit(ChatEvent event, IrcMessage m, Output out) {
        if (event == null) {
            out.skipped(
                    SkipReasons.INCOMPLETE_EVENT,
                    m.command() + ": " + MalformedLineException.sample(m.raw()));
        } else {
            out.event(event);
        }
    }

    private static MessageDeleted clearMessage(ChannelSpec spec, IrcMessage m, Instant receivedAt) {
        String target = m.tagOr("target-msg-id", "");
        if (target.isEmpty()) {
            return null;
        }
        return new MessageDeleted(
                Platform.TWITCH,
                spec.ref().channel(),
                spec.stream(),
                target,
                m.tagOr("login", ""),
                MessageFields.sentAt(m, receivedAt));
    }

    /** No user: the whole chat was cleared; a user with ban-duration: timeout; without: ban. */
    private static ChatEvent clearChat(ChannelSpec spec, IrcMessage m, Instant receivedAt) {
        Instant at = MessageFields.sentAt(m, receivedAt);
        String user = m.paramCount() >= 2 ? m.param(1).trim() : "";
        String userId = m.tagOr("target-user-id", "");
        if (user.isEmpty() && userId.isEmpty()) {
            return new ChatCleared(Platform.TWITCH, spec.ref().channel(), spec.stream(), at);
        }
        return new UserBanned(
                Platform.TWITCH,
                spec.ref().channel(),
                spec.stream(),
                userId,
                user,
                m.tagLong("ban-duration", 0),
                "",
                at);
    }

    /** Whether this line is one the mapper handles (so the client hands it over). */
    public static boolean isChatLine(IrcMessage m) {
        return m.isCommand("PRIVMSG")
                || m.isCommand("USERNOTICE")
                || m.isCommand("CLEARMSG")
                || m.isCommand("CLEARCHAT");
    }
}
