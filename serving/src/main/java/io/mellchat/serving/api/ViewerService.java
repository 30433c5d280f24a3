package io.mellchat.serving.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.serving.auth.Jwt;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Clients;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.RouteTable;
import io.mellchat.serving.redis.RateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /viewers}: a viewer token for anyone (the PWA asks for one before the first vote),
 * limited per client address (default 10 per minute).
 */
public final class ViewerService implements HttpService {
    static final Duration VIEWER_TTL = Duration.ofDays(7);

    private final RouteTable routes;
    private final Jwt jwt;
    private final RateLimiter limiter;
    private final int perMinute;
    private final boolean trustForwardedFor;

    ViewerService(
            RouteTable routes,
            Jwt jwt,
            RateLimiter limiter,
            int perMinute,
            boolean trustForwardedFor) {
        this.routes = routes;
        this.jwt = jwt;
        this.limiter = limiter;
        this.perMinute = perMinute;
        this.trustForwardedFor = trustForwardedFor;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.on(rules, Api.PREFIX).post("/viewers", this::issue).done();
    }

    private void issue(ServerRequest req, ServerResponse res) {
        if (perMinute > 0) {
            long retry =
                    limiter.hit(
                            List.of(
                                    new RateLimiter.Limit(
                                            "viewers:" + Clients.address(req, trustForwardedFor),
                                            60_000,
                                            perMinute)));
            if (retry > 0) {
                throw ApiException.tooManyRequests(
                        (retry + 999) / 1000,
                        "at most " + perMinute + " viewer tokens per minute from one address");
            }
        }
        String token = jwt.sign(UUID.randomUUID().toString(), Role.VIEWER, VIEWER_TTL);
        ObjectNode body = Json.object();
        body.put("token", token);
        body.put("role", Role.VIEWER.id());
        body.put("expires_in", VIEWER_TTL.toSeconds());
        Json.send(res, Status.CREATED_201, body);
    }
}
