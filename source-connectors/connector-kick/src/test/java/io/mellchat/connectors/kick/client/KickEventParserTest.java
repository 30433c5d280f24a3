package io.mellchat.connectors.kick.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.Amount;
import io.mellchat.model.Badge;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.MessageKind;
import io.mellchat.model.Platform;
import io.mellchat.model.ReplyParent;
import io.mellchat.model.UserBanned;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KickEventParserTest {
    private static final ChannelSpec SPEC = ChannelSpec.parse("kick:litney", "show");
    private static final Instant NOW = Instant.parse("2025-07-18T08:11:14Z");
    private final KickEventParser parser = new KickEventParser(64 * 1024);

    private KickEvent parse(String frame) {
        return parser.parseFrame(frame, SPEC, NOW);
    }

    private ChatEvent event(String frame) {
        KickEvent e = parse(frame);
        assertThat(e).isInstanceOf(KickEvent.Modelled.class);
        return ((KickEvent.Modelled) e).event();
    }

    private ChatMessage message(String frame) {
        ChatEvent e = event(frame);
        assertThat(e).isInstanceOf(ChatMessage.class);
        return (ChatMessage) e;
    }

    private static String skipReason(KickEvent e) {
        assertThat(e).isInstanceOf(KickEvent.Skipped.class);
        return ((KickEvent.Skipped) e).reason();
    }

    @Test
    void chatMessageWithEmoteBadgesAndColour() {
        ChatMessage m = message(Frames.load("c6-2-chat-message-emote"));

        assertThat(m.platform()).isEqualTo(Platform.KICK);
        assertThat(m.channel()).isEqualTo("litney");
        assertThat(m.stream()).isEqualTo("show");
        assertThat(m.platformMessageId()).isEqualTo("bbcdbcfd-8619-40c2-a0d0-ae7cf4c7a932");
        assertThat(m.id())
                .isEqualTo(ChatMessage.idFor(Platform.KICK, "litney", m.platformMessageId()));
        assertThat(m.userId()).isEqualTo("3528468");
        assertThat(m.username()).isEqualTo("ohlookitsmax");
        assertThat(m.displayName()).isEqualTo("OhLookItsMax");
        assertThat(m.message()).isEqualTo("litneyspears4Maxon my way to show you love");
        assertThat(m.emotes())
                .containsExactly(
                        new Emote(
                                "3989851",
                                "litneyspears4Max",
                                0,
                                16,
                                "https://files.kick.com/emotes/3989851/fullsize"));
        assertThat(m.timestamp()).isEqualTo(Instant.parse("2025-07-17T08:44:56Z"));
        assertThat(m.receivedAt()).isEqualTo(NOW);
        assertThat(m.kind()).isEqualTo(MessageKind.CHAT);
        assertThat(m.color()).isEqualTo("#FF9D00");
        assertThat(m.badges())
                .containsExactly(new Badge("vip", "", 0), new Badge("subscriber", "", 26));
        assertThat(m.replyTo()).isNull();
    }

    @Test
    void replyCarriesParentIdAuthorAndReadableText() {
        ChatMessage m = message(Frames.load("c6-3-reply"));

        assertThat(m.message())
                .isEqualTo("this is what someone deals with after Litney goes through Deadspace");
        assertThat(m.replyTo()).isEqualTo("91c93aae-23c4-4f62-acae-a3ca5782b8c7");
        assertThat(m.replyParent())
                .isEqualTo(
                        new ReplyParent(
                                "2853400",
                                "justdavid787",
                                "justdavid787",
                                "this is like DeadSpace but weirder KEKLEO"));
        assertThat(m.timestamp()).isEqualTo(Instant.parse("2025-07-19T03:47:45Z"));
    }

    @Test
    void celebrationIsASubscriptionMessage() {
        ChatMessage m = message(Frames.load("c6-4-celebration"));

        assertThat(m.message()).isEqualTo("\ud83c\udf89");
        assertThat(m.kind()).isEqualTo(MessageKind.SUBSCRIPTION);
        assertThat(m.meta())
                .containsEntry("celebration", "subscription_renewed")
                .containsEntry("months", "2");
        assertThat(m.badges())
                .containsExactly(new Badge("founder", "", 0), new Badge("subscriber", "", 2));
        assertThat(m.username()).isEqualTo("jerkpupputo");
    }

    @Test
    void timedBanIsATimeoutUntilExpiresAt() {
        UserBanned b = (UserBanned) event(Frames.load("c6-5-ban-timeout"));

        assertThat(b.userId()).isEqualTo("63349022");
        assertThat(b.username()).isEqualTo("darer123");
        assertThat(b.durationSeconds()).isEqualTo(60);
        assertThat(b.permanent()).isFalse();
        assertThat(b.reason()).isEqualTo("by Vixie_Vu");
        assertThat(b.timestamp()).isEqualTo(NOW);
    }

    @Test
    void oldBanShapeWithoutExpiryIsPermanent() {
        UserBanned b = (UserBanned) event(Frames.load("c6-5-ban-permanent-old"));

        assertThat(b.userId()).isEqualTo("25556531");
        assertThat(b.username()).isEqualTo("johnsonandjohnson1");
        assertThat(b.permanent()).isTrue();
    }

    @Test
    void subscriptionAndGiftsAreSubscriptionMessages() {
        ChatMessage sub = message(Frames.load("c6-6-subscription"));
        assertThat(sub.kind()).isEqualTo(MessageKind.SUBSCRIPTION);
        assertThat(sub.username()).isEqualTo("the_d0ctor");
        assertThat(sub.displayName()).isEqualTo("The_D0ctor");
        assertThat(sub.message()).isEqualTo("The_D0ctor subscribed for 1 month");
        assertThat(sub.timestamp()).isEqualTo(NOW);

        ChatMessage gift = message(Frames.load("c6-6-gifted-subscriptions"));
        assertThat(gift.kind()).isEqualTo(MessageKind.SUBSCRIPTION);
        assertThat(gift.username()).isEqualTo("f1aa");
        assertThat(gift.message()).isEqualTo("F1Aa gifted 1 subscription to rawze");
        assertThat(gift.meta())
                .containsEntry("gifted_usernames", "rawze")
                .containsEntry("gifter_total", "1");
    }

    @Test
    void eventsWithoutIdGetTheSameIdWhateverTheNamespaceOrChannel() {
        String plain = Frames.load("c6-6-gifted-subscriptions");
        String prefixed =
                plain.replace(
                                "\"GiftedSubscriptionsEvent\"",
                                "\"App\\\\Events\\\\GiftedSubscriptionsEvent\"")
                        .replace("chatroom_25951243", "chatrooms.25951243.v2");
        assertThat(prefixed).isNotEqualTo(plain);

        ChatMessage a = message(plain);
        ChatMessage b = message(prefixed);
        ChatMessage nextDay =
                (ChatMessage)
                        ((KickEvent.Modelled)
                                        parser.parseFrame(plain, SPEC, NOW.plusSeconds(86_400)))
                                .event();

        assertThat(b.platformMessageId()).isEqualTo(a.platformMessageId());
        assertThat(nextDay.platformMessageId()).isNotEqualTo(a.platformMessageId());
    }

    @Test
    void channelSubscriptionWithoutNamesIsCountedNotModelled() {
        assertThat(skipReason(parse(Frames.load("c6-6-channel-subscription"))))
                .isEqualTo(SkipReasons.NOT_MODELLED);
    }

    @Test
    void rewardRedemptionIsASystemMessage() {
        ChatMessage m = message(Frames.load("c6-7-reward-redeemed"));

        assertThat(m.kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.userId()).isEqualTo("1502053");
        assertThat(m.username()).isEqualTo("bombg");
        assertThat(m.message()).isEqualTo("Bombg redeemed da bears");
    }

    @Test
    void legacyHostIsARaidWithItsOwnIdAndTime() {
        ChatMessage m = message(Frames.load("c6-7-stream-hosted-legacy"));

        assertThat(m.kind()).isEqualTo(MessageKind.RAID);
        assertThat(m.platformMessageId()).isEqualTo("af4673b8-a06f-4d47-84d2-9fb8c75117e2");
        assertThat(m.displayName()).isEqualTo("ABC");
        assertThat(m.message()).isEqualTo("ABC is hosting with 8 viewers");
        assertThat(m.meta()).containsEntry("viewers", "8");
        assertThat(m.timestamp()).isEqualTo(Instant.parse("2025-08-19T09:37:20.859247Z"));
    }

    @Test
    void messageDeletedNamesTheDeletedMessage() {
        MessageDeleted d = (MessageDeleted) event(Frames.load("c6-8-message-deleted"));

        assertThat(d.platformMessageId()).isEqualTo("m-1");
        assertThat(d.channel()).isEqualTo("litney");
        assertThat(d.stream()).isEqualTo("show");
    }

    @Test
    void hostKicksClearAndStreamState() {
        ChatMessage raid =
                message(
                        frame(
                                "App\\\\Events\\\\StreamHostEvent",
                                "{\"chatroom_id\":1,\"optional_message\":\"hi all\",\"number_viewers\":42,\"host_username\":\"Big_Host\"}"));
        assertThat(raid.kind()).isEqualTo(MessageKind.RAID);
        assertThat(raid.username()).isEqualTo("big_host");
        assertThat(raid.message()).isEqualTo("Big_Host is hosting with 42 viewers: hi all");

        ChatMessage kicks =
                message(
                        frame(
                                "KicksGifted",
                                "{\"message\":\"gg\",\"sender\":{\"id\":9,\"username\":\"Fan\",\"username_color\":\"#00FF00\"},\"gift\":{\"gift_id\":\"rage\",\"name\":\"Rage Quit\",\"amount\":500,\"type\":\"LEVEL_UP\",\"tier\":\"MID\"}}"));
        assertThat(kicks.kind()).isEqualTo(MessageKind.PAID);
        assertThat(kicks.amount()).isEqualTo(Amount.of("500", "kicks"));
        assertThat(kicks.message()).isEqualTo("gg");
        assertThat(kicks.color()).isEqualTo("#00FF00");
        assertThat(kicks.userId()).isEqualTo("9");

        assertThat(event(frame("App\\\\Events\\\\ChatroomClearEvent", "{\"id\":\"x\"}")))
                .isEqualTo(new ChatCleared(Platform.KICK, "litney", "show", NOW));

        KickEvent offline = parse(frame("App\\\\Events\\\\StopStreamBroadcast", "{}"));
        assertThat(offline).isInstanceOf(KickEvent.StatusChange.class);
        assertThat(((KickEvent.StatusChange) offline).status()).isEqualTo(ChannelStatus.OFFLINE);
    }

    @Test
    void knownButUnmodelledEventsAreCounted() {
        for (String name :
                new String[] {
                    "App\\\\Events\\\\UserUnbannedEvent",
                    "App\\\\Events\\\\PinnedMessageCreatedEvent",
                    "App\\\\Events\\\\PinnedMessageDeletedEvent",
                    "App\\\\Events\\\\PollUpdateEvent",
                    "App\\\\Events\\\\ChatroomUpdatedEvent"
                }) {
            assertThat(skipReason(parse(frame(name, "{\"id\":\"1\"}"))))
                    .as(name)
                    .isEqualTo(SkipReasons.NOT_MODELLED);
        }
    }

    @Test
    void unknownEventsAreCountedAndSkipped() {
        assertThat(skipReason(parse(frame("App\\\\Events\\\\BrandNewEvent", "{}"))))
                .isEqualTo(SkipReasons.UNKNOWN_EVENT);
    }

    @Test
    void brokenInputIsSkippedWithAReason() {
        assertThat(skipReason(parse("{\"event\":\"App\\\\Events\\\\ChatMessageEvent\",\"data\":")))
                .isEqualTo(SkipReasons.INVALID_JSON);
        assertThat(
                        skipReason(
                                parse(
                                        "{\"event\":\"App\\\\Events\\\\ChatMessageEvent\",\"data\":\"{oops\"}")))
                .isEqualTo(SkipReasons.INVALID_JSON);
        assertThat(
                        skipReason(
                                parse(
                                        frame(
                                                "App\\\\Events\\\\ChatMessageEvent",
                                                "{\"id\":\"1\",\"content\":\"x\"}"))))
                .isEqualTo(SkipReasons.BAD_EVENT);
        assertThat(
                        skipReason(
                                parse(
                                        "{\"event\":\"App\\\\Events\\\\ChatMessageEvent\",\"data\":\"[1]\"}")))
                .isEqualTo(SkipReasons.BAD_EVENT);
        assertThat(
                        skipReason(
                                parse(
                                        frame(
                                                "App\\\\Events\\\\MessageDeletedEvent",
                                                "{\"id\":\"1\"}"))))
                .isEqualTo(SkipReasons.BAD_EVENT);
        assertThat(
                        skipReason(
                                parse(
                                        frame(
                                                "KicksGifted",
                                                "{\"sender\":{\"username\":\"a\"},\"gift\":{\"amount\":\"lots\"}}"))))
                .isEqualTo(SkipReasons.BAD_EVENT);
    }

    @Test
    void hugeFramesAreSkippedBeforeParsing() {
        String content = "x".repeat(70_000);
        String huge = Frames.load("c6-2-chat-message-emote").replace("on my way", content);

        assertThat(skipReason(parse(huge))).isEqualTo(SkipReasons.OVERSIZE);
        assertThat(new KickEventParser(128 * 1024).parseFrame(huge, SPEC, NOW))
                .isInstanceOf(KickEvent.Modelled.class);
    }

    @Test
    void nestedEncodedDataAndHostileTextStayText() {
        String data =
                "{\"id\":\"n1\",\"content\":\"<script>alert(1)</script> [emote:1:A]😀[emote:2:B]\","
                        + "\"type\":\"message\",\"sender\":{\"id\":5,\"username\":\"X\",\"slug\":\"x\"}}";
        String once = com.fasterxml.jackson.databind.node.TextNode.valueOf(data).toString();
        String frame =
                "{\"event\":\"App\\\\Events\\\\ChatMessageEvent\",\"channel\":\"chatrooms.1.v2\",\"data\":"
                        + com.fasterxml.jackson.databind.node.TextNode.valueOf(once)
                        + "}";

        ChatMessage m = message(frame);

        assertThat(m.message()).isEqualTo("<script>alert(1)</script> A😀B");
        assertThat(m.emotes()).extracting(Emote::start).containsExactly(26, 29);
        assertThat(m.timestamp()).isEqualTo(NOW);
        assertThat(m.badges()).isEmpty();
        assertThat(m.color()).isEmpty();
        assertThat(m.meta()).isEqualTo(Map.of());
    }

    /**
     * A frame with string-encoded data; {@code name} as it appears inside a Java string literal.
     */
    private static String frame(String name, String data) {
        return "{\"event\":\""
                + name
                + "\",\"data\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(data)
                + ",\"channel\":\"chatrooms.1.v2\"}";
    }

    @Test
    void fakeServerPayloadsParseLikeTheRealOnes() {
        String reply =
                io.mellchat.connectors.kick.fake.KickFrames.reply(
                        1, "r1", 5, "Viewer", "yes [emote:1:Kappa]", "p1", "Asker", "why?");
        ChatMessage m = message(frame("App\\\\Events\\\\ChatMessageEvent", reply));

        assertThat(m.replyTo()).isEqualTo("p1");
        assertThat(m.replyParent().displayName()).isEqualTo("Asker");
        assertThat(m.message()).isEqualTo("yes Kappa");
        assertThat(m.badges()).containsExactly(new Badge("subscriber", "", 3));
        assertThat(
                        event(
                                frame(
                                        "App\\\\Events\\\\ChatroomClearEvent",
                                        io.mellchat.connectors.kick.fake.KickFrames.chatroomClear(
                                                1))))
                .isInstanceOf(ChatCleared.class);
    }

    @Test
    void anExceptionWhileMappingIsACountedSkipNotAThrow() {
        String data =
                io.mellchat.connectors.kick.fake.KickFrames.reply(
                        1, "r1", 5, "Viewer", "yes", "p1", "Asker", "why?");
        PusherFrame frame = new PusherFrame("App\\Events\\ChatMessageEvent", "c", data, null);

        KickEvent e = parser.parse(frame, null, NOW); // no channel: the mapping fails

        assertThat(skipReason(e)).isEqualTo(SkipReasons.BAD_EVENT);
    }
}
