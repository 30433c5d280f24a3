package io.mellchat.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.mellchat.serving.redis.Redis;
import io.mellchat.serving.support.Http;
import io.mellchat.serving.support.Http.Resp;
import io.mellchat.serving.support.TestStack;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Errors, security headers, CORS, the web app, health and metrics. */
@ServerTest
class EdgeTest {
    private static final String ORIGIN = "https://overlay.example.com";
    private static TestStack stack;
    private final Http http;

    EdgeTest(WebServer server) {
        this.http = new Http(server.port());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        stack = TestStack.start(Map.of("MELLCHAT_CORS_ORIGINS", ORIGIN));
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void unknownApiPathsAreJson404() {
        Resp r = http.get("/api/v1/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(r.json().get("error").asText()).isEqualTo("not_found");
        assertThat(r.json().get("detail").asText()).contains("/api/v1/nothing-here");
    }

    @Test
    void securityHeadersOnEveryResponseIncludingErrors() {
        for (Resp r :
                new Resp[] {
                    http.get("/api/v1/channels"),
                    http.get("/api/v1/nothing"),
                    http.get("/"),
                    http.get("/api/v1/messages?limit=-1")
                }) {
            assertThat(r.header("Content-Security-Policy"))
                    .hasValueSatisfying(
                            v ->
                                    assertThat(v)
                                            .contains("default-src 'self'")
                                            .contains("frame-ancestors 'none'"));
            assertThat(r.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.header("X-Frame-Options")).hasValue("DENY");
            assertThat(r.header("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void corsForConfiguredOriginsOnly() {
        Resp allowed = http.send("GET", "/api/v1/channels", null, null, null, "Origin", ORIGIN);
        assertThat(allowed.header("Access-Control-Allow-Origin")).hasValue(ORIGIN);
        Resp other =
                http.send(
                        "GET",
                        "/api/v1/channels",
                        null,
                        null,
                        null,
                        "Origin",
                        "https://evil.example");
        assertThat(other.header("Access-Control-Allow-Origin")).isEmpty();
        Resp preflight =
                http.send(
                        "OPTIONS",
                        "/api/v1/questions/x/upvote",
                        null,
                        null,
                        null,
                        "Origin",
                        ORIGIN,
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "authorization");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods"))
                .hasValueSatisfying(v -> assertThat(v).contains("POST"));
        assertThat(preflight.header("Access-Control-Allow-Headers"))
                .hasValueSatisfying(v -> assertThat(v).contains("Authorization"));
    }

    @Test
    void webAppAtRootWithClientSideRoutesAndCacheRules() {
        Resp root = http.get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body()).contains("MellChat");
        assertThat(root.header("Cache-Control")).hasValue("no-cache");
        Resp route = http.get("/overlay");
        assertThat(route.status()).isEqualTo(200);
        assertThat(route.body()).isEqualTo(root.body());
        assertThat(http.get("/missing-file.js").status()).isEqualTo(404);
        var asset = java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(root.body());
        if (asset.find()) { // the built PWA (the web module) is on the classpath
            Resp js = http.get(asset.group());
            assertThat(js.status()).isEqualTo(200);
            assertThat(js.header("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            assertThat(http.get("/sw.js").header("Cache-Control")).hasValue("no-cache");
        }
    }

    @Test
    void openApiDocumentIsServed() {
        Resp r = http.get("/openapi");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/yaml"));
        assertThat(r.body()).startsWith("openapi: 3").contains("/api/v1/questions");
    }

    @Test
    void openApiDescribesExactlyTheRegisteredRoutes() throws Exception {
        var yaml =
                new com.fasterxml.jackson.databind.ObjectMapper(
                        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var doc = yaml.readTree(http.get("/openapi").body());
        java.util.Set<String> documented = new java.util.TreeSet<>();
        doc.get("paths")
                .fields()
                .forEachRemaining(
                        p ->
                                p.getValue()
                                        .fieldNames()
                                        .forEachRemaining(
                                                m -> {
                                                    if (java.util.Set.of(
                                                                    "get", "post", "put", "delete",
                                                                    "patch")
                                                            .contains(m)) {
                                                        documented.add(
                                                                m.toUpperCase(java.util.Locale.ROOT)
                                                                        + " "
                                                                        + p.getKey());
                                                    }
                                                }));
        java.util.Set<String> routed = new java.util.TreeSet<>();
        stack.ctx().routes().routes().forEach(r -> routed.add(r.method() + " " + r.path()));
        assertThat(routed).hasSizeGreaterThan(15);
        assertThat(documented).isEqualTo(routed);
        // and every documented route answers (anything but the catch-all 404)
        for (String route : routed) {
            String[] mp = route.split(" ", 2);
            String path =
                    mp[1].replace("{id}", java.util.UUID.randomUUID().toString())
                            .replace("{platform}", "twitch")
                            .replace("{channel}", "nobody");
            Resp r =
                    http.send(
                            mp[0],
                            path,
                            mp[0].equals("POST") ? "{}" : null,
                            mp[0].equals("POST") ? "application/json" : null,
                            null);
            assertThat(r.body()).as(route).doesNotContain("no API endpoint");
        }
    }

    @Test
    void readinessNeedsTheJobHeartbeat() {
        assertThat(http.get("/observe/health/live").status()).isEqualTo(200);
        String key = stack.prefix() + Redis.JOB_HEARTBEAT;
        stack.ctx().redis().pool().del(key);
        Resp down = http.get("/observe/health");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body()).contains("job");
        stack.ctx().redis().pool().setex(key, 20, "1");
        Resp up = http.get("/observe/health");
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(up.json().get("status").asText()).isEqualTo("UP");
        assertThat(up.body()).contains("postgresql").contains("redis");
    }

    @Test
    void prometheusMetricsPerRoute() {
        http.get("/api/v1/questions?sort=top");
        Resp r = http.send("GET", "/observe/metrics", null, null, null, "Accept", "text/plain");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body())
                .contains("mellchat_http_requests_seconds_count")
                .contains("route=\"/api/v1/questions\"");
        assertThat(r.body())
                .contains("mellchat_ws_sessions")
                .contains("mellchat_ws_frames_sent_total")
                .contains("mellchat_ws_frames_dropped_total");
    }
}
