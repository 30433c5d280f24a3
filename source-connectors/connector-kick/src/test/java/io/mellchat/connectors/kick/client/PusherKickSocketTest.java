package io.mellchat.connectors.kick.client;

import static io.mellchat.connectors.kick.fake.FakePusherServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.kick.fake.FakePusherServer;
import io.mellchat.connectors.kick.fake.KickFrames;
import java.net.URI;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PusherKickSocketTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ROOM = "chatrooms.1221707.v2";

    private FakePusherServer pusher;
    private final RecordingSocketListener events = new RecordingSocketListener();
    private PusherKickSocket socket;

    @BeforeEach
    void startServer() {
        pusher = FakePusherServer.start();
    }

    @AfterEach
    void stop() {
        if (socket != null) {
            socket.close();
        }
        pusher.close();
    }

    private KickClientConfig config(URI url) {
        return KickClientConfig.defaults(url, URI.create("http://127.0.0.1:9/api/v2"))
                .withTimeouts(Duration.ofSeconds(30), Duration.ofMillis(400), Duration.ofSeconds(3))
                .withReconnect(Duration.ofMillis(300), Duration.ofSeconds(2))
                .withMaxFrameBytes(4096);
    }

    private void connect() {
        socket = new PusherKickSocket(config(pusher.url()), events);
        socket.subscribe(ROOM);
        socket.start();
        pusher.awaitSubscribed(ROOM, WAIT);
        await("subscription_succeeded", WAIT, () -> events.log.contains("subscribed " + ROOM));
    }

    private String chat(String id) {
        return KickFrames.chatMessage(1221707, id, 42, "Viewer", "hello " + id);
    }

    @Test
    void handshakeSubscribeAndDeliverEvents() {
        connect();
        pusher.publish(ROOM, KickFrames.CHAT_MESSAGE_EVENT, chat("m1"));

        await("the event", WAIT, () -> events.frames.size() == 1);
        PusherFrame f = events.frames.get(0);
        assertThat(f.event()).isEqualTo("App\\Events\\ChatMessageEvent");
        assertThat(f.channel()).isEqualTo(ROOM);
        assertThat(f.dataText()).contains("\"id\":\"m1\"");
        assertThat(events.log).startsWith("connected", "subscribed " + ROOM);
    }

    @Test
    void closeEndsTheConnectionEvenWhileTheListenerIsBlocked() {
        connect();
        events.blockFrames = true; // the reader's queue is full: the socket's thread waits
        pusher.publish(ROOM, KickFrames.CHAT_MESSAGE_EVENT, chat("m1"));
        await("the blocked delivery", WAIT, () -> events.frames.size() == 1);

        socket.close();
        socket = null;
        await("the connection closed", WAIT, () -> pusher.openConnections() == 0);
    }

    @Test
    void answersServerPingsAndStaysConnected() {
        pusher.serverPings(Duration.ofMillis(200), Duration.ofSeconds(2));
        connect();

        await("two pongs", WAIT, () -> pusher.pongsReceived() >= 2);
        assertThat(pusher.connections()).isEqualTo(1);
        assertThat(events.count("disconnected")).isZero();
    }

    @Test
    void pingsAfterTheServersActivityTimeoutAndReconnectsAndResubscribesWhenNoPongComes() {
        pusher.activityTimeoutSeconds(1).answerPings(false);
        connect();

        await("a ping", WAIT, () -> pusher.pingsReceived() >= 1);
        await("a reconnect", WAIT, () -> pusher.connections() >= 2);
        await("the resubscription", WAIT, () -> pusher.subscribeRequests().size() >= 2);
        assertThat(pusher.subscribeRequests()).containsOnly(ROOM);
        assertThat(events.log)
                .anyMatch(s -> s.startsWith("disconnected RETRY_NOW no reply to pusher:ping"));
        assertThat(events.retries.get(0)).isZero();
    }

    @Test
    void keepsTheConnectionWhenPongsArrive() {
        pusher.activityTimeoutSeconds(1);
        connect();

        await("two pings answered", WAIT, () -> pusher.pingsReceived() >= 2);
        assertThat(pusher.connections()).isEqualTo(1);
    }

    @Test
    void anUnansweredSubscriptionMakesANewConnection() {
        pusher.answerSubscribes(false);
        socket = new PusherKickSocket(config(pusher.url()), events);
        socket.subscribe(ROOM);
        socket.start();
        pusher.awaitSubscribed(ROOM, WAIT);

        await(
                "a reconnect",
                WAIT,
                () ->
                        events.log.stream()
                                .anyMatch(
                                        s ->
                                                s.startsWith(
                                                        "disconnected BACKOFF no answer to the"
                                                                + " subscription to "
                                                                + ROOM)));
        pusher.answerSubscribes(true);
        await("subscription_succeeded", WAIT, () -> events.log.contains("subscribed " + ROOM));
        assertThat(pusher.connections()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aListenerThatHoldsTheThreadDoesNotMakeAnAnsweredSubscriptionLookUnanswered() {
        String second = "chatroom_1221707";
        events.slowSubscribedMillis = 4_000; // longer than the 3 s handshake timeout
        socket = new PusherKickSocket(config(pusher.url()), events);
        socket.subscribe(ROOM);
        socket.subscribe(second);
        socket.start();

        await(
                "both subscriptions answered",
                WAIT,
                () ->
                        events.log.contains("subscribed " + ROOM)
                                && events.log.contains("subscribed " + second));
        assertThat(events.count("disconnected")).isZero();
        assertThat(pusher.connections()).isEqualTo(1);
    }

    @Test
    void error4200AndCloseReconnectsAtOnceAndResubscribes() {
        connect();
        pusher.publish(ROOM, KickFrames.CHAT_MESSAGE_EVENT, chat("m1"));
        await("the event", WAIT, () -> events.frames.size() == 1);
        pusher.errorAndClose(4200, "Please reconnect immediately");

        await(
                "a second connection subscribed",
                WAIT,
                () -> pusher.subscribers(ROOM) == 1 && pusher.connections() == 2);
        assertThat(events.log)
                .anyMatch(s -> s.startsWith("disconnected RETRY_NOW pusher:error 4200"));
        assertThat(events.retries).containsExactly(Duration.ZERO);
        pusher.publish(ROOM, KickFrames.CHAT_MESSAGE_EVENT, chat("m2"));
        await("the event after the reconnect", WAIT, () -> events.frames.size() == 2);
    }

    @Test
    void errorInStringFormIsUnderstoodToo() {
        connect();
        pusher.broadcastRaw(
                "{\"event\":\"pusher:error\",\"data\":\"{\\\"code\\\":4201,\\\"message\\\":\\\"Pong reply not received in time\\\"}\"}");

        await(
                "a reconnect",
                WAIT,
                () -> pusher.connections() >= 2 && pusher.subscribers(ROOM) == 1);
        assertThat(events.log)
                .anyMatch(s -> s.startsWith("disconnected RETRY_NOW pusher:error 4201"));
    }

    @Test
    void close4100BacksOffThenReconnects() {
        connect();
        pusher.closeAll(4100, "Over capacity");

        await(
                "a reconnect",
                WAIT,
                () -> pusher.connections() >= 2 && pusher.subscribers(ROOM) == 1);
        assertThat(events.log)
                .anyMatch(s -> s.startsWith("disconnected BACKOFF closed with code 4100"));
        assertThat(events.retries.get(0)).isPositive();
    }

    @Test
    void plainCloseReconnectsWithBackoff() {
        connect();
        pusher.closeAll(1000, "bye");

        await(
                "a reconnect",
                WAIT,
                () -> pusher.connections() >= 2 && pusher.subscribers(ROOM) == 1);
        assertThat(events.log)
                .anyMatch(s -> s.startsWith("disconnected BACKOFF closed with code 1000"));
    }

    @Test
    void close4001StaysDown() {
        connect();
        pusher.closeAll(4001, "App key not in this cluster");

        await("the refusal", WAIT, () -> events.count("disconnected REFUSED") == 1);
        assertStays("no reconnect", Duration.ofSeconds(2), () -> pusher.connections() == 1);
    }

    @Test
    void wrongProtocolVersionIsRefused() {
        URI noProtocol = URI.create(pusher.url().toString().replace("protocol=7", "protocol=5"));
        socket = new PusherKickSocket(config(noProtocol), events);
        socket.start();

        await(
                "the refusal",
                WAIT,
                () -> events.count("disconnected REFUSED closed with code 4007") == 1);
        assertStays("no reconnect", Duration.ofSeconds(1), () -> pusher.connections() == 1);
    }

    @Test
    void unreachableServerIsRetriedWithBackoff() {
        URI dead = URI.create("ws://127.0.0.1:1/app/x?protocol=7");
        socket = new PusherKickSocket(config(dead), events);
        socket.start();

        await(
                "two failed attempts",
                WAIT,
                () -> events.count("disconnected BACKOFF cannot connect") >= 2);
        assertThat(events.retries.get(1)).isPositive();
    }

    @Test
    void oversizeAndInvalidFramesAreSkippedAndTheConnectionLives() {
        connect();
        pusher.publish(ROOM, KickFrames.CHAT_MESSAGE_EVENT, chat("x".repeat(5000)));
        pusher.publishRaw(ROOM, "{not json");
        pusher.publish(ROOM, KickFrames.CHAT_MESSAGE_EVENT, chat("ok"));

        await("the good event", WAIT, () -> events.frames.size() == 1);
        assertThat(events.log).contains("skipped oversize", "skipped invalid_json");
        assertThat(events.frames.get(0).dataText()).contains("\"id\":\"ok\"");
        assertThat(pusher.connections()).isEqualTo(1);
    }

    @Test
    void unsubscribeStopsDelivery() {
        connect();
        socket.unsubscribe(ROOM);

        await("the unsubscription", WAIT, () -> pusher.subscribers(ROOM) == 0);
        assertThat(pusher.received()).anyMatch(s -> s.contains("pusher:unsubscribe"));
    }

    /** Checks that a condition holds during the whole period (for "nothing happens" checks). */
    private static void assertStays(String what, Duration period, BooleanSupplier condition) {
        long end = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < end) {
            assertThat(condition.getAsBoolean()).as(what).isTrue();
            Thread.onSpinWait();
            try {
                java.util.concurrent.TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
