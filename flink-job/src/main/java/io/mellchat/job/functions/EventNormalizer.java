package io.mellchat.job.functions;

import io.mellchat.model.Badge;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.ReplyParent;
import io.mellchat.model.UserBanned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;

/**
 * Makes events safe to store: text that PostgreSQL cannot hold (NUL characters, unpaired
 * surrogates) becomes U+FFFD, and identifiers are cut to their column sizes. Message text keeps its
 * length (the sources already skip oversized input). Every change is counted.
 */
public final class EventNormalizer extends RichMapFunction<ChatEvent, ChatEvent> {
    private static final long serialVersionUID = 1L;

    private transient Counter repaired;

    @Override
    public void open(OpenContext context) {
        repaired = getRuntimeContext().getMetricGroup().counter("mellchat_normalizer_repaired");
    }

    @Override
    public ChatEvent map(ChatEvent e) {
        ChatEvent out = normalize(e);
        if (out != e && repaired != null) {
            repaired.inc();
        }
        return out;
    }

    /** The event with safe text, or the same instance when nothing needed repair. */
    public static ChatEvent normalize(ChatEvent e) {
        if (e instanceof ChatMessage) {
            return message((ChatMessage) e);
        } else if (e instanceof MessageDeleted) {
            MessageDeleted d = (MessageDeleted) e;
            String id = cut(d.platformMessageId(), 200);
            String user = cut(d.username(), 100);
            return same(id, d.platformMessageId()) && same(user, d.username())
                    ? d
                    : new MessageDeleted(
                            d.platform(), d.channel(), d.stream(), id, user, d.timestamp());
        } else if (e instanceof UserBanned) {
            UserBanned b = (UserBanned) e;
            String uid = cut(b.userId(), 100);
            String user = cut(b.username(), 100);
            String reason = text(b.reason());
            return same(uid, b.userId()) && same(user, b.username()) && same(reason, b.reason())
                    ? b
                    : new UserBanned(
                            b.platform(),
                            b.channel(),
                            b.stream(),
                            uid,
                            user,
                            b.durationSeconds(),
                            reason,
                            b.timestamp());
        } else if (e instanceof ChannelStatusChanged) {
            ChannelStatusChanged s = (ChannelStatusChanged) e;
            String detail = text(s.detail());
            return same(detail, s.detail())
                    ? s
                    : new ChannelStatusChanged(
                            s.platform(),
                            s.channel(),
                            s.stream(),
                            s.status(),
                            detail,
                            s.origin(),
                            s.timestamp());
        }
        return e;
    }

    private static ChatMessage message(ChatMessage m) {
        boolean changed = false;
        ChatMessage.Builder b = m.toBuilder();
        String v;
        if (!same(v = cut(m.platformMessageId(), 200), m.platformMessageId())) {
            b.platformMessageId(v).id(null);
            changed = true;
        }
        if (!same(v = cut(m.userId(), 100), m.userId())) {
            b.userId(v);
            changed = true;
        }
        if (!same(v = cut(m.username(), 100), m.username())) {
            b.username(v);
            changed = true;
        }
        if (!same(v = cut(m.displayName(), 200), m.displayName())) {
            b.displayName(v);
            changed = true;
        }
        if (!same(v = text(m.message()), m.message())) {
            b.message(v);
            changed = true;
        }
        if (m.replyTo() != null && !same(v = cut(m.replyTo(), 200), m.replyTo())) {
            b.replyTo(v);
            changed = true;
        }
        if (!same(v = cut(m.color(), 20), m.color())) {
            b.color(v);
            changed = true;
        }
        ReplyParent rp = m.replyParent();
        if (rp != null) {
            ReplyParent clean =
                    new ReplyParent(
                            text(rp.userId()),
                            text(rp.username()),
                            text(rp.displayName()),
                            text(rp.message()));
            if (!clean.equals(rp)) {
                b.replyParent(clean);
                changed = true;
            }
        }
        List<Badge> badges = new ArrayList<>(m.badges().size());
        for (Badge badge : m.badges()) {
            badges.add(new Badge(text(badge.type()), text(badge.version()), badge.count()));
        }
        if (!badges.equals(m.badges())) {
            b.badges(badges);
            changed = true;
        }
        List<Emote> emotes = new ArrayList<>(m.emotes().size());
        int length = (changed ? b.build() : m).message().length();
        for (Emote em : m.emotes()) {
            if (em.end() <= length) {
                emotes.add(
                        new Emote(
                                text(em.id()),
                                text(em.name()),
                                em.start(),
                                em.end(),
                                text(em.url())));
            }
        }
        if (!emotes.equals(m.emotes())) {
            b.emotes(emotes);
            changed = true;
        }
        if (!m.meta().isEmpty()) {
            Map<String, String> meta = new HashMap<>();
            m.meta().forEach((k, val) -> meta.put(text(k), text(val)));
            if (!meta.equals(m.meta())) {
                b.meta(meta);
                changed = true;
            }
        }
        return changed ? b.build() : m;
    }

    private static boolean same(String a, String b) {
        return a == b;
    }

    /** Cuts to a column size (in characters, never splitting a surrogate pair) after repairing. */
    static String cut(String s, int max) {
        String t = text(s);
        if (t.length() <= max) {
            return t;
        }
        int end = Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max;
        return t.substring(0, end);
    }

    /** Replaces NUL and unpaired surrogates with U+FFFD; returns the same instance if clean. */
    static String text(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0 || Character.isSurrogate(c)) {
                if (c != 0
                        && Character.isHighSurrogate(c)
                        && i + 1 < n
                        && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return repair(s);
            }
        }
        return s;
    }

    private static String repair(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                sb.append('\uFFFD');
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < n
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
