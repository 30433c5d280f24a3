package io.mellchat.connectors.twitch.client;

import static io.mellchat.connectors.twitch.fake.FakeTwitchServer.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.connectors.twitch.fake.FakeTwitchServer;
import io.mellchat.connectors.twitch.fake.TwitchLines;
import io.mellchat.model.ChannelStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real client against the fake server, over TCP and WebSocket. */
class TwitchIrcClientTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeTwitchServer server;
    private TwitchIrcClient client;
    private final RecordingListener listener = new RecordingListener();

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private TwitchIrcClient connect(String transport, TwitchClientConfig.Builder config) {
        String url = transport.equals("ws") ? server.wsUrl() : server.ircUrl();
        client = TwitchIrcClient.create(config.url(url).build(), listener, "test");
        return client;
    }

    private static TwitchClientConfig.Builder fast() {
        return TwitchClientConfig.builder()
                .pingAfterSilence(Duration.ofSeconds(30))
                .pongTimeout(Duration.ofMillis(400))
                .joinTimeout(Duration.ofMillis(400))
                .loginTimeout(Duration.ofSeconds(5))
                .backoff(Duration.ofMillis(20), Duration.ofMillis(200));
    }

    private void awaitLive(String channel) {
        await(() -> listener.is(channel, ChannelStatus.LIVE), WAIT, channel + " live");
    }

    @ParameterizedTest
    @ValueSource(strings = {"irc://nonexistent.invalid:6667", "wss://nonexistent.invalid:443"})
    void anUnresolvableHostIsReportedAsSuchNotAsNull(String url) {
        client = TwitchIrcClient.create(fast().url(url).build(), listener, "test");
        client.join("pajlada");
        await(
                () ->
                        listener.statuses.stream()
                                .anyMatch(
                                        s ->
                                                s.detail() != null
                                                        && s.detail().contains("host not found")),
                WAIT,
                "a status saying the host was not found: " + listener.statuses);
        assertThat(listener.statuses)
                .noneMatch(s -> s.detail() != null && s.detail().contains("null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp", "ws"})
    void logsInAnonymouslyJoinsAndDeliversChatLines(String transport) throws Exception {
        server = FakeTwitchServer.start();
        connect(transport, fast()).join("pajlada");
        awaitLive("pajlada");

        assertThat(server.received("CAP REQ"))
                .containsExactly("CAP REQ :twitch.tv/tags twitch.tv/commands");
        assertThat(server.received("NICK"))
                .singleElement()
                .asString()
                .matches("NICK justinfan\\d+");
        assertThat(server.received("PASS")).isEmpty();
        assertThat(server.received("JOIN")).containsExactly("JOIN #pajlada");
        assertThat(listener.statusesOf("pajlada"))
                .containsExactly(ChannelStatus.CONNECTING, ChannelStatus.LIVE);

        server.send(
                "pajlada",
                TwitchLines.SIMPLE,
                TwitchLines.EMOTE_AFTER_EMOJI,
                TwitchLines.CLEARMSG.replace("#bar", "#pajlada"));
        await(() -> listener.lines.size() == 3, WAIT, "three chat lines");
        assertThat(listener.lines.get(0)).isEqualTo("pajlada " + TwitchLines.SIMPLE);
        assertThat(listener.texts("pajlada"))
                .containsExactly("Kappa", "Kappa 😂 Kappa", "what a great day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp", "ws"})
    void answersServerPingsWithTheSameText(String transport) throws Exception {
        server =
                FakeTwitchServer.start(
                        FakeTwitchServer.options()
                                .pingEvery(Duration.ofMillis(100), Duration.ofSeconds(5)));
        connect(transport, fast()).join("c");
        await(() -> server.pongCount() >= 3, WAIT, "three PONGs");
        assertThat(server.received("PONG")).allMatch(l -> l.equals("PONG :tmi.twitch.tv"));
        assertThat(server.connectionCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp", "ws"})
    void reconnectsAndRejoinsAfterReconnectCommand(String transport) throws Exception {
        server = FakeTwitchServer.start();
        connect(transport, fast());
        client.join("a");
        client.join("b");
        server.awaitJoined(WAIT, "a", "b");
        awaitLive("a");
        awaitLive("b");

        server.reconnectAll();
        await(() -> server.connectionCount() == 2, WAIT, "a second connection");
        server.awaitJoined(WAIT, "a", "b");
        awaitLive("a");

        server.send("a", TwitchLines.privmsg("a", "viewer", "after reconnect"));
        await(() -> listener.texts("a").contains("after reconnect"), WAIT, "line after reconnect");
        assertThat(listener.statusesOf("a"))
                .containsSubsequence(
                        ChannelStatus.LIVE, ChannelStatus.RECONNECTING, ChannelStatus.LIVE);
        assertThat(listener.reconnects).contains("a", "b");
        assertThat(server.joinCount("a")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp", "ws"})
    void reconnectsWithBackoffAndRejoinsAfterADroppedSocket(String transport) throws Exception {
        server = FakeTwitchServer.start();
        // the JDK WebSocket now and then misses a close without a close frame (a race inside the
        // JDK client); then the keepalive PING finds the dead connection, as it does in production
        connect(transport, fast().pingAfterSilence(Duration.ofMillis(500))).join("a");
        awaitLive("a");

        server.dropAll();
        await(() -> server.connectionCount() == 2, WAIT, "a second connection");
        await(() -> server.isJoined("a"), WAIT, "a re-joined");
        awaitLive("a");
        RecordingListener.Status reconnecting =
                listener.statuses.stream()
                        .filter(s -> s.status() == ChannelStatus.RECONNECTING)
                        .findFirst()
                        .orElseThrow();
        assertThat(reconnecting.detail()).contains("reconnecting in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp", "ws"})
    void detectsASilentSocketByTheMissingPongAndReconnects(String transport) throws Exception {
        server = FakeTwitchServer.start();
        connect(transport, fast().pingAfterSilence(Duration.ofMillis(200))).join("a");
        awaitLive("a");

        server.silenceAll();
        await(() -> server.connectionCount() == 2, WAIT, "a new connection");
        await(() -> server.isJoined("a"), WAIT, "a re-joined");
        assertThat(listener.statuses)
                .anySatisfy(
                        s -> {
                            assertThat(s.status()).isEqualTo(ChannelStatus.RECONNECTING);
                            assertThat(s.detail()).contains("no PONG");
                        });
        assertThat(server.received("PING :mellchat")).isNotEmpty();
    }

    @Test
    void answeredOwnPingsKeepTheConnection() throws Exception {
        server = FakeTwitchServer.start();
        connect("tcp", fast().pingAfterSilence(Duration.ofMillis(100))).join("a");
        awaitLive("a");
        await(() -> server.received("PING :mellchat").size() >= 3, WAIT, "three own PINGs");
        assertThat(server.connectionCount()).isEqualTo(1);
    }

    @Test
    void resendsAJoinThatGetsNoAnswer() throws Exception {
        server = FakeTwitchServer.start();
        server.ignoreNextJoins(1);
        connect("tcp", fast()).join("a");
        awaitLive("a");
        assertThat(server.joinCount("a")).isEqualTo(2);
        assertThat(listener.statusesOf("a")).doesNotContain(ChannelStatus.ERROR);
    }

    @Test
    void reportsAChannelTwitchNeverAnswersAsAnErrorButKeepsTrying() throws Exception {
        server = FakeTwitchServer.start(FakeTwitchServer.options().channels("real"));
        connect("tcp", fast().joinAttemptsBeforeError(2));
        client.join("real");
        client.join("ghost");
        awaitLive("real");
        await(() -> listener.is("ghost", ChannelStatus.ERROR), WAIT, "ghost in error");
        assertThat(listener.lastStatus("ghost").detail())
                .contains("did not answer JOIN #ghost")
                .contains("check that the channel exists");
        await(() -> server.joinCount("ghost") >= 3, WAIT, "a later retry");
        assertThat(listener.is("real", ChannelStatus.LIVE)).isTrue();
    }

    @Test
    void aRefusedCapabilityStillReadsChatAndSaysWhy() throws Exception {
        server = FakeTwitchServer.start(FakeTwitchServer.options().nakCapabilities());
        connect("ws", fast()).join("a");
        awaitLive("a");
        assertThat(listener.lastStatus("a").detail())
                .contains("refused twitch.tv/tags twitch.tv/commands");
        server.send("a", ":viewer!viewer@viewer.tmi.twitch.tv PRIVMSG #a :no tags");
        await(() -> listener.texts("a").contains("no tags"), WAIT, "a tagless line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcp", "ws"})
    void aRefusedLoginIsAnErrorThatStopsRetrying(String transport) throws Exception {
        server = FakeTwitchServer.start(FakeTwitchServer.options().refuseLogin());
        connect(transport, fast()).join("a");
        await(() -> listener.is("a", ChannelStatus.ERROR), WAIT, "error status");
        assertThat(listener.lastStatus("a").detail())
                .contains("Login authentication failed")
                .contains("MELLCHAT_TWITCH_IRC_URL");
        // a join handled by the same connection afterwards proves it is past the failure
        client.join("b");
        await(() -> listener.is("b", ChannelStatus.ERROR), WAIT, "b in error");
        assertThat(server.connectionCount()).isEqualTo(1);
        assertThat(listener.statusesOf("a")).doesNotContain(ChannelStatus.RECONNECTING);
    }

    @Test
    void aSuspendedChannelIsAnErrorAndIsNotJoinedAgain() throws Exception {
        server = FakeTwitchServer.start();
        server.suspend("gone");
        connect("tcp", fast());
        client.join("gone");
        client.join("ok");
        await(() -> listener.is("gone", ChannelStatus.ERROR), WAIT, "gone in error");
        assertThat(listener.lastStatus("gone").detail()).contains("msg_channel_suspended");
        awaitLive("ok");

        server.reconnectAll();
        await(() -> server.connectionCount() == 2, WAIT, "reconnected");
        await(() -> server.isJoined("ok"), WAIT, "ok re-joined");
        awaitLive("ok");
        assertThat(server.joinCount("gone")).isEqualTo(1);
        assertThat(listener.is("gone", ChannelStatus.ERROR)).isTrue();
    }

    @Test
    void deliversALineTwitchSendsTwiceTwice() throws Exception {
        server = FakeTwitchServer.start();
        connect("tcp", fast()).join("a");
        awaitLive("a");
        server.send("a", TwitchLines.privmsg("a", "viewer", "id-1", 1, "once"));
        server.resend("a", 1);
        await(() -> listener.texts("a").size() == 2, WAIT, "both copies");
        assertThat(listener.texts("a")).containsExactly("once", "once");
    }

    @Test
    void readsSeveralLinesPerWebSocketFrame() throws Exception {
        server = FakeTwitchServer.start();
        connect("ws", fast()).join("a");
        awaitLive("a");
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(TwitchLines.privmsg("a", "viewer", "line " + i));
        }
        server.sendBatch("a", batch);
        await(() -> listener.texts("a").size() == 50, WAIT, "fifty lines");
        assertThat(listener.texts("a").get(49)).isEqualTo("line 49");
    }

    @Test
    void keepsInvalidUtf8AsReplacementAndSkipsOverlongLines() throws Exception {
        server = FakeTwitchServer.start();
        connect("tcp", fast().maxLineBytes(4096)).join("a");
        awaitLive("a");
        byte[] prefix = ":v!v@v PRIVMSG #a :bad ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[prefix.length + 2];
        System.arraycopy(prefix, 0, bad, 0, prefix.length);
        bad[prefix.length] = (byte) 0xff;
        bad[prefix.length + 1] = (byte) 0xfe;
        server.sendBytes("a", bad);
        server.send("a", TwitchLines.privmsg("a", "v", "y".repeat(10_000)));
        server.send("a", "@tags-without=command");
        server.send("a", TwitchLines.privmsg("a", "v", "still fine"));
        await(() -> listener.texts("a").contains("still fine"), WAIT, "the last line");
        assertThat(listener.texts("a")).containsExactly("bad \uFFFD\uFFFD", "still fine");
        assertThat(listener.skips).contains(SkipReasons.LINE_TOO_LONG, SkipReasons.MALFORMED_LINE);
    }

    @Test
    void spreadsManyChannelsOverSeveralConnectionsAndClosesEmptyOnes() throws Exception {
        server = FakeTwitchServer.start();
        connect("tcp", fast().channelsPerConnection(2));
        for (int i = 0; i < 5; i++) {
            client.join("c" + i);
        }
        server.awaitJoined(WAIT, "c0", "c1", "c2", "c3", "c4");
        assertThat(client.connectionCount()).isEqualTo(3);
        assertThat(server.connectionCount()).isEqualTo(3);

        client.part("c4");
        await(() -> server.openSessions() == 2, WAIT, "the third connection closed");
        client.part("c0");
        await(() -> !server.isJoined("c0"), WAIT, "c0 parted");
        assertThat(server.received("PART")).contains("PART #c0");
        assertThat(client.channels()).containsExactlyInAnyOrder("c1", "c2", "c3");
    }

    @Test
    void spacesJoinsToTheRateLimit() throws Exception {
        server = FakeTwitchServer.start();
        connect("tcp", fast().joinRate(3, Duration.ofMillis(600)));
        long start = System.nanoTime();
        for (int i = 0; i < 7; i++) {
            client.join("r" + i);
        }
        server.awaitJoined(WAIT, "r0", "r1", "r2", "r3", "r4", "r5", "r6");
        // 7 joins at 3 per 600 ms need at least two more windows after the first
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1200));
    }

    @Test
    void theFakesChatterReachesJoinedChannels() throws Exception {
        server = FakeTwitchServer.start();
        connect("ws", fast()).join("a");
        awaitLive("a");
        server.chatter(200);
        await(() -> listener.texts("a").size() >= 5, WAIT, "five synthetic lines");
    }
}
