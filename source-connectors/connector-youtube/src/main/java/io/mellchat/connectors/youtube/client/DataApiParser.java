package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the Data API's {@code liveChatMessage} resources to model events. Kinds: text → {@code
 * chat}; Super Chat, Super Sticker, fan funding → {@code paid} with the amount; new members,
 * milestones, gifts → {@code subscription}; members-only mode → {@code system}; deletions and
 * retractions → {@code MessageDeleted}; bans → {@code UserBanned}. Tombstones, polls and unknown
 * types are counted and skipped; {@code chatEndedEvent} is the client's business.
 */
final class DataApiParser {
    static final String CHAT_ENDED = "chatEndedEvent";

    private final SkipCounter skips;
    private final int maxChars;

    DataApiParser(SkipCounter skips, int maxChars) {
        this.skips = skips;
        this.maxChars = maxChars;
    }

    /** The items of a page, in order; bad items are counted and left out. */
    List<ChatItem> parse(JsonNode items, EventBase base) {
        List<ChatItem> out = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            try {
                parseItem(item, base).ifPresent(out::add);
            } catch (RuntimeException e) {
                skips.skipped("malformed_item", e + ": " + item);
            }
        }
        return out;
    }

    static boolean isChatEnd(JsonNode item) {
        return CHAT_ENDED.equals(item.path("snippet").path("type").asText());
    }

    Optional<ChatItem> parseItem(JsonNode item, EventBase base) {
        String id = item.path("id").asText("");
        JsonNode sn = item.path("snippet");
        String type = sn.path("type").asText("");
        if (id.isEmpty() || type.isEmpty()) {
            skips.skipped("malformed_item", "no id or type: " + item);
            return Optional.empty();
        }
        Instant at = time(sn.path("publishedAt").asText(""), base.receivedAt());
        String display = sn.path("displayMessage").asText("");
        switch (type) {
            case "textMessageEvent":
                return message(
                        item,
                        base,
                        at,
                        MessageKind.CHAT,
                        or(sn.path("textMessageDetails").path("messageText").asText(""), display),
                        Map.of());
            case "superChatEvent":
            case "fanFundingEvent":
                return paid(
                        item,
                        base,
                        at,
                        type.equals("superChatEvent")
                                ? sn.path("superChatDetails")
                                : sn.path("fanFundingEventDetails"),
                        null);
            case "superStickerEvent":
                return paid(
                        item,
                        base,
                        at,
                        sn.path("superStickerDetails"),
                        sn.path("superStickerDetails").path("superStickerMetadata"));
            case "newSponsorEvent":
                return message(
                        item,
                        base,
                        at,
                        MessageKind.SUBSCRIPTION,
                        display,
                        meta(
                                "membership",
                                "new",
                                "member_level",
                                sn.path("newSponsorDetails").path("memberLevelName").asText(""),
                                "upgrade",
                                sn.path("newSponsorDetails").path("isUpgrade").asText("")));
            case "memberMilestoneChatEvent":
                {
                    JsonNode d = sn.path("memberMilestoneChatDetails");
                    return message(
                            item,
                            base,
                            at,
                            MessageKind.SUBSCRIPTION,
                            or(d.path("userComment").asText(""), display),
                            meta(
                                    "membership",
                                    "milestone",
                                    "member_level",
                                    d.path("memberLevelName").asText(""),
                                    "months",
                                    d.path("memberMonth").asText("")));
                }
            case "membershipGiftingEvent":
                {
                    JsonNode d = sn.path("membershipGiftingDetails");
                    return message(
                            item,
                            base,
                            at,
                            MessageKind.SUBSCRIPTION,
                            display,
                            meta(
                                    "membership",
                                    "gift",
                                    "gift_count",
                                    d.path("giftMembershipsCount").asText(""),
                                    "member_level",
                                    d.path("giftMembershipsLevelName").asText("")));
                }
            case "giftMembershipReceivedEvent":
                {
                    JsonNode d = sn.path("giftMembershipReceivedDetails");
                    return message(
                            item,
                            base,
                            at,
                            MessageKind.SUBSCRIPTION,
                            display,
                            meta(
                                    "membership",
                                    "gift_received",
                                    "gifter",
                                    d.path("gifterChannelId").asText(""),
                                    "member_level",
                                    d.path("memberLevelName").asText("")));
                }
            case "sponsorOnlyModeStartedEvent":
            case "sponsorOnlyModeEndedEvent":
                return message(item, base, at, MessageKind.SYSTEM, display, Map.of());
            case "messageDeletedEvent":
                return target(sn.path("messageDeletedDetails").path("deletedMessageId"))
                        .map(t -> new ChatItem(id, base.deleted(t, "", at)));
            case "messageRetractedEvent":
                return target(sn.path("messageRetractedDetails").path("retractedMessageId"))
                        .map(t -> new ChatItem(id, base.deleted(t, authorId(item), at)));
            case "userBannedEvent":
                return banned(id, sn, base, at);
            case "tombstone":
                skips.skipped("tombstone", id);
                return Optional.empty();
            case "pollEvent":
                skips.skipped("poll", id);
                return Optional.empty();
            case CHAT_ENDED:
                return Optional.empty();
            default:
                skips.skipped("unknown_type", type + ": " + item);
                return Optional.empty();
        }
    }

    private Optional<ChatItem> message(
            JsonNode item,
            EventBase base,
            Instant at,
            MessageKind kind,
            String text,
            Map<String, String> meta) {
        if (text.length() > maxChars) {
            skips.skipped("too_long", text.length() + " chars in " + item.path("id").asText());
            return Optional.empty();
        }
        JsonNode author = item.path("authorDetails");
        ChatMessage m =
                base.message(
                                item.path("id").asText(),
                                authorId(item),
                                author.path("displayName").asText(""),
                                at)
                        .kind(kind)
                        .message(text)
                        .badges(Badges.ofAuthorDetails(author))
                        .meta(meta)
                        .build();
        return Optional.of(new ChatItem(m.platformMessageId(), m));
    }

    private Optional<ChatItem> paid(
            JsonNode item, EventBase base, Instant at, JsonNode details, JsonNode sticker) {
        JsonNode sn = item.path("snippet");
        String own =
                sticker != null
                        ? sticker.path("altText").asText("")
                        : details.path("userComment").asText("");
        String text = or(own, sn.path("displayMessage").asText(""));
        Map<String, String> meta = new HashMap<>();
        meta.put("tier", details.path("tier").asText(""));
        meta.put("amount_text", details.path("amountDisplayString").asText(""));
        if (sticker != null) {
            meta.put("sticker_id", sticker.path("stickerId").asText(""));
        }
        meta.values().removeIf(String::isEmpty);
        return message(item, base, at, MessageKind.PAID, text, meta)
                .map(
                        ci ->
                                new ChatItem(
                                        ci.key(),
                                        ((ChatMessage) ci.event())
                                                .toBuilder()
                                                        .amount(
                                                                Money.ofMicros(
                                                                                details.path(
                                                                                                "amountMicros")
                                                                                        .asText(""),
                                                                                details.path(
                                                                                                "currency")
                                                                                        .asText(""))
                                                                        .orElse(null))
                                                        .build()));
    }

    private Optional<ChatItem> banned(String id, JsonNode sn, EventBase base, Instant at) {
        JsonNode d = sn.path("userBannedDetails");
        String user = d.path("bannedUserDetails").path("channelId").asText("");
        if (user.isEmpty()) {
            skips.skipped("malformed_item", "ban without a user: " + sn);
            return Optional.empty();
        }
        long seconds =
                "temporary".equalsIgnoreCase(d.path("banType").asText(""))
                        ? Math.max(1, d.path("banDurationSeconds").asLong(0))
                        : 0;
        return Optional.of(
                new ChatItem(
                        id, base.banned(user, seconds, sn.path("displayMessage").asText(""), at)));
    }

    private Optional<String> target(JsonNode id) {
        String t = id.asText("");
        if (t.isEmpty()) {
            skips.skipped("malformed_item", "deletion without a target");
            return Optional.empty();
        }
        return Optional.of(t);
    }

    private static String authorId(JsonNode item) {
        return item.path("authorDetails")
                .path("channelId")
                .asText(item.path("snippet").path("authorChannelId").asText(""));
    }

    /** {@code a}, or {@code b} when {@code a} is empty. */
    static String or(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static Map<String, String> meta(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (!kv[i + 1].isEmpty()) {
                m.put(kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    /** RFC 3339 with an offset ({@code 2023-05-25T20:08:08.479833+00:00}); else the fallback. */
    static Instant time(String text, Instant fallback) {
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
