package io.mellchat.connectors.youtube.client;

import static io.mellchat.connectors.youtube.client.Fixtures.base;
import static io.mellchat.connectors.youtube.client.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.model.Amount;
import io.mellchat.model.Badge;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.MessageKind;
import io.mellchat.model.Platform;
import io.mellchat.model.UserBanned;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataApiParserTest {
    private final Fixtures.Skips skips = new Fixtures.Skips();
    private final DataApiParser parser = new DataApiParser(skips, 1_000);

    private List<ChatItem> parse(String... itemsJson) {
        ArrayNode a = Fixtures.JSON.createArrayNode();
        for (String s : itemsJson) {
            a.add(json(s));
        }
        return parser.parse(a, base());
    }

    @Test
    void mapsTheRealTextMessage() {
        List<ChatItem> items = parse("api-text-message.json");

        ChatMessage m = (ChatMessage) items.get(0).event();
        assertThat(m.platform()).isEqualTo(Platform.YOUTUBE);
        assertThat(m.channel()).isEqualTo("dQw4w9WgXcQ");
        assertThat(m.stream()).isEqualTo("show");
        assertThat(m.platformMessageId()).startsWith("LCC.CjgKDQoLRDlmcUZkdjVFTm8qJ");
        assertThat(items.get(0).key()).isEqualTo(m.platformMessageId());
        assertThat(m.username()).isEqualTo("UCrjdRCm0gGcdrYtl8z66t6g");
        assertThat(m.userId()).isEqualTo("UCrjdRCm0gGcdrYtl8z66t6g");
        assertThat(m.displayName()).isEqualTo("Mr Perfect");
        assertThat(m.message()).isEqualTo("kitni hai");
        assertThat(m.kind()).isEqualTo(MessageKind.CHAT);
        assertThat(m.timestamp()).isEqualTo(Instant.parse("2023-05-25T20:08:08.479833Z"));
        assertThat(m.receivedAt()).isEqualTo(Fixtures.RECEIVED);
        assertThat(m.badges()).isEmpty();
        assertThat(m.amount()).isNull();
    }

    @Test
    void mapsTheRealSuperChatWithAmountAndModeratorBadge() {
        ChatMessage m = (ChatMessage) parse("api-super-chat.json").get(0).event();

        assertThat(m.kind()).isEqualTo(MessageKind.PAID);
        assertThat(m.amount()).isEqualTo(Amount.of("2", "EUR"));
        assertThat(m.message()).isEqualTo("test");
        assertThat(m.displayName()).isEqualTo("Brian Lough");
        assertThat(m.badges()).containsExactly(Badge.of("moderator"));
        assertThat(m.meta()).containsEntry("tier", "2").containsEntry("amount_text", "€2.00");
    }

    @Test
    void mapsDeletionToTheDeletedMessageAndBanToTheBannedUserNotTheModerator() {
        List<ChatItem> items = parser.parse(Fixtures.lines("api-deleted-and-banned.jsonl"), base());

        MessageDeleted d = (MessageDeleted) items.get(0).event();
        assertThat(d.platformMessageId()).isEqualTo("LCC.y");
        assertThat(d.username()).isEmpty();
        assertThat(d.timestamp()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        UserBanned b = (UserBanned) items.get(1).event();
        assertThat(b.username()).isEqualTo("UC_BANNED");
        assertThat(b.userId()).isEqualTo("UC_BANNED");
        assertThat(b.durationSeconds()).isEqualTo(300);
        assertThat(b.reason()).isEqualTo("X has been put in timeout");
    }

    @Test
    void permanentBanHasNoDuration() {
        String ban =
                Fixtures.lines("api-deleted-and-banned.jsonl")
                        .get(1)
                        .toString()
                        .replace("\"temporary\"", "\"permanent\"")
                        .replace(",\"banDurationSeconds\":\"300\"", "");
        assertThat(((UserBanned) parse(ban).get(0).event()).permanent()).isTrue();
    }

    @Test
    void superChatWithoutCommentShowsTheDisplayMessage() {
        ObjectNode item = (ObjectNode) json("api-super-chat.json");
        ((ObjectNode) item.path("snippet").path("superChatDetails")).put("userComment", "");

        ChatMessage m = (ChatMessage) parse(item.toString()).get(0).event();
        assertThat(m.message()).isEqualTo("€2.00 from Brian Lough: \"test\"");
        assertThat(m.amount()).isEqualTo(Amount.of("2.00", "EUR"));
    }

    @Test
    void mapsStickersMembershipsMilestonesGiftsAndRetractions() {
        String base =
                "{\"id\":\"%s\",\"snippet\":{\"type\":\"%s\",\"publishedAt\":\"2024-01-01T10:00:00.5Z\","
                        + "\"displayMessage\":\"shown\",%s},\"authorDetails\":{\"channelId\":\"UCa\",\"displayName\":\"A\","
                        + "\"isChatSponsor\":true,\"isChatOwner\":true,\"isVerified\":true}}";
        List<ChatItem> items =
                parse(
                        base.formatted(
                                "s1",
                                "superStickerEvent",
                                "\"superStickerDetails\":{\"amountMicros\":\"1990000\","
                                        + "\"currency\":\"USD\",\"superStickerMetadata\":{\"stickerId\":\"st\",\"altText\":\"A dancing cat\"}}"),
                        base.formatted(
                                "m1",
                                "newSponsorEvent",
                                "\"newSponsorDetails\":{\"memberLevelName\":\"Gold\"}"),
                        base.formatted(
                                "m2",
                                "memberMilestoneChatEvent",
                                "\"memberMilestoneChatDetails\":{\"memberMonth\":7,\"userComment\":\"7 months!\"}"),
                        base.formatted(
                                "g1",
                                "membershipGiftingEvent",
                                "\"membershipGiftingDetails\":{\"giftMembershipsCount\":5}"),
                        base.formatted(
                                "g2",
                                "giftMembershipReceivedEvent",
                                "\"giftMembershipReceivedDetails\":{\"gifterChannelId\":\"UCg\"}"),
                        base.formatted(
                                "r1",
                                "messageRetractedEvent",
                                "\"messageRetractedDetails\":{\"retractedMessageId\":\"LCC.old\"}"),
                        base.formatted("o1", "sponsorOnlyModeStartedEvent", "\"x\":1"));

        ChatMessage sticker = (ChatMessage) items.get(0).event();
        assertThat(sticker.kind()).isEqualTo(MessageKind.PAID);
        assertThat(sticker.amount()).isEqualTo(Amount.of("1.99", "USD"));
        assertThat(sticker.message()).isEqualTo("A dancing cat");
        assertThat(sticker.meta()).containsEntry("sticker_id", "st");
        assertThat(sticker.badges())
                .extracting(Badge::type)
                .containsExactly("owner", "member", "verified");
        assertThat(sticker.timestamp()).isEqualTo(Instant.parse("2024-01-01T10:00:00.5Z"));
        ChatMessage member = (ChatMessage) items.get(1).event();
        assertThat(member.kind()).isEqualTo(MessageKind.SUBSCRIPTION);
        assertThat(member.message()).isEqualTo("shown");
        assertThat(member.meta())
                .containsEntry("membership", "new")
                .containsEntry("member_level", "Gold");
        ChatMessage milestone = (ChatMessage) items.get(2).event();
        assertThat(milestone.message()).isEqualTo("7 months!");
        assertThat(milestone.meta()).containsEntry("months", "7");
        assertThat(((ChatMessage) items.get(3).event()).meta()).containsEntry("gift_count", "5");
        assertThat(((ChatMessage) items.get(4).event()).meta()).containsEntry("gifter", "UCg");
        MessageDeleted retracted = (MessageDeleted) items.get(5).event();
        assertThat(retracted.platformMessageId()).isEqualTo("LCC.old");
        assertThat(retracted.username()).isEqualTo("UCa");
        assertThat(((ChatMessage) items.get(6).event()).kind()).isEqualTo(MessageKind.SYSTEM);
    }

    @Test
    void countsAndSkipsUnknownTombstonePollMalformedAndOversizedItems() {
        String text = Fixtures.text("api-text-message.json");
        List<ChatItem> items =
                parse(
                        "{\"id\":\"a\",\"snippet\":{\"type\":\"hologramEvent\"}}",
                        "{\"id\":\"b\",\"snippet\":{\"type\":\"tombstone\"}}",
                        "{\"id\":\"c\",\"snippet\":{\"type\":\"pollEvent\"}}",
                        "{\"snippet\":{\"type\":\"textMessageEvent\"}}",
                        "{\"id\":\"d\",\"snippet\":{\"type\":\"messageDeletedEvent\"}}",
                        "{\"id\":\"e\",\"snippet\":{\"type\":\"userBannedEvent\"}}",
                        text.replace("\"kitni hai\" }", "\"" + "x".repeat(1_001) + "\" }"),
                        "{\"id\":\"end\",\"snippet\":{\"type\":\"chatEndedEvent\"}}",
                        text);

        assertThat(items).hasSize(1);
        assertThat(((ChatMessage) items.get(0).event()).message()).isEqualTo("kitni hai");
        assertThat(skips.counts)
                .containsEntry("unknown_type", 1)
                .containsEntry("tombstone", 1)
                .containsEntry("poll", 1)
                .containsEntry("malformed_item", 3)
                .containsEntry("too_long", 1);
    }

    @Test
    void badTimestampFallsBackToReceiveTime() {
        String text =
                Fixtures.text("api-text-message.json")
                        .replace("2023-05-25T20:08:08.479833+00:00", "yesterday");
        assertThat(parse(text).get(0).event().timestamp()).isEqualTo(Fixtures.RECEIVED);
    }

    @Test
    void recognisesChatEnd() {
        assertThat(DataApiParser.isChatEnd(json("{\"snippet\":{\"type\":\"chatEndedEvent\"}}")))
                .isTrue();
        assertThat(DataApiParser.isChatEnd(json("api-text-message.json"))).isFalse();
    }
}
