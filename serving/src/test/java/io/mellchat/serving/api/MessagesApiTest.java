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
import io.mellchat.serving.support.Http;
import io.mellchat.serving.support.Http.Resp;
import io.mellchat.serving.support.TestStack;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;

@ServerTest
class MessagesApiTest {
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static TestStack stack;
    private static UUID deletedId;
    private static UUID firstId;
    private final Http http;

    MessagesApiTest(WebServer server) {
        this.http = new Http(server.port());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        stack = TestStack.start();
        for (int i = 0; i < 25; i++) {
            UUID id =
                    stack.data()
                            .message(
                                    "twitch",
                                    "alpha",
                                    "show",
                                    "line " + i,
                                    T0.plusSeconds(i),
                                    i % 5 == 0 ? "question" : "general",
                                    false);
            if (i == 0) {
                firstId = id;
            }
        }
        stack.data().message("kick", "beta", "show", "kick line", T0.plusSeconds(100));
        stack.data().message("youtube", "dQw4w9WgXcQ", "other", "yt line", T0.plusSeconds(200));
        deletedId =
                stack.data()
                        .message(
                                "twitch",
                                "alpha",
                                "show",
                                "rude line",
                                T0.plusSeconds(300),
                                "general",
                                true);
        // a reply that quotes a deleted line (Twitch and Kick carry the parent's text)
        UUID vile =
                stack.data()
                        .message(
                                "twitch",
                                "delta",
                                "quotes",
                                "vile words",
                                T0.plusSeconds(400),
                                "general",
                                true);
        UUID reply =
                stack.data().message("twitch", "delta", "quotes", "@rude no", T0.plusSeconds(401));
        stack.data()
                .sql(
                        "UPDATE messages SET reply_to = (SELECT platform_message_id FROM messages"
                                + " WHERE id = '"
                                + vile
                                + "'), reply_parent = '{\"username\":\"rude\",\"message\":\"vile words\"}'"
                                + " WHERE id = '"
                                + reply
                                + "'");
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void listsNewestFirstWithEveryMessageField() {
        Resp r = http.get("/api/v1/messages?platform=twitch&channel=alpha&limit=3");
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json().get("items");
        assertThat(items)
                .extracting(n -> n.get("message").asText())
                .containsExactly("line 24", "line 23", "line 22");
        JsonNode m = items.get(0);
        assertThat(m.has("id")).isTrue();
        for (String f :
                List.of(
                        "platform",
                        "channel",
                        "platform_message_id",
                        "user_id",
                        "username",
                        "display_name",
                        "message",
                        "timestamp",
                        "category",
                        "confidence",
                        "upvotes",
                        "kind",
                        "reply_to",
                        "badges",
                        "color",
                        "emotes",
                        "amount",
                        "deleted")) {
            assertThat(m.has(f)).as(f).isTrue();
        }
        assertThat(m.get("badges").get(0).get("type").asText()).isEqualTo("subscriber");
        assertThat(m.get("timestamp").asText()).isEqualTo("2025-03-01T12:00:24Z");
        assertThat(r.json().get("next").isTextual()).isTrue();
    }

    @Test
    void pagesThroughEverythingWithTheCursor() {
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Resp r =
                    http.get(
                            "/api/v1/messages?platform=twitch&channel=alpha&limit=10"
                                    + (next == null ? "" : "&before=" + next));
            r.json().get("items").forEach(n -> seen.add(n.get("message").asText()));
            next = r.json().get("next").isNull() ? null : r.json().get("next").asText();
            pages++;
        } while (next != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen)
                .hasSize(25)
                .doesNotHaveDuplicates()
                .startsWith("line 24")
                .endsWith("line 0");
    }

    @Test
    void filtersByStreamAndCategory() {
        assertThat(http.get("/api/v1/messages?stream=show&limit=100").json().get("items"))
                .hasSize(26);
        assertThat(http.get("/api/v1/messages?category=question&limit=100").json().get("items"))
                .hasSize(5);
        assertThat(http.get("/api/v1/messages?platform=youtube").json().get("items"))
                .extracting(n -> n.get("message").asText())
                .containsExactly("yt line");
    }

    @Test
    void deletedMessagesOnlyForModeratorsWhoAsk() {
        assertThat(http.get("/api/v1/messages?limit=500").body()).doesNotContain("rude line");
        assertThat(http.get("/api/v1/messages?include_deleted=true").status()).isEqualTo(401);
        assertThat(
                        http.get("/api/v1/messages?include_deleted=true", stack.token(Role.VIEWER))
                                .status())
                .isEqualTo(403);
        Resp mod =
                http.get(
                        "/api/v1/messages?platform=twitch&channel=alpha&include_deleted=true&limit=1",
                        stack.token(Role.MODERATOR));
        JsonNode m = mod.json().get("items").get(0);
        assertThat(m.get("id").asText()).isEqualTo(deletedId.toString());
        assertThat(m.get("deleted").asBoolean()).isTrue();
    }

    @Test
    void aReplyNoLongerQuotesADeletedParent() {
        JsonNode items =
                http.get("/api/v1/messages?platform=twitch&channel=delta").json().get("items");
        assertThat(items)
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.get("message").asText()).isEqualTo("@rude no");
                            assertThat(m.get("reply_parent").get("username").asText())
                                    .isEqualTo("rude");
                        });
        assertThat(http.get("/api/v1/messages?platform=twitch&channel=delta").body())
                .doesNotContain("vile words");
    }

    @Test
    void badParametersAreNamed() {
        assertThat(http.get("/api/v1/messages?limit=0").json().get("detail").asText())
                .startsWith("limit:");
        assertThat(http.get("/api/v1/messages?limit=abc").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/messages?before=garbage").json().get("detail").asText())
                .startsWith("before:");
        assertThat(http.get("/api/v1/messages?platform=irc").json().get("detail").asText())
                .startsWith("platform:");
        assertThat(
                        http.get("/api/v1/messages?include_deleted=maybe", stack.token(Role.ADMIN))
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("include_deleted:");
    }

    @Test
    void upvoteWritesOneActionAndRepeatsAreDuplicates() {
        String viewer = stack.token(Role.VIEWER, "voter-1");
        Resp first = http.post("/api/v1/messages/" + firstId + "/upvote", null, viewer);
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("accepted").asBoolean()).isTrue();
        assertThat(first.json().get("duplicate").asBoolean()).isFalse();
        Resp again = http.post("/api/v1/messages/" + firstId + "/upvote", null, viewer);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();

        List<UserAction> actions = actions();
        List<UserAction> mine =
                actions.stream()
                        .filter(
                                a ->
                                        a.targetId().equals(firstId)
                                                && a.actor().equals("viewer:voter-1"))
                        .toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).type()).isEqualTo(UserAction.Type.UPVOTE);
        assertThat(mine.get(0).targetType()).isEqualTo(UserAction.Target.MESSAGE);
        assertThat(mine.get(0).role()).isEqualTo("viewer");
        assertThat(mine.get(0).actionId()).isEqualTo(first.json().get("action_id").asText());

        assertThat(http.post("/api/v1/messages/" + firstId + "/upvote", null, null).status())
                .isEqualTo(401);
        assertThat(
                        http.post("/api/v1/messages/not-a-uuid/upvote", null, viewer)
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("id:");
    }

    @Test
    void voteAlreadyRecordedByTheJobIsADuplicate() {
        UUID item =
                stack.data().message("twitch", "gamma", "votes", "voted on", T0.plusSeconds(300));
        stack.data()
                .sql(
                        "INSERT INTO upvotes (id, type, item_id, voter) VALUES ('"
                                + UUID.randomUUID()
                                + "', 'message', '"
                                + item
                                + "', 'viewer:old-voter')");
        Resp r =
                http.post(
                        "/api/v1/messages/" + item + "/upvote",
                        null,
                        stack.token(Role.VIEWER, "old-voter"));
        assertThat(r.json().get("duplicate").asBoolean()).isTrue();
    }

    @Test
    void aHiddenMessageTakesNoVotesAsAHiddenQuestionTakesNone() {
        Resp r =
                http.post(
                        "/api/v1/messages/" + deletedId + "/upvote",
                        null,
                        stack.token(Role.VIEWER, "voter-hidden"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(actions()).noneMatch(a -> a.targetId().equals(deletedId));
    }

    @Test
    void moderatorsHideMessagesThroughTheJob() {
        UUID target =
                stack.data().message("kick", "delta", "hides", "to be hidden", T0.plusSeconds(400));
        assertThat(
                        http.post(
                                        "/api/v1/messages/" + UUID.randomUUID() + "/hide",
                                        null,
                                        stack.token(Role.MODERATOR, "mod-a"))
                                .status())
                .isEqualTo(404);
        Resp r =
                http.post(
                        "/api/v1/messages/" + target + "/hide",
                        null,
                        stack.token(Role.MODERATOR, "mod-a"));
        assertThat(r.status()).isEqualTo(202);
        assertThat(actions())
                .anyMatch(
                        a ->
                                a.type() == UserAction.Type.HIDE
                                        && a.targetId().equals(target)
                                        && a.actor().equals("moderator:mod-a")
                                        && a.stream().equals("hides")
                                        && a.channelKey().equals("kick:delta"));
        assertThat(
                        http.post(
                                        "/api/v1/messages/" + target + "/hide",
                                        null,
                                        stack.token(Role.VIEWER))
                                .status())
                .isEqualTo(403);
        assertThat(
                        http.post(
                                        "/api/v1/messages/" + target + "/hide",
                                        null,
                                        stack.token(Role.STREAMER))
                                .status())
                .isEqualTo(202);
    }

    private static List<UserAction> actions() {
        List<StreamEntry> entries =
                stack.ctx()
                        .redis()
                        .pool()
                        .xrange(
                                stack.prefix() + UserAction.STREAM_KEY,
                                (StreamEntryID) null,
                                (StreamEntryID) null);
        List<UserAction> out = new ArrayList<>();
        for (StreamEntry e : entries) {
            Map<String, String> f = e.getFields();
            out.add(UserAction.fromStreamFields(f));
        }
        return out;
    }
}
