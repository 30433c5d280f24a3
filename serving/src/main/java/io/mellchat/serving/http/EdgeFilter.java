package io.mellchat.serving.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.mellchat.serving.auth.AuthException;
import io.mellchat.serving.auth.Principal;
import io.mellchat.serving.logging.AccessLog;
import io.mellchat.serving.observe.ServingMetrics;
import java.util.List;
import java.util.Optional;

/**
 * The first filter of every request: security headers, CORS (including preflight answers), and
 * afterwards the per-route latency metric and the JSON access log line.
 */
public final class EdgeFilter implements Filter {
    private static final String ALLOW_HEADERS = "Authorization, Content-Type";
    private static final String ALLOW_METHODS = "GET, POST, DELETE, OPTIONS";

    private final List<String> corsOrigins;
    private final boolean tls;
    private final boolean accessLog;
    private final boolean trustForwardedFor;
    private final ServingMetrics metrics;

    public EdgeFilter(
            List<String> corsOrigins,
            boolean tls,
            boolean accessLog,
            boolean trustForwardedFor,
            ServingMetrics metrics) {
        this.corsOrigins = corsOrigins;
        this.tls = tls;
        this.accessLog = accessLog;
        this.trustForwardedFor = trustForwardedFor;
        this.metrics = metrics;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        SecurityHeaders.apply(res, tls);
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        boolean allowed = origin.isPresent() && originAllowed(origin.get());
        if (allowed) {
            res.header(
                    HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN,
                    corsOrigins.contains("*") ? "*" : origin.get());
            res.header(HeaderNames.VARY, "Origin");
            res.header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After, Location");
        }
        int status = 200;
        try {
            if (req.prologue().method() == Method.OPTIONS
                    && req.headers().contains(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD)) {
                if (allowed) {
                    res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, ALLOW_METHODS);
                    res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, ALLOW_HEADERS);
                    res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
                }
                status = 204;
                res.status(Status.NO_CONTENT_204).send();
                return;
            }
            chain.proceed();
            status = res.status().code();
        } catch (ApiException e) {
            status = e.status().code();
            throw e;
        } catch (AuthException e) {
            status = 401;
            throw e;
        } catch (RuntimeException | Error e) {
            status = 500;
            throw e;
        } finally {
            long nanos = System.nanoTime() - start;
            String route = req.matchingPattern().orElse("unmatched");
            String method = req.prologue().method().text();
            metrics.request(method, route, status, nanos);
            if (accessLog) {
                AccessLog.log(
                        method,
                        req.prologue().uriPath().path(),
                        route,
                        status,
                        nanos / 1000,
                        Clients.address(req, trustForwardedFor),
                        Clients.principal(req).map(Principal::actor).orElse(null));
            }
        }
    }

    private boolean originAllowed(String origin) {
        return corsOrigins.contains("*") || corsOrigins.contains(origin);
    }
}
