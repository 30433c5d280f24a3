package io.mellchat.serving.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.mellchat.serving.Main;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.support.Http;
import io.mellchat.serving.support.Http.Resp;
import io.mellchat.serving.support.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

@ServerTest
class ChannelsApiTest {
    private static TestStack stack;
    private final Http http;

    ChannelsApiTest(WebServer server) {
        this.http = new Http(server.port());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        stack = TestStack.start();
        stack.data().channel("twitch", "replay-one", "default", "live");
        stack.data().channel("kick", "replay-two", "show", "offline");
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void listsChannelsForAnyoneWithStreamFilter() {
        Resp all = http.get("/api/v1/channels");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("next").isNull()).isTrue();
        assertThat(all.json().get("items"))
                .extracting(n -> n.get("channel").asText())
                .contains("replay-one", "replay-two");
        JsonNode c = all.json().get("items").get(0);
        assertThat(c.fieldNames())
                .toIterable()
                .containsExactly(
                        "platform",
                        "channel",
                        "stream",
                        "status",
                        "status_detail",
                        "last_message_at",
                        "messages_total",
                        "origin");

        Resp show = http.get("/api/v1/channels?stream=show");
        assertThat(show.json().get("items")).hasSize(1);
        assertThat(show.json().get("items").get(0).get("status").asText()).isEqualTo("offline");
        assertThat(http.get("/api/v1/channels?platform=myspace").status()).isEqualTo(400);
    }

    @Test
    void streamerAddsALiveChannelThatTheJobWillConnect() {
        Resp r =
                http.post(
                        "/api/v1/channels",
                        "{\"platform\":\"Twitch\",\"channel\":\"#Shroud\",\"stream\":\"main-show\"}",
                        stack.token(Role.STREAMER));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.header("Location")).contains("/api/v1/channels/twitch/shroud");
        assertThat(r.json().get("channel").asText()).isEqualTo("shroud");
        assertThat(r.json().get("origin").asText()).isEqualTo("live");
        assertThat(r.json().get("status").asText()).isEqualTo("connecting");
        assertThat(r.json().get("stream").asText()).isEqualTo("main-show");
        assertThat(http.get("/api/v1/channels?stream=main-show").json().get("items")).hasSize(1);

        Resp again =
                http.post(
                        "/api/v1/channels",
                        "{\"platform\":\"twitch\",\"channel\":\"shroud\"}",
                        stack.token(Role.ADMIN));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("conflict");
    }

    @Test
    void kickChatroomHintIsStoredButNotPartOfTheName() {
        Resp r =
                http.post(
                        "/api/v1/channels",
                        "{\"platform\":\"kick\",\"channel\":\"xqc#668\"}",
                        stack.token(Role.ADMIN));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("channel").asText()).isEqualTo("xqc");
        assertThat(r.json().get("stream").asText()).isEqualTo("default");
    }

    @Test
    void addingChannelsNeedsAdminOrStreamer() {
        String body = "{\"platform\":\"twitch\",\"channel\":\"nope\"}";
        Resp none = http.post("/api/v1/channels", body, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isPresent();
        assertThat(http.post("/api/v1/channels", body, stack.token(Role.MODERATOR)).status())
                .isEqualTo(403);
        Resp viewer = http.post("/api/v1/channels", body, stack.token(Role.VIEWER));
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.json().get("detail").asText())
                .contains("viewer")
                .contains("admin, streamer");
        assertThat(
                        http.delete("/api/v1/channels/twitch/replay-one", stack.token(Role.VIEWER))
                                .status())
                .isEqualTo(403);
    }

    @Test
    void invalidChannelsAreRejectedNamingTheField() {
        String admin = stack.token(Role.ADMIN);
        Resp platform =
                http.post(
                        "/api/v1/channels", "{\"platform\":\"myspace\",\"channel\":\"x\"}", admin);
        assertThat(platform.status()).isEqualTo(400);
        assertThat(platform.json().get("detail").asText()).startsWith("platform:");
        Resp channel =
                http.post(
                        "/api/v1/channels",
                        "{\"platform\":\"twitch\",\"channel\":\"no spaces!\"}",
                        admin);
        assertThat(channel.status()).isEqualTo(400);
        assertThat(channel.json().get("detail").asText()).startsWith("channel:");
        // longer than the column: a 400, not the database's refusal
        Resp tooLong =
                http.post(
                        "/api/v1/channels",
                        "{\"platform\":\"youtube\",\"channel\":\"@" + "a".repeat(100) + "\"}",
                        admin);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asText()).startsWith("channel:");
        Resp stream =
                http.post(
                        "/api/v1/channels",
                        "{\"platform\":\"twitch\",\"channel\":\"ok\",\"stream\":\"bad stream\"}",
                        admin);
        assertThat(stream.json().get("detail").asText()).startsWith("stream:");
        Resp missing = http.post("/api/v1/channels", "{\"platform\":\"twitch\"}", admin);
        assertThat(missing.json().get("detail").asText()).startsWith("channel:");
        Resp notString =
                http.post("/api/v1/channels", "{\"platform\":\"twitch\",\"channel\":5}", admin);
        assertThat(notString.json().get("detail").asText()).isEqualTo("channel: must be a string");
        Resp malformed = http.post("/api/v1/channels", "{\"platform\":", admin);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).startsWith("body: malformed JSON");
    }

    @Test
    void nonJsonBodiesAre415AndHugeBodiesAre413() {
        String admin = stack.token(Role.ADMIN);
        Resp text = http.send("POST", "/api/v1/channels", "platform=twitch", "text/plain", admin);
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("error").asText()).isEqualTo("unsupported_media_type");
        String huge = "{\"platform\":\"twitch\",\"channel\":\"" + "a".repeat(200_000) + "\"}";
        Resp big = http.post("/api/v1/channels", huge, admin);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("error").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void deletesChannelsAnd404sUnknownOnes() {
        String admin = stack.token(Role.ADMIN);
        assertThat(
                        http.post(
                                        "/api/v1/channels",
                                        "{\"platform\":\"youtube\",\"channel\":\"@LofiGirl\"}",
                                        admin)
                                .status())
                .isEqualTo(201);
        assertThat(http.delete("/api/v1/channels/youtube/@LofiGirl", admin).status())
                .isEqualTo(204);
        assertThat(http.get("/api/v1/channels").json().get("items"))
                .noneMatch(n -> n.get("channel").asText().equals("@LofiGirl"));
        Resp missing = http.delete("/api/v1/channels/youtube/@LofiGirl", admin);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void otherMethodsAre405WithAllow() {
        Resp r = http.send("PUT", "/api/v1/channels", "{}", "application/json", null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.header("Allow"))
                .hasValueSatisfying(a -> assertThat(a).contains("GET").contains("POST"));
        assertThat(r.json().get("error").asText()).isEqualTo("method_not_allowed");
    }
}
