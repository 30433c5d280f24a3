package io.mellchat.serving.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.mellchat.serving.Main;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.support.Http;
import io.mellchat.serving.support.Http.Resp;
import io.mellchat.serving.support.TestStack;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Per-token and per-address limits, counted in Redis. */
@ServerTest
class RateLimitTest {
    private static TestStack stack;
    private final Http http;

    RateLimitTest(WebServer server) {
        this.http = new Http(server.port());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        stack =
                TestStack.start(
                        Map.of(
                                "MELLCHAT_RATE_LIMIT_ADDRESS",
                                "12",
                                "MELLCHAT_RATE_LIMIT_TOKEN",
                                "4"));
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void aTokenOverItsLimitGets429WithRetryAfterThenTheAddressToo() {
        String token = stack.token(Role.VIEWER);
        for (int i = 0; i < 4; i++) {
            assertThat(http.get("/api/v1/channels", token).status()).isEqualTo(200);
        }
        Resp limited = http.get("/api/v1/channels", token);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isPresent();
        // another token from the same address still has its own budget, until the address is spent
        String other = stack.token(Role.VIEWER);
        assertThat(http.get("/api/v1/channels", other).status()).isEqualTo(200);
        int ok = 0;
        int status;
        do {
            status = http.get("/api/v1/channels").status();
            if (status == 200) {
                ok++;
            }
        } while (status == 200 && ok < 50);
        assertThat(status).isEqualTo(429);
        assertThat(ok).isLessThan(12);
        // limits are for the API only: health and the web app still answer
        assertThat(http.get("/observe/health/live").status()).isEqualTo(200);
    }
}
