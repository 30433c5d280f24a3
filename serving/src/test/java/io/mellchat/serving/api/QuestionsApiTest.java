package io.mellchat.serving.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.mellchat.model.UserAction;
import io.mellchat.serving.Main;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.support.Await;
import io.mellchat.serving.support.Http;
import io.mellchat.serving.support.Http.Resp;
import io.mellchat.serving.support.TestStack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.StreamEntryID;

@ServerTest
class QuestionsApiTest {
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static TestStack stack;
    private static UUID popular;
    private static UUID trendingTie;
    private static UUID answered;
    private final Http http;

    QuestionsApiTest(WebServer server) {
        this.http = new Http(server.port());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        stack = TestStack.start();
        var d = stack.data();
        popular =
                d.question(
                        "twitch",
                        "alpha",
                        "show",
                        "what keyboard do you use?",
                        T0,
                        10,
                        3,
                        1.0,
                        false);
        // 5 + 1 = 6 each: the more trending one first
        d.question(
                "kick",
                "beta",
                "show",
                "when is the next stream?",
                T0.plusSeconds(10),
                5,
                1,
                0.5,
                false);
        trendingTie =
                d.question(
                        "twitch",
                        "alpha",
                        "show",
                        "how old are you?",
                        T0.plusSeconds(20),
                        4,
                        2,
                        9.0,
                        false);
        d.question(
                "twitch",
                "alpha",
                "show",
                "newest question?",
                T0.plusSeconds(30),
                0,
                1,
                0.0,
                false);
        answered =
                d.question(
                        "twitch",
                        "alpha",
                        "show",
                        "already answered?",
                        T0.plusSeconds(40),
                        50,
                        1,
                        0.0,
                        true);
        d.question(
                "youtube",
                "dQw4w9WgXcQ",
                "other",
                "other stream?",
                T0.plusSeconds(50),
                1,
                1,
                0.0,
                false);
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private List<String> texts(Resp r) {
        List<String> out = new ArrayList<>();
        r.json().get("items").forEach(n -> out.add(n.get("question").asText()));
        return out;
    }

    @Test
    void topRanksByUpvotesPlusAsksWithTrendingFirstAmongEquals() {
        Resp r = http.get("/api/v1/questions?stream=show&sort=top");
        assertThat(r.status()).isEqualTo(200);
        assertThat(texts(r))
                .containsExactly(
                        "what keyboard do you use?",
                        "how old are you?",
                        "when is the next stream?",
                        "newest question?");
        JsonNode q = r.json().get("items").get(0);
        for (String f :
                List.of(
                        "id",
                        "message_id",
                        "stream",
                        "platform",
                        "channel",
                        "username",
                        "display_name",
                        "question",
                        "timestamp",
                        "answered",
                        "answered_at",
                        "upvotes",
                        "asks",
                        "score",
                        "trending",
                        "sources")) {
            assertThat(q.has(f)).as(f).isTrue();
        }
        assertThat(q.get("sources").get(0).get("platform").asText()).isEqualTo("twitch");
    }

    @Test
    void newAndTrendingOrders() {
        assertThat(texts(http.get("/api/v1/questions?stream=show&sort=new")))
                .startsWith("newest question?", "how old are you?");
        assertThat(texts(http.get("/api/v1/questions?stream=show&sort=trending")))
                .startsWith("how old are you?", "what keyboard do you use?");
    }

    @Test
    void statusAndChannelFilters() {
        assertThat(texts(http.get("/api/v1/questions?status=answered")))
                .containsExactly("already answered?");
        assertThat(texts(http.get("/api/v1/questions?stream=show&status=all")))
                .hasSize(5)
                .first()
                .isEqualTo("already answered?");
        assertThat(texts(http.get("/api/v1/questions?platform=kick&channel=beta")))
                .containsExactly("when is the next stream?");
        assertThat(texts(http.get("/api/v1/questions?platform=youtube")))
                .containsExactly("other stream?");
        assertThat(http.get("/api/v1/questions?sort=best").json().get("detail").asText())
                .startsWith("sort:");
        assertThat(http.get("/api/v1/questions?status=closed").json().get("detail").asText())
                .startsWith("status:");
    }

    @Test
    void cursorPagingInEverySortOrder() {
        for (String sort : List.of("top", "new", "trending")) {
            List<String> seen = new ArrayList<>();
            String next = null;
            do {
                Resp r =
                        http.get(
                                "/api/v1/questions?stream=show&status=all&limit=2&sort="
                                        + sort
                                        + (next == null ? "" : "&cursor=" + next));
                assertThat(r.status()).isEqualTo(200);
                seen.addAll(texts(r));
                next = r.json().get("next").isNull() ? null : r.json().get("next").asText();
            } while (next != null);
            assertThat(seen).as(sort).hasSize(5).doesNotHaveDuplicates();
            assertThat(seen)
                    .as(sort)
                    .isEqualTo(
                            texts(
                                    http.get(
                                            "/api/v1/questions?stream=show&status=all&limit=50&sort="
                                                    + sort)));
        }
        assertThat(http.get("/api/v1/questions?cursor=xyz").json().get("detail").asText())
                .startsWith("cursor:");
    }

    @Test
    void cachedQueueIsRefreshedByLiveFrames() {
        UUID id =
                stack.data()
                        .question(
                                "twitch",
                                "cachetest",
                                "cache-stream",
                                "before the frame",
                                T0,
                                1,
                                1,
                                0,
                                false);
        assertThat(texts(http.get("/api/v1/questions?stream=cache-stream")))
                .containsExactly("before the frame");
        stack.data()
                .sql("UPDATE questions SET question = 'after the frame' WHERE id = '" + id + "'");
        // still cached until a frame says the queue changed
        assertThat(texts(http.get("/api/v1/questions?stream=cache-stream")))
                .containsExactly("before the frame");
        stack.publish(
                "upvotes:twitch:cachetest",
                "{\"type\":\"upvotes\",\"stream\":\"cache-stream\",\"platform\":\"twitch\",\"channel\":\"cachetest\",\"data\":[{\"type\":\"question\",\"id\":\""
                        + id
                        + "\",\"upvotes\":2,\"trending\":1.0}]}");
        Await.until(
                Duration.ofSeconds(5),
                () ->
                        texts(http.get("/api/v1/questions?stream=cache-stream"))
                                .contains("after the frame"),
                "the cache to be invalidated");
    }

    @Test
    void upvotesAreOnePerVoter() {
        String v = stack.token(Role.VIEWER, "qvoter");
        assertThat(
                        http.post("/api/v1/questions/" + popular + "/upvote", null, v)
                                .json()
                                .get("duplicate")
                                .asBoolean())
                .isFalse();
        assertThat(
                        http.post("/api/v1/questions/" + popular + "/upvote", null, v)
                                .json()
                                .get("duplicate")
                                .asBoolean())
                .isTrue();
        assertThat(
                        http.post(
                                        "/api/v1/questions/" + popular + "/upvote",
                                        null,
                                        stack.token(Role.VIEWER, "other"))
                                .json()
                                .get("duplicate")
                                .asBoolean())
                .isFalse();
        assertThat(actions())
                .filteredOn(a -> a.targetId().equals(popular) && a.type() == UserAction.Type.UPVOTE)
                .hasSize(2)
                .allMatch(a -> a.targetType() == UserAction.Target.QUESTION);
    }

    @Test
    void answeringReturnsTheQuestionAsItWillBe() {
        Resp r =
                http.post(
                        "/api/v1/questions/" + trendingTie + "/answer",
                        null,
                        stack.token(Role.MODERATOR, "m1"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asText()).isEqualTo(trendingTie.toString());
        assertThat(r.json().get("answered").asBoolean()).isTrue();
        assertThat(r.json().get("answered_at").isTextual()).isTrue();
        assertThat(actions())
                .anyMatch(
                        a ->
                                a.type() == UserAction.Type.ANSWER
                                        && a.targetId().equals(trendingTie)
                                        && a.actor().equals("moderator:m1"));

        Resp reopen =
                http.delete(
                        "/api/v1/questions/" + answered + "/answer", stack.token(Role.STREAMER));
        assertThat(reopen.status()).isEqualTo(200);
        assertThat(reopen.json().get("answered").asBoolean()).isFalse();
        assertThat(reopen.json().get("answered_at").isNull()).isTrue();
        assertThat(actions())
                .anyMatch(
                        a -> a.type() == UserAction.Type.UNANSWER && a.targetId().equals(answered));
    }

    @Test
    void answeringNeedsAModeratorAndAnExistingQuestion() {
        assertThat(http.post("/api/v1/questions/" + popular + "/answer", null, null).status())
                .isEqualTo(401);
        assertThat(
                        http.post(
                                        "/api/v1/questions/" + popular + "/answer",
                                        null,
                                        stack.token(Role.VIEWER))
                                .status())
                .isEqualTo(403);
        assertThat(
                        http.post(
                                        "/api/v1/questions/" + UUID.randomUUID() + "/answer",
                                        null,
                                        stack.token(Role.ADMIN))
                                .status())
                .isEqualTo(404);
        assertThat(
                        http.post("/api/v1/questions/123/answer", null, stack.token(Role.ADMIN))
                                .status())
                .isEqualTo(400);
    }

    private static List<UserAction> actions() {
        return stack
                .ctx()
                .redis()
                .pool()
                .xrange(
                        stack.prefix() + UserAction.STREAM_KEY,
                        (StreamEntryID) null,
                        (StreamEntryID) null)
                .stream()
                .map(e -> UserAction.fromStreamFields(e.getFields()))
                .toList();
    }
}
