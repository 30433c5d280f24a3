package io.mellchat.serving.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.mellchat.serving.Main;
import io.mellchat.serving.http.Cursor;
import io.mellchat.serving.support.Await;
import io.mellchat.serving.support.TestStack;
import io.mellchat.serving.support.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Several WebSocket clients: snapshots, live routing, batching, subscriptions, resume. */
@ServerTest
class WebSocketTest {
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static TestStack stack;
    private static final List<UUID> history = new ArrayList<>();
    private static UUID deletedId;
    private final int port;

    WebSocketTest(WebServer server) {
        this.port = server.port();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        stack = TestStack.start();
        var d = stack.data();
        d.channel("twitch", "wsa", "show", "live");
        d.channel("kick", "wsb", "show", "reconnecting");
        for (int i = 0; i < 5; i++) {
            history.add(d.message("twitch", "wsa", "show", "history " + i, T0.plusSeconds(i)));
        }
        deletedId =
                d.message(
                        "twitch",
                        "wsa",
                        "show",
                        "deleted one",
                        T0.plusSeconds(10),
                        "general",
                        true);
        d.question("twitch", "wsa", "show", "snapshot question?", T0, 3, 1, 0, false);
        d.question("twitch", "wsa", "show", "answered question?", T0, 9, 1, 0, true);
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static String messageFrame(String platform, String channel, String stream, String... texts) {
        StringBuilder data = new StringBuilder();
        for (String t : texts) {
            if (!data.isEmpty()) {
                data.append(',');
            }
            data.append("{\"id\":\"")
                    .append(UUID.randomUUID())
                    .append("\",\"platform\":\"")
                    .append(platform)
                    .append("\",\"channel\":\"")
                    .append(channel)
                    .append("\",\"stream\":\"")
                    .append(stream)
                    .append("\",\"username\":\"u\",\"display_name\":\"U\",\"message\":\"")
                    .append(t)
                    .append(
                            "\",\"timestamp\":\"2025-03-01T12:00:00Z\",\"kind\":\"chat\",\"badges\":[],\"emotes\":[],\"deleted\":false}");
        }
        return "{\"type\":\"message\",\"stream\":\""
                + stream
                + "\",\"platform\":\""
                + platform
                + "\",\"channel\":\""
                + channel
                + "\",\"data\":["
                + data
                + "]}";
    }

    private static boolean isText(JsonNode frame, String text) {
        if (!"message".equals(frame.path("type").asText())) {
            return false;
        }
        for (JsonNode m : frame.get("data")) {
            if (m.get("message").asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void snapshotOnSubscribeThenLiveFramesOfThatChannelOnly() {
        try (WsClient c = new WsClient(port, "/ws?channels=twitch:wsa")) {
            JsonNode ack = c.next("subscribed");
            assertThat(ack.get("channels").get(0).asText()).isEqualTo("twitch:wsa");
            JsonNode channel = c.next("channel");
            assertThat(channel.get("data").get("status").asText()).isEqualTo("live");
            JsonNode snap = c.next("message");
            assertThat(snap.get("snapshot").asBoolean()).isTrue();
            List<String> texts = new ArrayList<>();
            snap.get("data").forEach(m -> texts.add(m.get("message").asText()));
            assertThat(texts)
                    .containsExactly(
                            "history 0", "history 1", "history 2", "history 3", "history 4");
            JsonNode q = c.next("question");
            assertThat(q.get("data").get("question").asText()).isEqualTo("snapshot question?");

            stack.publish(
                    "messages:twitch:other",
                    messageFrame("twitch", "other", "elsewhere", "not for you"));
            String live = messageFrame("twitch", "wsa", "show", "live line");
            stack.publish("messages:twitch:wsa", live);
            JsonNode got = c.next("message");
            assertThat(got.get("data").get(0).get("message").asText()).isEqualTo("live line");
            assertThat(got.get("platform").asText()).isEqualTo("twitch");
            assertThat(got.get("channel").asText()).isEqualTo("wsa");

            String answered =
                    "{\"type\":\"answered\",\"stream\":\"show\",\"platform\":\"twitch\",\"channel\":\"wsa\",\"data\":{\"id\":\""
                            + UUID.randomUUID()
                            + "\",\"answered\":true}}";
            stack.publish("questions:twitch:wsa", answered);
            assertThat(c.next("answered").get("data").get("answered").asBoolean()).isTrue();
            String deleted =
                    "{\"type\":\"deleted\",\"stream\":\"show\",\"platform\":\"twitch\",\"channel\":\"wsa\",\"data\":{\"platform\":\"twitch\",\"channel\":\"wsa\",\"message_ids\":[\""
                            + history.get(0)
                            + "\"],\"question_ids\":[]}}";
            stack.publish("moderation:twitch:wsa", deleted);
            assertThat(c.next("deleted").get("data").get("message_ids").get(0).asText())
                    .isEqualTo(history.get(0).toString());
        }
    }

    @Test
    void streamSubscribersGetEveryChannelOfTheStreamAndStreamStats() {
        try (WsClient show = new WsClient(port, "/ws?stream=show");
                WsClient kickOnly = new WsClient(port, "/ws?channels=kick:wsb")) {
            show.next("subscribed");
            kickOnly.next("subscribed");
            stack.publish("messages:kick:wsb", messageFrame("kick", "wsb", "show", "from kick"));
            stack.publish(
                    "messages:twitch:wsa", messageFrame("twitch", "wsa", "show", "from twitch"));
            stack.publish(
                    "stats:stream:show",
                    "{\"type\":\"stats\",\"stream\":\"show\",\"platform\":\"*\",\"channel\":\"*\",\"data\":{\"messages\":7}}");
            // both lines may come in one batched frame; frames of different channels (and of
            // the stream as a whole) have no order among them
            java.util.Set<String> seen = new java.util.HashSet<>();
            int[] statsMessages = {0};
            show.next(
                    f -> {
                        if ("message".equals(f.path("type").asText())) {
                            f.get("data").forEach(m -> seen.add(m.get("message").asText()));
                        }
                        if ("stats".equals(f.path("type").asText())) {
                            statsMessages[0] = f.get("data").get("messages").asInt();
                        }
                        return seen.contains("from kick")
                                && seen.contains("from twitch")
                                && statsMessages[0] > 0;
                    });
            assertThat(statsMessages[0]).isEqualTo(7);
            assertThat(kickOnly.next(f -> isText(f, "from kick"))).isNotNull();
            stack.publish(
                    "channels:kick:wsb",
                    "{\"type\":\"channel\",\"stream\":\"show\",\"platform\":\"kick\",\"channel\":\"wsb\",\"data\":{\"platform\":\"kick\",\"channel\":\"wsb\",\"status\":\"live\"}}");
            assertThat(
                            kickOnly.next(
                                            f ->
                                                    "channel".equals(f.path("type").asText())
                                                            && !f.has("snapshot"))
                                    .get("data")
                                    .get("status")
                                    .asText())
                    .isEqualTo("live");
            // the kick-only client never saw the twitch line (frames arrive in order)
            assertThat(kickOnly.drain()).noneMatch(f -> isText(f, "from twitch"));
        }
    }

    @Test
    void noSubscriptionMeansStreamDefault() {
        stack.data().channel("youtube", "dQw4w9WgXcQ", "default", "live");
        stack.ctx().directory().invalidate();
        try (WsClient c = new WsClient(port, "/ws")) {
            assertThat(c.next("subscribed").get("streams").get(0).asText()).isEqualTo("default");
            stack.publish(
                    "messages:youtube:dQw4w9WgXcQ",
                    messageFrame("youtube", "dQw4w9WgXcQ", "default", "default stream line"));
            assertThat(c.next(f -> isText(f, "default stream line"))).isNotNull();
        }
    }

    @Test
    void subscribeAndUnsubscribeFrames() {
        try (WsClient c = new WsClient(port, "/ws?channels=twitch:wsa")) {
            c.next("subscribed");
            c.send("{\"type\":\"subscribe\",\"channels\":[\"Kick:WSB\"]}");
            JsonNode ack =
                    c.next(
                            f ->
                                    "subscribed".equals(f.path("type").asText())
                                            && f.get("channels").size() == 2);
            assertThat(ack.get("channels").toString()).contains("kick:wsb").contains("twitch:wsa");
            c.send("{\"type\":\"unsubscribe\",\"channels\":[\"twitch:wsa\"]}");
            assertThat(c.next("unsubscribed").get("channels").toString())
                    .isEqualTo("[\"kick:wsb\"]");
            stack.publish(
                    "messages:twitch:wsa",
                    messageFrame("twitch", "wsa", "show", "after unsubscribe"));
            stack.publish(
                    "messages:kick:wsb", messageFrame("kick", "wsb", "show", "still subscribed"));
            List<JsonNode> seen = new ArrayList<>();
            c.next(
                    f -> {
                        seen.add(f);
                        return isText(f, "still subscribed");
                    });
            assertThat(seen).noneMatch(f -> isText(f, "after unsubscribe"));
            c.send("{\"type\":\"ping\"}");
            assertThat(c.next("pong")).isNotNull();
        }
    }

    @Test
    void badRequestsGetErrorFrames() {
        try (WsClient c = new WsClient(port, "/ws?channels=myspace:tom")) {
            assertThat(c.next("error").get("detail").asText()).contains("myspace");
            c.send("not json");
            assertThat(c.next("error").get("detail").asText()).contains("malformed");
            c.send("{\"type\":\"dance\"}");
            assertThat(c.next("error").get("detail").asText()).contains("dance");
            c.send("{\"type\":\"subscribe\",\"channels\":\"twitch:wsa\"}");
            assertThat(c.next("error").get("detail").asText()).contains("channels");
            // an invalid channel in an unsubscribe is an error frame too, not a closed connection
            c.send("{\"type\":\"unsubscribe\",\"channels\":[\"bogus\"]}");
            assertThat(c.next("error").get("detail").asText()).contains("bogus");
            // a time PostgreSQL cannot hold
            c.send(
                    "{\"type\":\"subscribe\",\"channels\":[\"twitch:wsa\"],\"since\":\""
                            + Cursor.encode("+300000-01-01T00:00:00Z", new UUID(0, 0))
                            + "\"}");
            assertThat(c.next("error").get("detail").asText()).contains("since");
            c.send(
                    "{\"type\":\"subscribe\",\"channels\":[\"twitch:wsa\"],"
                            + "\"since\":\"0000-01-01T00:00:00Z\"}");
            assertThat(c.next("error").get("detail").asText())
                    .isEqualTo("since: must be a time in the years 1 to 9999");
            c.send("{\"type\":\"ping\"}");
            c.next("pong");
        }
    }

    @Test
    void burstsAreBatchedInOrderAndNothingIsLost() {
        try (WsClient c = new WsClient(port, "/ws?channels=twitch:burst")) {
            c.next("subscribed");
            for (int i = 0; i < 200; i++) {
                stack.publish(
                        "messages:twitch:burst", messageFrame("twitch", "burst", "show", "b" + i));
            }
            List<String> got = new ArrayList<>();
            int[] frames = {0};
            c.next(
                    f -> {
                        if ("message".equals(f.path("type").asText())) {
                            frames[0]++;
                            f.get("data").forEach(m -> got.add(m.get("message").asText()));
                        }
                        return got.size() >= 200;
                    });
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                expected.add("b" + i);
            }
            assertThat(got).isEqualTo(expected);
            assertThat(frames[0]).isLessThan(200);
        }
    }

    @Test
    void resumeWithSinceCatchesUpFromPostgres() {
        try (WsClient c = new WsClient(port, "/ws?channels=twitch:wsa&since=" + history.get(1))) {
            c.next("subscribed");
            JsonNode snap = c.next("message");
            List<String> texts = new ArrayList<>();
            snap.get("data").forEach(m -> texts.add(m.get("message").asText()));
            assertThat(texts).containsExactly("history 2", "history 3", "history 4");
            // a message deleted in the gap comes by id only (/ws needs no token; its text is for
            // moderators), so a client that showed it can drop it
            JsonNode deleted = c.next("deleted");
            assertThat(deleted.get("snapshot").asBoolean()).isTrue();
            assertThat(deleted.get("platform").asText()).isEqualTo("twitch");
            assertThat(deleted.get("channel").asText()).isEqualTo("wsa");
            assertThat(deleted.get("data").get("message_ids"))
                    .extracting(JsonNode::asText)
                    .containsExactly(deletedId.toString());
            assertThat(deleted.toString()).doesNotContain("deleted one");
        }
        try (WsClient c = new WsClient(port, "/ws?channels=twitch:wsa")) {
            c.next("subscribed");
            c.send(
                    "{\"type\":\"subscribe\",\"channels\":[\"twitch:wsa\"],\"since\":\""
                            + T0.plusSeconds(3)
                            + "\"}");
            JsonNode snap =
                    c.next(
                            f ->
                                    "message".equals(f.path("type").asText())
                                            && f.get("data").size() == 2);
            assertThat(snap.get("data").get(0).get("message").asText()).isEqualTo("history 3");
        }
    }

    @Test
    void sessionsAreCountedAndForgottenWhenClientsLeave() {
        // sessions of earlier tests are removed asynchronously after their close
        Await.until(
                Duration.ofSeconds(10),
                () -> stack.ctx().hub().sessionCount() == 0,
                "earlier sessions to go");
        int before = 0;
        WsClient a = new WsClient(port, "/ws");
        WsClient b = new WsClient(port, "/ws?stream=show");
        a.next("subscribed");
        b.next("subscribed");
        assertThat(stack.ctx().hub().sessionCount()).isEqualTo(before + 2);
        a.close();
        b.close();
        Await.until(
                Duration.ofSeconds(10),
                () -> stack.ctx().hub().sessionCount() == before,
                "sessions to be removed");
    }
}
