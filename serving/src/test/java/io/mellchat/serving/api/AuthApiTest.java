package io.mellchat.serving.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.mellchat.serving.Main;
import io.mellchat.serving.auth.Jwt;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.support.Http;
import io.mellchat.serving.support.Http.Resp;
import io.mellchat.serving.support.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Viewer tokens, bad tokens, API keys. */
@ServerTest
class AuthApiTest {
    private static TestStack stack;
    private final Http http;

    AuthApiTest(WebServer server) {
        this.http = new Http(server.port());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        stack = TestStack.start();
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void viewerTokensVoteAndAreLimitedPerAddress() {
        Resp r = http.post("/api/v1/viewers", null, null);
        assertThat(r.status()).isEqualTo(201);
        String token = r.json().get("token").asText();
        assertThat(r.json().get("role").asText()).isEqualTo("viewer");
        assertThat(stack.ctx().auth().jwt().verify(token).role()).isEqualTo(Role.VIEWER);
        // the token is accepted (not 401/403); the question does not exist
        assertThat(
                        http.post("/api/v1/questions/" + UUID.randomUUID() + "/upvote", null, token)
                                .status())
                .isEqualTo(404);
        // 10 per minute per address: this was the first
        for (int i = 2; i <= 10; i++) {
            assertThat(http.post("/api/v1/viewers", null, null).status())
                    .as("token " + i)
                    .isEqualTo(201);
        }
        Resp limited = http.post("/api/v1/viewers", null, null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("error").asText()).isEqualTo("rate_limited");
        assertThat(limited.header("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
    }

    @Test
    void badTokensAre401EvenOnPublicEndpoints() {
        assertThat(http.get("/api/v1/channels", "garbage").status()).isEqualTo(401);
        Resp scheme =
                http.send(
                        "GET",
                        "/api/v1/channels",
                        null,
                        null,
                        null,
                        "Authorization",
                        "Basic dXNlcjpwYXNz");
        assertThat(scheme.status()).isEqualTo(401);
        assertThat(scheme.json().get("detail").asText()).contains("Bearer");

        String good = stack.token(Role.ADMIN);
        String[] parts = good.split("\\.");
        String forgedClaims =
                b64(
                        "{\"sub\":\"x\",\"role\":\"admin\",\"exp\":"
                                + (System.currentTimeMillis() / 1000 + 3600)
                                + "}");
        assertThat(
                        http.get("/api/v1/keys", parts[0] + "." + forgedClaims + "." + parts[2])
                                .json()
                                .get("detail")
                                .asText())
                .contains("signature");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + forgedClaims + ".";
        assertThat(http.get("/api/v1/keys", none).json().get("detail").asText())
                .contains("algorithm");
        String otherSecret =
                new Jwt(
                                ("another-secret-that-is-long-enough-" + UUID.randomUUID())
                                        .getBytes(StandardCharsets.UTF_8))
                        .sign("x", Role.ADMIN, Duration.ofHours(1));
        assertThat(http.get("/api/v1/keys", otherSecret).status()).isEqualTo(401);
        String expired = stack.ctx().auth().jwt().sign("old", Role.ADMIN, Duration.ofMinutes(-5));
        Resp exp = http.get("/api/v1/keys", expired);
        assertThat(exp.status()).isEqualTo(401);
        assertThat(exp.json().get("detail").asText()).contains("expired");
    }

    @Test
    void adminsManageApiKeysThatWorkAsBearerTokens() {
        String admin = stack.token(Role.ADMIN, "root");
        Resp created =
                http.post(
                        "/api/v1/keys", "{\"name\":\"overlay bot\",\"role\":\"moderator\"}", admin);
        assertThat(created.status()).isEqualTo(201);
        String key = created.json().get("key").asText();
        String id = created.json().get("id").asText();
        assertThat(key).startsWith("mk_");
        assertThat(created.json().get("role").asText()).isEqualTo("moderator");
        assertThat(created.json().get("created_by").asText()).isEqualTo("admin:root");

        // hashed at rest: the table never holds the key
        String stored =
                stack.ctx()
                        .db()
                        .one(
                                "SELECT key_hash FROM api_keys WHERE id = ?::uuid",
                                ps -> ps.setString(1, id),
                                rs -> rs.getString(1))
                        .orElseThrow();
        assertThat(stored).hasSize(64).doesNotContain(key.substring(3));

        JsonNode listed = http.get("/api/v1/keys", admin).json().get("items");
        assertThat(listed)
                .anyMatch(
                        k ->
                                k.get("id").asText().equals(id)
                                        && !k.has("key")
                                        && k.get("revoked_at").isNull());

        // the key is accepted as a moderator (not 401/403); the message does not exist
        assertThat(http.post("/api/v1/messages/" + UUID.randomUUID() + "/hide", null, key).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/keys", key).status()).isEqualTo(403);

        assertThat(http.delete("/api/v1/keys/" + id, admin).status()).isEqualTo(204);
        Resp revoked = http.post("/api/v1/messages/" + UUID.randomUUID() + "/hide", null, key);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("detail").asText()).contains("revoked");
        assertThat(http.delete("/api/v1/keys/" + id, admin).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/keys", "mk_unknown").status()).isEqualTo(401);
    }

    @Test
    void keysAreForAdminsAndValidated() {
        assertThat(http.get("/api/v1/keys").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/keys", stack.token(Role.STREAMER)).status()).isEqualTo(403);
        assertThat(
                        http.post(
                                        "/api/v1/keys",
                                        "{\"name\":\"x\",\"role\":\"god\"}",
                                        stack.token(Role.ADMIN))
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("role:");
        assertThat(
                        http.post("/api/v1/keys", "{\"role\":\"viewer\"}", stack.token(Role.ADMIN))
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("name:");
        assertThat(
                        http.post("/api/v1/keys", "[1,2]", stack.token(Role.ADMIN))
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("body:");
        assertThat(
                        http.delete("/api/v1/keys/nope", stack.token(Role.ADMIN))
                                .json()
                                .get("detail")
                                .asText())
                .startsWith("id:");
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
