package io.mellchat.connectors.youtube.client;

import static io.mellchat.connectors.youtube.client.Fixtures.base;
import static io.mellchat.connectors.youtube.client.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.mellchat.model.Amount;
import io.mellchat.model.Badge;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.MessageKind;
import io.mellchat.model.UserBanned;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InnerTubeParserTest {
    private final Fixtures.Skips skips = new Fixtures.Skips();
    private final InnerTubeParser parser = new InnerTubeParser(skips, 1_000);

    private List<ChatItem> parse(String... actions) {
        ArrayNode a = Fixtures.JSON.createArrayNode();
        for (String s : actions) {
            a.add(json(s));
        }
        return parser.parse(a, base());
    }

    @Test
    void readsPytchatsContinuationAndTextMessage() {
        JsonNode chat =
                json("web-pytchat-textmessage.json")
                        .path("continuationContents")
                        .path("liveChatContinuation");
        LiveChatPage page = LiveChatPage.of(chat).orElseThrow();
        assertThat(page.continuation()).isEqualTo("___continuation___");
        assertThat(page.timeoutMs()).isEqualTo(10_000);
        assertThat(page.live()).isTrue();

        ChatMessage m = (ChatMessage) parser.parse(page.actions(), base()).get(0).event();
        assertThat(m.platformMessageId()).isEqualTo("dummy_id");
        assertThat(m.message()).isEqualTo("dummy_message");
        assertThat(m.username()).isEqualTo("author_channel_id");
        assertThat(m.displayName()).isEqualTo("author_name");
        // timestampUsec as a JSON number
        assertThat(m.timestamp()).isEqualTo(Instant.ofEpochSecond(1_570_678_496));
    }

    @Test
    void mapsTheRealChatDownloaderActions() {
        List<ChatItem> items = parser.parse(Fixtures.lines("web-actions.jsonl"), base());

        ChatMessage text = (ChatMessage) items.get(0).event();
        assertThat(text.message()).isEqualTo("Consistency Level ASL ❤️");
        assertThat(text.username()).isEqualTo("UCoVFvNv-7cuHNC9v_XKEXhA");
        assertThat(text.displayName()).isEqualTo("Naruto Uzumaki");
        assertThat(text.timestamp()).isEqualTo(Instant.parse("2020-12-16T11:42:51.079695Z"));

        ChatMessage paid = (ChatMessage) items.get(1).event();
        assertThat(paid.kind()).isEqualTo(MessageKind.PAID);
        assertThat(paid.amount()).isEqualTo(Amount.of("800", "JPY"));
        assertThat(paid.message()).isEqualTo("dummy_message");

        MessageDeleted deleted = (MessageDeleted) items.get(2).event();
        assertThat(deleted.platformMessageId())
                .startsWith("CkUKGkNNV3k0WUcyMHUwQ0ZZa3NyUVlkRlYwUHpR");
        assertThat(items.get(2).key()).isEqualTo("deleted:" + deleted.platformMessageId());

        UserBanned banned = (UserBanned) items.get(3).event();
        assertThat(banned.username()).isEqualTo("UCunTx7KcIG50KLggQdd5JEQ");
        assertThat(banned.reason()).isEqualTo("[message deleted]");

        // the placeholder replacement is skipped, not modelled
        ChatMessage member = (ChatMessage) items.get(4).event();
        assertThat(member.kind()).isEqualTo(MessageKind.SUBSCRIPTION);
        assertThat(member.message()).isEqualTo("New member");
        assertThat(member.badges()).containsExactly(new Badge("member", "New member", 0));
        assertThat(member.meta()).containsEntry("membership", "new");
        assertThat(items).hasSize(5);
        assertThat(skips.counts).containsEntry("placeholder", 1);
    }

    @Test
    void emojiRunsBecomeTheirGlyphOrShortcutWithEmoteRangesInUtf16() {
        String action =
                """
                {"addChatItemAction":{"item":{"liveChatTextMessageRenderer":{"id":"e1","timestampUsec":"1",
                 "authorExternalChannelId":"UCx","authorName":{"simpleText":"X"},
                 "message":{"runs":[{"text":"𝕙𝕚 "},
                   {"emoji":{"emojiId":"😀","shortcuts":[":grinning:"],"image":{"thumbnails":[{"url":"u"}]}}},
                   {"text":" "},
                   {"emoji":{"emojiId":"UCkszU2WH9gy1mb0dV-11UJg/CIW60IPp_dYCFcuqTgodEu4IlQ","shortcuts":[":_wave:"],
                     "searchTerms":["wave"],"isCustomEmoji":true,
                     "image":{"thumbnails":[{"url":"https://yt3.example/s24","width":24,"height":24},
                                            {"url":"https://yt3.example/s48","width":48,"height":48}]}}},
                   {"text":"!","navigationEndpoint":{"urlEndpoint":{"url":"https://x"}}}]},
                 "authorBadges":[{"liveChatAuthorBadgeRenderer":{"icon":{"iconType":"OWNER"}}},
                   {"liveChatAuthorBadgeRenderer":{"icon":{"iconType":"MODERATOR"}}},
                   {"liveChatAuthorBadgeRenderer":{"customThumbnail":{"thumbnails":[]},"tooltip":"Member (2 years)"}},
                   {"liveChatAuthorBadgeRenderer":{"icon":{"iconType":"VERIFIED"}}}]}}}}
                """;

        ChatMessage m = (ChatMessage) parse(action).get(0).event();
        assertThat(m.message()).isEqualTo("𝕙𝕚 😀 :_wave:!");
        assertThat(m.emotes()).hasSize(1);
        Emote wave = m.emotes().get(0);
        assertThat(m.message().substring(wave.start(), wave.end())).isEqualTo(":_wave:");
        assertThat(wave.start())
                .isEqualTo(8); // two surrogate pairs, a space, a surrogate pair, a space
        assertThat(wave.url()).isEqualTo("https://yt3.example/s48");
        assertThat(wave.id()).startsWith("UCkszU2WH9gy1mb0dV-11UJg/");
        assertThat(m.badges())
                .extracting(Badge::type)
                .containsExactly("owner", "moderator", "member", "verified");
        assertThat(m.badges().get(2).count()).isEqualTo(24);
        assertThat(m.timestamp()).isEqualTo(Instant.EPOCH.plusNanos(1_000));
    }

    @Test
    void mapsStickerGiftsMilestonesModeChangesAndHeldMessages() {
        List<ChatItem> items =
                parse(
                        """
                {"addChatItemAction":{"item":{"liveChatPaidStickerRenderer":{"id":"s1","timestampUsec":"1608118971079695",
                 "authorExternalChannelId":"UCs","authorName":{"simpleText":"S"},"purchaseAmountText":{"simpleText":"CA$1,234.50"},
                 "sticker":{"thumbnails":[{"url":"https://sticker","width":80,"height":80}],
                   "accessibility":{"accessibilityData":{"label":"Cat dancing"}}}}}}}
                """,
                        """
                {"addChatItemAction":{"item":{"liveChatSponsorshipsGiftPurchaseAnnouncementRenderer":{"id":"g1",
                 "timestampUsec":"1608118971079695","authorExternalChannelId":"UCg",
                 "header":{"liveChatSponsorshipsHeaderRenderer":{"authorName":{"simpleText":"Gifter"},
                   "primaryText":{"runs":[{"text":"Gifted "},{"text":"5"},{"text":" Channel memberships"}]}}}}}}}
                """,
                        """
                {"addChatItemAction":{"item":{"liveChatSponsorshipsGiftRedemptionAnnouncementRenderer":{"id":"g2",
                 "timestampUsec":"1608118971079695","authorExternalChannelId":"UCr","authorName":{"simpleText":"R"},
                 "message":{"runs":[{"text":"received a gift membership by "},{"text":"Gifter"}]}}}}}
                """,
                        """
                {"addChatItemAction":{"item":{"liveChatMembershipItemRenderer":{"id":"m1","timestampUsec":"1608118971079695",
                 "authorExternalChannelId":"UCm","authorName":{"simpleText":"M"},
                 "headerPrimaryText":{"runs":[{"text":"Member for "},{"text":"6"},{"text":" months"}]},
                 "headerSubtext":{"simpleText":"Gold"},"message":{"runs":[{"text":"half a year!"}]}}}}}
                """,
                        """
                {"addChatItemAction":{"item":{"liveChatModeChangeMessageRenderer":{"id":"mc","timestampUsec":"1608118971079695",
                 "icon":{"iconType":"SLOW_MODE"},"text":{"runs":[{"text":"Slow mode is on"}]},
                 "subtext":{"runs":[{"text":"Send a message every "},{"text":"60 seconds"}]}}}}}
                """,
                        """
                {"replaceChatItemAction":{"targetItemId":"h1","replacementItem":{"liveChatTextMessageRenderer":{"id":"h1",
                 "timestampUsec":"1608118971079695","authorExternalChannelId":"UCh","authorName":{"simpleText":"H"},
                 "message":{"runs":[{"text":"released"}]}}}}}
                """);

        ChatMessage sticker = (ChatMessage) items.get(0).event();
        assertThat(sticker.kind()).isEqualTo(MessageKind.PAID);
        assertThat(sticker.amount()).isEqualTo(Amount.of("1234.5", "CAD"));
        assertThat(sticker.message()).isEqualTo("Cat dancing");
        assertThat(sticker.emotes())
                .containsExactly(new Emote("sticker", "Cat dancing", 0, 11, "https://sticker"));
        ChatMessage gift = (ChatMessage) items.get(1).event();
        assertThat(gift.displayName()).isEqualTo("Gifter");
        assertThat(gift.message()).isEqualTo("Gifted 5 Channel memberships");
        assertThat(gift.meta())
                .containsEntry("membership", "gift")
                .containsEntry("gift_count", "5");
        assertThat(((ChatMessage) items.get(2).event()).meta())
                .containsEntry("membership", "gift_received");
        ChatMessage milestone = (ChatMessage) items.get(3).event();
        assertThat(milestone.message()).isEqualTo("half a year!");
        assertThat(milestone.meta())
                .containsEntry("membership", "milestone")
                .containsEntry("months", "6")
                .containsEntry("member_level", "Gold");
        ChatMessage mode = (ChatMessage) items.get(4).event();
        assertThat(mode.kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(mode.message()).isEqualTo("Slow mode is on. Send a message every 60 seconds");
        assertThat(mode.username()).isEqualTo(EventBase.SYSTEM_AUTHOR);
        assertThat(((ChatMessage) items.get(5).event()).message()).isEqualTo("released");
    }

    @Test
    void countsAndSkipsTickersBannersPollsUnknownAndBrokenActions() {
        List<ChatItem> items =
                parse(
                        "{\"addLiveChatTickerItemAction\":{\"item\":{}}}",
                        "{\"addBannerToLiveChatCommand\":{}}",
                        "{\"updateLiveChatPollAction\":{}}",
                        "{\"somethingNewAction\":{}}",
                        "{\"addChatItemAction\":{\"item\":{\"liveChatViewerEngagementMessageRenderer\":{\"id\":\"w\"}}}}",
                        "{\"addChatItemAction\":{\"item\":{\"liveChatFutureRenderer\":{\"id\":\"f\"}}}}",
                        "{\"addChatItemAction\":{\"item\":{\"liveChatTextMessageRenderer\":{\"message\":{\"runs\":[]}}}}}",
                        "{\"markChatItemAsDeletedAction\":{}}",
                        "{\"markChatItemsByAuthorAsDeletedAction\":{}}",
                        "{\"addChatItemAction\":{\"item\":{\"liveChatTextMessageRenderer\":{\"id\":\"long\",\"message\":{\"runs\":[{\"text\":\""
                                + "y".repeat(1_001)
                                + "\"}]}}}}}",
                        "[]",
                        "{\"replayChatItemAction\":{\"actions\":[{\"addChatItemAction\":{\"item\":{\"liveChatTextMessageRenderer\":"
                                + "{\"id\":\"ok\",\"authorExternalChannelId\":\"UCo\",\"message\":{\"runs\":[{\"text\":\"fine\"}]}}}}}]}}");

        assertThat(Fixtures.events(items))
                .singleElement()
                .satisfies(e -> assertThat(((ChatMessage) e).message()).isEqualTo("fine"));
        assertThat(skips.counts)
                .containsEntry("ticker", 1)
                .containsEntry("banner", 1)
                .containsEntry("poll", 1)
                .containsEntry("unknown_action", 2)
                .containsEntry("engagement_message", 1)
                .containsEntry("unknown_renderer", 1)
                .containsEntry("malformed_action", 3)
                .containsEntry("too_long", 1);
    }

    @Test
    void replayOrMissingContinuationMeansTheChatIsOver() {
        assertThat(
                        LiveChatPage.of(
                                        json(
                                                "{\"continuations\":[{\"liveChatReplayContinuationData\":{\"continuation\":\"r\"}}]}"))
                                .orElseThrow()
                                .live())
                .isFalse();
        assertThat(
                        LiveChatPage.of(
                                        json(
                                                "{\"continuations\":[{\"playerSeekContinuationData\":{}}]}"))
                                .orElseThrow()
                                .live())
                .isFalse();
        assertThat(LiveChatPage.of(json("{\"actions\":[]}")).orElseThrow().live()).isFalse();
        assertThat(
                        LiveChatPage.of(
                                        json(
                                                "{\"continuations\":[{\"timedContinuationData\":{\"timeoutMs\":10000,"
                                                        + "\"continuation\":\"continuation\"}}]}"))
                                .orElseThrow()
                                .continuation())
                .isEqualTo("continuation");
        assertThat(LiveChatPage.of(json("{}").path("missing"))).isEmpty();
    }
}
