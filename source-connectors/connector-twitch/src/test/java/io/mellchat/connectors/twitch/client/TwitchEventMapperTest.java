package io.mellchat.connectors.twitch.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.twitch.fake.TwitchLines;
import io.mellchat.model.Amount;
import io.mellchat.model.Badge;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatCleared;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatJson;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.MessageKind;
import io.mellchat.model.Platform;
import io.mellchat.model.ReplyParent;
import io.mellchat.model.UserBanned;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwitchEventMapperTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private final TwitchEventMapper mapper = new TwitchEventMapper();
    private final List<String> skips = new ArrayList<>();

    private ChatEvent map(String line) {
        IrcMessage m = IrcMessage.parse(line);
        ChannelSpec spec = ChannelSpec.parse("twitch:" + m.channel(), "show");
        List<ChatEvent> out = new ArrayList<>();
        mapper.map(
                spec,
                m,
                NOW,
                new TwitchEventMapper.Output() {
                    @Override
                    public void event(ChatEvent event) {
                        out.add(event);
                    }

                    @Override
                    public void skipped(String reason, String detail) {
                        skips.add(reason);
                    }
                });
        assertThat(out).hasSizeLessThanOrEqualTo(1);
        return out.isEmpty() ? null : out.get(0);
    }

    private ChatMessage message(String line) {
        ChatEvent e = map(line);
        assertThat(e).isInstanceOf(ChatMessage.class);
        ChatMessage m = (ChatMessage) e;
        // every message survives the JSON codec, and emote offsets match the text
        assertThat(ChatJson.write(m)).isNotEmpty();
        for (Emote emote : m.emotes()) {
            assertThat(m.message().substring(emote.start(), emote.end())).isEqualTo(emote.name());
        }
        return m;
    }

    @Test
    void mapsAPlainMessageWithEveryField() {
        ChatMessage m = message(TwitchLines.SIMPLE);
        assertThat(m.platform()).isEqualTo(Platform.TWITCH);
        assertThat(m.channel()).isEqualTo("pajlada");
        assertThat(m.stream()).isEqualTo("show");
        assertThat(m.platformMessageId()).isEqualTo("9c2dd916-5a6d-4c1f-9fe7-a081b62a9c6b");
        assertThat(m.id())
                .isEqualTo(
                        ChatMessage.idFor(
                                Platform.TWITCH,
                                "pajlada",
                                "9c2dd916-5a6d-4c1f-9fe7-a081b62a9c6b"));
        assertThat(m.userId()).isEqualTo("82674227");
        assertThat(m.username()).isEqualTo("jammehcow");
        assertThat(m.displayName()).isEqualTo("jammehcow");
        assertThat(m.message()).isEqualTo("Kappa");
        assertThat(m.timestamp()).isEqualTo(Instant.ofEpochMilli(1662201093248L));
        assertThat(m.receivedAt()).isEqualTo(NOW);
        assertThat(m.kind()).isEqualTo(MessageKind.CHAT);
        assertThat(m.action()).isFalse();
        assertThat(m.color()).isEqualTo("#EBA2C0");
        assertThat(m.badges())
                .containsExactly(new Badge("subscriber", "12", 17), Badge.of("no_audio", "1"));
        assertThat(m.emotes())
                .containsExactly(
                        new Emote(
                                "25",
                                "Kappa",
                                0,
                                5,
                                "https://static-cdn.jtvnw.net/emoticons/v2/25/default/dark/1.0"));
        assertThat(m.replyTo()).isNull();
        assertThat(m.amount()).isNull();
        assertThat(m.meta()).isEmpty(); // first-msg=0, returning-chatter=0
    }

    @Test
    void mapsSeveralEmotesInOrder() {
        ChatMessage m = message(TwitchLines.EMOTES);
        assertThat(m.emotes())
                .extracting(Emote::id, Emote::name, Emote::start, Emote::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("25", "Kappa", 0, 5),
                        org.assertj.core.groups.Tuple.tuple("1902", "Keepo", 6, 11),
                        org.assertj.core.groups.Tuple.tuple("305954156", "PogChamp", 12, 20));
        assertThat(m.badges()).containsExactly(Badge.of("no_audio", "1"));
        assertThat(m.displayName()).isEqualTo("Mm2PL");
        assertThat(m.username()).isEqualTo("mm2pl");
    }

    @Test
    void convertsCodePointEmotePositionsAfterAnEmojiToUtf16() {
        ChatMessage m = message(TwitchLines.EMOTE_AFTER_EMOJI);
        assertThat(m.message()).isEqualTo("Kappa 😂 Kappa");
        assertThat(m.emotes()).extracting(Emote::start).containsExactly(0, 9);
        assertThat(m.emotes()).extracting(Emote::end).containsExactly(5, 14);
        assertThat(m.emotes()).extracting(Emote::name).containsOnly("Kappa");
        assertThat(m.badges())
                .containsExactly(
                        Badge.of("broadcaster", "1"),
                        new Badge("subscriber", "3072", 80),
                        Badge.of("partner", "1"));
    }

    @Test
    void mapsARepliesParentWithItsEscapedBody() {
        ChatMessage m = message(TwitchLines.REPLY);
        assertThat(m.replyTo()).isEqualTo("d95d04a6-5c6a-476a-8dbd-7c6d3b3c277f");
        assertThat(m.replyParent())
                .isEqualTo(
                        new ReplyParent(
                                "129546453", "nerixyz", "nerixyz", "a Kappa BTTVEmote 😂 b"));
        assertThat(m.message()).isEqualTo("@nerixyz c Keepo FFZEmote 😭 d");
        assertThat(m.emotes()).extracting(Emote::name).containsExactly("Keepo");
        assertThat(m.meta())
                .containsEntry("reply_thread_parent_msg_id", "d95d04a6-5c6a-476a-8dbd-7c6d3b3c277f")
                .containsEntry("reply_thread_parent_user_login", "nerixyz");
        assertThat(m.timestamp()).isEqualTo(Instant.ofEpochMilli(1726690593888L));
    }

    @Test
    void unwrapsCtcpActionAndCountsEmotesFromTheUnwrappedText() {
        ChatMessage m = message(TwitchLines.ACTION);
        assertThat(m.message()).isEqualTo("Kappa");
        assertThat(m.action()).isTrue();
        assertThat(m.kind()).isEqualTo(MessageKind.CHAT);
        assertThat(m.emotes())
                .extracting(Emote::start, Emote::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 5));
        assertThat(ChatJson.write(m)).contains("\"action\":true");
    }

    @Test
    void actionWithoutClosingMarkerOrTextIsStillAnAction() {
        assertThat(message(":a!a@a PRIVMSG #c :\u0001ACTION waves").message()).isEqualTo("waves");
        ChatMessage empty = message(":a!a@a PRIVMSG #c :\u0001ACTION\u0001");
        assertThat(empty.action()).isTrue();
        assertThat(empty.message()).isEmpty();
        ChatMessage notAction = message(":a!a@a PRIVMSG #c :\u0001ACTIONS are fun");
        assertThat(notAction.action()).isFalse();
    }

    @Test
    void mapsACheerAsPaidBits() {
        ChatMessage m = message(TwitchLines.CHEER);
        assertThat(m.kind()).isEqualTo(MessageKind.PAID);
        assertThat(m.amount()).isEqualTo(new Amount(BigDecimal.TEN, "bits"));
        assertThat(m.displayName()).isEqualTo("EXDE_HUN");
        assertThat(m.emotes()).isEmpty();
        assertThat(ChatJson.write(m)).contains("\"amount\":{\"value\":10,\"currency\":\"bits\"}");
    }

    @Test
    void mapsVipBadgesWithSubscriberMonths() {
        ChatMessage m = message(TwitchLines.VIP);
        assertThat(m.badges())
                .containsExactly(Badge.of("vip", "1"), new Badge("subscriber", "48", 64));
    }

    @Test
    void keepsSharedChatSourceTags() {
        ChatMessage m = message(TwitchLines.SHARED_CHAT);
        assertThat(m.meta())
                .containsEntry("source_id", "b97eea45-f9dc-4f0c-8744-f8256c3ed950")
                .containsEntry("source_room_id", "141981764");
        assertThat(m.platformMessageId()).isEqualTo("19ee1663-c14d-41cd-a4a2-30a4bb609c5a");
        assertThat(m.color()).isEmpty();
    }

    @Test
    void mapsAResubWithTheUsersTextAndTheSystemMessageInMeta() {
        ChatMessage m = message(TwitchLines.RESUB);
        assertThat(m.kind()).isEqualTo(MessageKind.SUBSCRIPTION);
        assertThat(m.channel()).isEqualTo("dallas");
        assertThat(m.username()).isEqualTo("ronni");
        assertThat(m.userId()).isEqualTo("87654321");
        assertThat(m.message()).isEqualTo("Great stream -- keep it up!");
        assertThat(m.platformMessageId()).isEqualTo("db25007f-7a18-43eb-9379-80131e44d633");
        assertThat(m.meta())
                .containsEntry("msg_id", "resub")
                .containsEntry("system_msg", "ronni has subscribed for 6 months!")
                .containsEntry("cumulative_months", "6")
                .containsEntry("streak_months", "2")
                .containsEntry("should_share_streak", "1")
                .containsEntry("sub_plan", "Prime")
                .containsEntry("sub_plan_name", "Prime");
    }

    @Test
    void mapsASubGiftWithoutUserTextToItsSystemMessage() {
        ChatMessage m = message(TwitchLines.SUBGIFT);
        assertThat(m.kind()).isEqualTo(MessageKind.SUBSCRIPTION);
        assertThat(m.message()).isEqualTo("pajlada gifted a Tier 1 sub to rustafur!");
        assertThat(m.meta())
                .containsEntry("msg_id", "subgift")
                .containsEntry("recipient_user_name", "rustafur")
                .containsEntry("recipient_display_name", "rustafur")
                .containsEntry("gift_months", "1")
                .containsEntry("sub_plan_name", "look at those shitty emotes, rip $5 LUL");
    }

    @Test
    void mapsAGiftBomb() {
        ChatMessage m = message(TwitchLines.SUBMYSTERYGIFT);
        assertThat(m.kind()).isEqualTo(MessageKind.SUBSCRIPTION);
        assertThat(m.username()).isEqualTo("adamatreflectstudios");
        assertThat(m.displayName()).isEqualTo("AdamAtReflectStudios");
        assertThat(m.meta())
                .containsEntry("mass_gift_count", "20")
                .containsEntry("sender_count", "100")
                .containsEntry(
                        "origin_id", "1f be bb 4a 81 9a 65 d1 4b 77 f5 23 16 4a d3 13 09 e7 be 55");
        assertThat(m.message()).startsWith("AdamAtReflectStudios is gifting 20 Tier 1 Subs");
    }

    @Test
    void mapsARaidWithCamelCaseParamsInSnakeCase() {
        ChatMessage m = message(TwitchLines.RAID);
        assertThat(m.kind()).isEqualTo(MessageKind.RAID);
        assertThat(m.message()).isEqualTo("2 raiders from nerixyz have joined!");
        assertThat(m.meta())
                .containsEntry("viewer_count", "2")
                .containsEntry("display_name", "nerixyz")
                .containsEntry("login", "nerixyz")
                .containsKey("profile_image_url");
    }

    @Test
    void mapsAnAnnouncement() {
        ChatMessage m = message(TwitchLines.ANNOUNCEMENT);
        assertThat(m.kind()).isEqualTo(MessageKind.ANNOUNCEMENT);
        assertThat(m.message()).isEqualTo("mm test lol");
        assertThat(m.meta()).containsEntry("color", "PRIMARY").doesNotContainKey("system_msg");
    }

    @Test
    void mapsAViewerMilestoneAsSystem() {
        ChatMessage m = message(TwitchLines.VIEWER_MILESTONE);
        assertThat(m.kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.meta())
                .containsEntry("msg_id", "viewermilestone")
                .containsEntry("category", "watch-streak")
                .containsEntry("value", "3");
    }

    @Test
    void keepsUnknownUserNoticesAsSystemEvents() {
        ChatMessage m =
                message(
                        "@msg-id=brandnewthing;login=x;id=n1;system-msg=Something\\snew;tmi-sent-ts=1 :tmi.twitch.tv USERNOTICE #c");
        assertThat(m.kind()).isEqualTo(MessageKind.SYSTEM);
        assertThat(m.message()).isEqualTo("Something new");
        assertThat(m.meta()).containsEntry("msg_id", "brandnewthing");
    }

    @Test
    void mapsACharityDonationAsPaid() {
        ChatMessage m =
                message(
                        "@msg-id=charitydonation;login=x;id=n2;msg-param-donation-amount=5000;msg-param-donation-currency=USD;msg-param-exponent=2;system-msg=x:\\sdonated;tmi-sent-ts=1 :tmi.twitch.tv USERNOTICE #c");
        assertThat(m.kind()).isEqualTo(MessageKind.PAID);
        assertThat(m.amount()).isEqualTo(Amount.of("50", "USD"));
    }

    @Test
    void mapsHypeChatAsPaidInItsCurrency() {
        ChatMessage m =
                message(
                        "@id=h1;pinned-chat-paid-amount=500;pinned-chat-paid-canonical-amount=5;pinned-chat-paid-currency=USD;pinned-chat-paid-exponent=2;pinned-chat-paid-level=ONE;tmi-sent-ts=1 :a!a@a PRIVMSG #c :hello");
        assertThat(m.kind()).isEqualTo(MessageKind.PAID);
        assertThat(m.amount()).isEqualTo(Amount.of("5", "USD"));
        assertThat(m.meta()).containsEntry("hype_chat_level", "ONE");
    }

    @Test
    void mapsClearChatToAClearABanOrATimeout() {
        ChatEvent all = map(TwitchLines.CLEARCHAT_ALL);
        assertThat(all)
                .isEqualTo(
                        new ChatCleared(
                                Platform.TWITCH,
                                "dallas",
                                "show",
                                Instant.ofEpochMilli(1642715695392L)));

        UserBanned ban = (UserBanned) map(TwitchLines.CLEARCHAT_BAN);
        assertThat(ban.userId()).isEqualTo("87654321");
        assertThat(ban.username()).isEqualTo("ronni");
        assertThat(ban.permanent()).isTrue();

        UserBanned timeout = (UserBanned) map(TwitchLines.CLEARCHAT_TIMEOUT);
        assertThat(timeout.durationSeconds()).isEqualTo(350);
        assertThat(timeout.timestamp()).isEqualTo(Instant.ofEpochMilli(1642719320727L));
    }

    @Test
    void mapsClearMsgToADeletion() {
        MessageDeleted d = (MessageDeleted) map(TwitchLines.CLEARMSG);
        assertThat(d.platformMessageId()).isEqualTo("94e6c7ff-bf98-4faa-af5d-7ad633a158a9");
        assertThat(d.username()).isEqualTo("foo");
        assertThat(d.channel()).isEqualTo("bar");
        assertThat(d.timestamp()).isEqualTo(Instant.ofEpochMilli(1642720582342L));
    }

    @Test
    void skipsClearMsgWithoutTargetAndUnhandledCommands() {
        assertThat(map("@login=foo :tmi.twitch.tv CLEARMSG #bar :x")).isNull();
        assertThat(map(":tmi.twitch.tv HOSTTARGET #bar :other 10")).isNull();
        assertThat(map(":a!a@a PRIVMSG #c")).isNull();
        assertThat(skips)
                .containsExactly(
                        SkipReasons.INCOMPLETE_EVENT,
                        SkipReasons.UNHANDLED_COMMAND,
                        SkipReasons.INCOMPLETE_EVENT);
    }

    @Test
    void derivesADeterministicIdForLinesWithoutOne() {
        String line = "@room-id=7;user-id=9;tmi-sent-ts=1700000000000 :u!u@u PRIVMSG #c :same text";
        ChatMessage a = message(line);
        ChatMessage b = message(line);
        assertThat(a.platformMessageId()).startsWith("gen-").isEqualTo(b.platformMessageId());
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(message(line.replace("same text", "other text")).platformMessageId())
                .isNotEqualTo(a.platformMessageId());
        assertThat(message(line.replace("1700000000000", "1700000000001")).platformMessageId())
                .isNotEqualTo(a.platformMessageId());
        assertThat(message(line.replace("user-id=9", "user-id=8")).platformMessageId())
                .isNotEqualTo(a.platformMessageId());
    }

    @Test
    void mapsTaglessLinesWithTheReceiveTime() {
        ChatMessage m = message(":someone!someone@someone.tmi.twitch.tv PRIVMSG #c :no tags here");
        assertThat(m.timestamp()).isEqualTo(NOW);
        assertThat(m.username()).isEqualTo("someone");
        assertThat(m.badges()).isEmpty();
        assertThat(m.platformMessageId()).startsWith("gen-");
    }

    @Test
    void ignoresMalformedEmoteRanges() {
        ChatMessage m =
                message(
                        "@id=e1;emotes=25:04/26:4-0/84608:0-15/84609:9-10/x:/:1-2/27:a-b/28:0-4,,/29:99999999999-1 :a!a@a PRIVMSG #c :Kappa Kappa");
        assertThat(m.emotes())
                .extracting(Emote::id, Emote::start, Emote::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("28", 0, 5),
                        org.assertj.core.groups.Tuple.tuple("84609", 9, 11));
    }

    @Test
    void emotesAfterSeveralEmojiAndSkinTones() {
        // 👋🏽 is two code points (four UTF-16 units); 🙂 one code point (two units)
        String text = "👋🏽🙂 Kappa 🙂Keepo";
        int kappa = text.codePointCount(0, text.indexOf("Kappa"));
        int keepo = text.codePointCount(0, text.indexOf("Keepo"));
        ChatMessage m =
                message(
                        "@id=e2;emotes=25:"
                                + kappa
                                + "-"
                                + (kappa + 4)
                                + "/1902:"
                                + keepo
                                + "-"
                                + (keepo + 4)
                                + " :a!a@a PRIVMSG #c :"
                                + text);
        assertThat(m.emotes()).extracting(Emote::name).containsExactly("Kappa", "Keepo");
        assertThat(m.emotes().get(0).start()).isEqualTo(text.indexOf("Kappa"));
        assertThat(m.emotes().get(1).end()).isEqualTo(text.length());
    }

    @Test
    void keepsFirstMessageAndCustomRewardDetails() {
        ChatMessage m =
                message(
                        "@id=f1;first-msg=1;returning-chatter=1;custom-reward-id=r-1;msg-id=highlighted-message :a!a@a PRIVMSG #c :hi");
        assertThat(m.meta())
                .containsEntry("first_msg", "true")
                .containsEntry("returning_chatter", "true")
                .containsEntry("custom_reward_id", "r-1")
                .containsEntry("msg_id", "highlighted-message");
    }

    @Test
    void invalidUtf8ReplacementCharactersAreKeptAsText() {
        ChatMessage m = message("@id=u1 :a!a@a PRIVMSG #c :bad \uFFFD byte");
        assertThat(m.message()).isEqualTo("bad \uFFFD byte");
    }

    @Test
    void snakeCasesParamNames() {
        assertThat(MetaBuilder.snakeCase("msg-param-viewerCount", 10)).isEqualTo("viewer_count");
        assertThat(MetaBuilder.snakeCase("msg-param-profileImageURL", 10))
                .isEqualTo("profile_image_url");
        assertThat(MetaBuilder.snakeCase("msg-param-cumulative-months", 10))
                .isEqualTo("cumulative_months");
        assertThat(MetaBuilder.snakeCase("msg-param-copoReward", 10)).isEqualTo("copo_reward");
    }
}
