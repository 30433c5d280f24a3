package io.mellchat.connectors.kick.client;

import static io.mellchat.connectors.kick.fake.FakePusherServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.kick.fake.FakeKickApi;
import io.mellchat.connectors.kick.fake.FakePusherServer;
import io.mellchat.connectors.kick.fake.KickFrames;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.MessageDeleted;
import io.mellchat.model.MessageKind;
import io.mellchat.model.UserBanned;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KickChatClientTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final long ROOM_ID = 1221707;
    private static final String ROOM = KickFrames.chatroomChannel(ROOM_ID);

    private FakePusherServer pusher;
    private FakeKickApi api;
    private final RecordingChatListener events = new RecordingChatListener();
    private KickChatClient client;

    @BeforeEach
    void start() {
        pusher = FakePusherServer.start();
        api = FakeKickApi.start();
        KickClientConfig config =
                KickClientConfig.defaults(pusher.url(), api.url())
                        .withTimeouts(
                                Duration.ofSeconds(30),
                                Duration.ofSeconds(2),
                                Duration.ofSeconds(5))
                        .withReconnect(Duration.ofMillis(200), Duration.ofSeconds(1))
                        .withLookupRetry(Duration.ofMillis(200), Duration.ofSeconds(1));
        client = KickChatClient.create(config, events);
    }

    @AfterEach
    void stop() {
        client.close();
        pusher.close();
        api.close();
    }

    /** Waits for the live status; a timeout says what the client and the fake server saw. */
    private void awaitLive() {
        try {
            await("live", WAIT, () -> events.hasStatus(ChannelStatus.LIVE));
        } catch (AssertionError e) {
            throw new AssertionError(
                    e.getMessage()
                            + "; statuses "
                            + events.statuses
                            + ", connections "
                            + pusher.connections()
                            + " ("
                            + pusher.openConnections()
                            + " open), frames received "
                            + pusher.received(),
                    e);
        }
    }

    private void publishChat(String id) {
        pusher.publish(
                ROOM,
                KickFrames.CHAT_MESSAGE_EVENT,
                KickFrames.chatMessage(ROOM_ID, id, 7, "Viewer", "hi " + id));
    }

    @Test
    void chatroomIdHintSkipsTheLookup() {
        client.add(ChannelSpec.parse("kick:litney#" + ROOM_ID, "default"));

        awaitLive();
        // live follows the first subscription; the second may still be on its way
        await("both subscriptions", WAIT, () -> pusher.subscribeRequests().size() >= 2);
        assertThat(api.requests("litney")).isZero();
        assertThat(pusher.subscribeRequests())
                .containsExactlyInAnyOrder(ROOM, "chatroom_" + ROOM_ID);
        assertThat(events.statuses.get(0).status()).isEqualTo(ChannelStatus.CONNECTING);

        publishChat("m1");
        await("the message", WAIT, () -> events.events.size() == 1);
        ChatMessage m = (ChatMessage) events.events.get(0);
        assertThat(m.channel()).isEqualTo("litney");
        assertThat(m.message()).isEqualTo("hi m1");
        assertThat(m.username()).isEqualTo("viewer");
    }

    @Test
    void looksUpTheChatroomAndReadsEveryModelledChannel() {
        api.channel("litney", 668, ROOM_ID);
        client.add(ChannelSpec.parse("kick:litney", "default"));

        awaitLive();
        await("four subscriptions", WAIT, () -> pusher.subscribeRequests().size() == 4);
        assertThat(pusher.subscribeRequests())
                .containsExactlyInAnyOrder(
                        ROOM, "chatroom_" + ROOM_ID, "channel.668", "channel_668");

        pusher.publish(
                "channel_668",
                "KicksGifted",
                "{\"message\":\"\",\"sender\":{\"id\":9,\"username\":\"Fan\"},\"gift\":{\"gift_id\":\"g\",\"name\":\"Hype\",\"amount\":100}}");
        pusher.publish(ROOM, KickFrames.MESSAGE_DELETED_EVENT, KickFrames.messageDeleted("m0"));
        pusher.publish(
                ROOM, KickFrames.USER_BANNED_EVENT, KickFrames.userBanned(7, "viewer", true));
        pusher.publish("channel.668", "App\\Events\\StopStreamBroadcast", "{}");

        await(
                "three events and offline",
                WAIT,
                () -> events.events.size() == 3 && events.hasStatus(ChannelStatus.OFFLINE));
        assertThat(((ChatMessage) events.events.get(0)).kind()).isEqualTo(MessageKind.PAID);
        assertThat(((MessageDeleted) events.events.get(1)).platformMessageId()).isEqualTo("m0");
        assertThat(((UserBanned) events.events.get(2)).permanent()).isTrue();
    }

    @Test
    void cloudflareChallengeIsAnErrorWithTheHintAndTheLookupIsRetried() {
        api.challenge(true);
        client.add(ChannelSpec.parse("kick:litney", "default"));

        await("an error status", WAIT, () -> events.hasStatus(ChannelStatus.ERROR));
        RecordingChatListener.Status error =
                events.statuses.stream()
                        .filter(s -> s.status() == ChannelStatus.ERROR)
                        .findFirst()
                        .orElseThrow();
        assertThat(error.detail())
                .contains("Cloudflare")
                .contains("MELLCHAT_KICK_API_URL")
                .contains("give the chatroom id: kick:litney#<chatroomId>");
        await("a retry", WAIT, () -> api.requests("litney") >= 2);
        assertThat(pusher.connections()).isZero();

        api.channel("litney", 668, ROOM_ID).challenge(false);
        await(
                "live after the retry",
                WAIT,
                () -> events.lastStatus().status() == ChannelStatus.LIVE);
    }

    @Test
    void unknownSlugIsAnError() {
        client.add(ChannelSpec.parse("kick:nobody", "default"));

        await("an error status", WAIT, () -> events.hasStatus(ChannelStatus.ERROR));
        assertThat(events.lastStatus().detail()).contains("no Kick channel 'nobody'");
    }

    @Test
    void duplicateDeliveryGivesEachMessageOnce() {
        client.add(ChannelSpec.parse("kick:litney#" + ROOM_ID, "default"));
        awaitLive();
        pusher.duplicateDelivery(true);

        publishChat("a");
        publishChat("b");
        publishChat("c");

        await("three duplicates skipped", WAIT, () -> events.skipped.size() == 3);
        assertThat(events.events)
                .extracting(e -> ((ChatMessage) e).platformMessageId())
                .containsExactly("a", "b", "c");
        assertThat(events.skipped).containsOnly(SkipReasons.DUPLICATE);
    }

    @Test
    void theSameGiftSentTwiceIsTwoEventsButOneEventOnTwoPusherChannelsIsOne() {
        api.channel("litney", 668, ROOM_ID);
        client.add(ChannelSpec.parse("kick:litney", "default"));
        await("four subscriptions", WAIT, () -> pusher.subscribeRequests().size() == 4);
        String gift =
                "{\"message\":\"\",\"sender\":{\"id\":9,\"username\":\"Fan\"},"
                        + "\"gift\":{\"gift_id\":\"g\",\"name\":\"Hype\",\"amount\":100}}";
        // no id and no time in the event: only the order of arrival tells two gifts apart
        pusher.publish("channel_668", "KicksGifted", gift);
        pusher.publish("channel_668", "KicksGifted", gift);
        // a subscription notice that reaches the client on two of its Pusher channels
        String sub = "{\"username\":\"subber\",\"months\":3}";
        pusher.publish("chatroom_" + ROOM_ID, "SubscriptionEvent", sub);
        pusher.publish("channel_668", "SubscriptionEvent", sub);

        await(
                "three events and a duplicate",
                WAIT,
                () -> events.events.size() == 3 && events.skipped.size() == 1);
        List<ChatMessage> got = events.events.stream().map(ChatMessage.class::cast).toList();
        assertThat(got)
                .extracting(ChatMessage::kind)
                .containsExactly(MessageKind.PAID, MessageKind.PAID, MessageKind.SUBSCRIPTION);
        assertThat(got.get(0).platformMessageId()).isNotEqualTo(got.get(1).platformMessageId());
        assertThat(got).extracting(ChatMessage::id).doesNotHaveDuplicates();
        assertThat(events.skipped).containsExactly(SkipReasons.DUPLICATE);
    }

    @Test
    void reconnectsAfter4200AndResubscribesWithStatuses() {
        client.add(ChannelSpec.parse("kick:litney#" + ROOM_ID, "default"));
        awaitLive();
        publishChat("before");
        await("the first message", WAIT, () -> events.events.size() == 1);

        pusher.errorAndClose(4200, "Please reconnect immediately");
        await(
                "live again",
                WAIT,
                () ->
                        events.hasStatus(ChannelStatus.RECONNECTING)
                                && events.lastStatus().status() == ChannelStatus.LIVE
                                && pusher.subscribers(ROOM) == 1);
        publishChat("before"); // re-sent by the platform after the reconnect: dropped
        publishChat("after");

        await("the second message", WAIT, () -> events.events.size() == 2);
        assertThat(events.events)
                .extracting(e -> ((ChatMessage) e).platformMessageId())
                .containsExactly("before", "after");
        assertThat(events.reconnects).containsExactly("kick:litney");
    }

    @Test
    void refusedConnectionIsAnErrorNamingTheVariable() {
        client.add(ChannelSpec.parse("kick:litney#" + ROOM_ID, "default"));
        awaitLive();

        pusher.closeAll(4001, "App key not in this cluster");

        await("an error status", WAIT, () -> events.lastStatus().status() == ChannelStatus.ERROR);
        assertThat(events.lastStatus().detail())
                .contains("4001")
                .contains("MELLCHAT_KICK_PUSHER_URL");
    }

    @Test
    void removedChannelIsUnsubscribedAndItsFramesAreSkipped() {
        ChannelSpec spec = ChannelSpec.parse("kick:litney#" + ROOM_ID, "default");
        client.add(spec);
        awaitLive();

        client.remove(spec);

        await("unsubscribed", WAIT, () -> pusher.subscribers(ROOM) == 0);
        assertThat(events.events).isEmpty();
    }
}
