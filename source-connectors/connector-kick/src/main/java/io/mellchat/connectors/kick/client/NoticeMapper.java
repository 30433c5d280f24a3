package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.Amount;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chat-visible notices without an id of their own: subscriptions, gifted subscriptions, hosts,
 * Kicks and reward redemptions (ids derived by {@link EventContext#derived()}); and the legacy host
 * event, which has one.
 */
final class NoticeMapper {
    private NoticeMapper() {}

    static KickEvent subscription(EventContext c) {
        String name = PusherCodec.text(c.data(), "username");
        if (name.isEmpty()) {
            return c.bad("needs username");
        }
        int months = c.data().path("months").asInt(1);
        return notice(
                c,
                MessageKind.SUBSCRIPTION,
                name,
                name + " subscribed for " + months + (months == 1 ? " month" : " months"),
                EventContext.meta("months", Integer.toString(months)));
    }

    static KickEvent gifted(EventContext c) {
        String gifter = PusherCodec.text(c.data(), "gifter_username");
        List<String> recipients = new ArrayList<>();
        c.data().path("gifted_usernames").forEach(n -> recipients.add(n.asText()));
        if (gifter.isEmpty()) {
            return c.bad("needs gifter_username");
        }
        int n = recipients.size();
        String text =
                gifter
                        + " gifted "
                        + n
                        + (n == 1 ? " subscription" : " subscriptions")
                        + (n == 0 ? "" : " to " + String.join(", ", recipients));
        return notice(
                c,
                MessageKind.SUBSCRIPTION,
                gifter,
                text,
                EventContext.meta(
                        "gifted_usernames", String.join(",", recipients),
                        "gifter_total", PusherCodec.text(c.data(), "gifter_total")));
    }

    static KickEvent host(EventContext c) {
        String host = PusherCodec.text(c.data(), "host_username");
        if (host.isEmpty()) {
            return c.bad("needs host_username");
        }
        return raid(
                c.derived(),
                host,
                PusherCodec.text(c.data(), "number_viewers"),
                PusherCodec.text(c.data(), "optional_message"));
    }

    static KickEvent legacyHost(EventContext c) {
        JsonNode message = c.data().path("message");
        String host = PusherCodec.text(c.data().path("user"), "username");
        String id = PusherCodec.text(message, "id");
        if (host.isEmpty() || id.isEmpty()) {
            return c.bad("needs message.id and user.username");
        }
        Instant at =
                KickTimestamps.parse(PusherCodec.text(message, "createdAt")).orElse(c.receivedAt());
        return raid(
                c.message(id).timestamp(at),
                host,
                PusherCodec.text(message, "numberOfViewers"),
                PusherCodec.text(message, "optionalMessage"));
    }

    static KickEvent raid(ChatMessage.Builder b, String host, String viewers, String note) {
        String text =
                host
                        + " is hosting with "
                        + (viewers.isEmpty() ? "0" : viewers)
                        + " viewers"
                        + (note.isEmpty() ? "" : ": " + note);
        return new KickEvent.Modelled(
                b.kind(MessageKind.RAID)
                        .username(host.toLowerCase(Locale.ROOT))
                        .displayName(host)
                        .message(text)
                        .meta(EventContext.meta("viewers", viewers))
                        .build());
    }

    static KickEvent kicks(EventContext c) {
        JsonNode sender = c.data().path("sender");
        JsonNode gift = c.data().path("gift");
        String name = PusherCodec.text(sender, "username");
        String amount = PusherCodec.text(gift, "amount");
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            return c.bad("needs sender.username and a numeric gift.amount");
        }
        if (name.isEmpty()) {
            return c.bad("needs sender.username");
        }
        String note = PusherCodec.text(c.data(), "message");
        String giftName = PusherCodec.text(gift, "name");
        return new KickEvent.Modelled(
                c.derived()
                        .kind(MessageKind.PAID)
                        .userId(PusherCodec.text(sender, "id"))
                        .username(name.toLowerCase(Locale.ROOT))
                        .displayName(name)
                        .color(PusherCodec.text(sender, "username_color"))
                        .message(note.isEmpty() ? name + " sent " + giftName : note)
                        .amount(new Amount(value, "kicks"))
                        .meta(
                                EventContext.meta(
                                        "gift_id",
                                        PusherCodec.text(gift, "gift_id"),
                                        "gift_name",
                                        giftName))
                        .build());
    }

    static KickEvent reward(EventContext c) {
        String name = PusherCodec.text(c.data(), "username");
        String title = PusherCodec.text(c.data(), "reward_title");
        if (name.isEmpty() || title.isEmpty()) {
            return c.bad("needs username and reward_title");
        }
        String input = PusherCodec.text(c.data(), "user_input");
        return new KickEvent.Modelled(
                c.derived()
                        .kind(MessageKind.SYSTEM)
                        .userId(PusherCodec.text(c.data(), "user_id"))
                        .username(name.toLowerCase(Locale.ROOT))
                        .displayName(name)
                        .message(
                                name + " redeemed " + title + (input.isEmpty() ? "" : ": " + input))
                        .meta(EventContext.meta("reward", title))
                        .build());
    }

    static KickEvent notice(
            EventContext c, MessageKind kind, String name, String text, Map<String, String> meta) {
        return new KickEvent.Modelled(
                c.derived()
                        .kind(kind)
                        .username(name.toLowerCase(Locale.ROOT))
                        .displayName(name)
                        .message(text)
                        .meta(meta)
                        .build());
    }
}
