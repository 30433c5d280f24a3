package io.mellchat.serving.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.mellchat.serving.auth.Authenticator;
import io.mellchat.serving.auth.Principal;
import io.mellchat.serving.config.ServingConfig;
import io.mellchat.serving.redis.RateLimiter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * For {@code /api/}: authenticates the bearer token when one is sent (a bad one is a 401 even on
 * public endpoints), then counts the request against the per-address and per-token limits in Redis
 * (429 with {@code Retry-After}).
 */
public final class ApiGuard implements Filter {
    private static final long MINUTE = 60_000;

    private final Authenticator auth;
    private final RateLimiter limiter;
    private final ServingConfig.Limits limits;
    private final boolean trustForwardedFor;

    public ApiGuard(
            Authenticator auth,
            RateLimiter limiter,
            ServingConfig.Limits limits,
            boolean trustForwardedFor) {
        this.auth = auth;
        this.limiter = limiter;
        this.limits = limits;
        this.trustForwardedFor = trustForwardedFor;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (!req.path().path().startsWith("/api/")) {
            chain.proceed();
            return;
        }
        Optional<Principal> principal =
                auth.authenticate(req.headers().first(HeaderNames.AUTHORIZATION));
        principal.ifPresent(p -> req.context().register(Principal.class, p));
        List<RateLimiter.Limit> checks = new ArrayList<>(2);
        if (limits.perAddress() > 0) {
            checks.add(
                    new RateLimiter.Limit(
                            "addr:" + Clients.address(req, trustForwardedFor),
                            MINUTE,
                            limits.perAddress()));
        }
        if (limits.perToken() > 0 && principal.isPresent()) {
            checks.add(
                    new RateLimiter.Limit(
                            "tok:" + principal.get().actor(), MINUTE, limits.perToken()));
        }
        long retryMillis = limiter.hit(checks);
        if (retryMillis > 0) {
            throw ApiException.tooManyRequests(
                    (retryMillis + 999) / 1000,
                    "too many requests; retry after the time in Retry-After");
        }
        chain.proceed();
    }
}
