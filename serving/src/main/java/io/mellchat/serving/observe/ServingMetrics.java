package io.mellchat.serving.observe;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The serving layer's meters, shown in Prometheus format at {@code /observe/metrics}: request rate
 * and latency per route ({@code mellchat_http_requests_seconds}), WebSocket sessions, frames sent
 * and dropped, slow clients closed, Redis frames received.
 */
public final class ServingMetrics {
    private final MeterRegistry registry = Metrics.globalRegistry();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Counter framesSent;
    private final Counter framesDropped;
    private final Counter slowClients;
    private final Counter framesReceived;
    private final Counter badFrames;

    public ServingMetrics() {
        framesSent = counter("mellchat.ws.frames.sent", "WebSocket frames sent to clients");
        framesDropped =
                counter(
                        "mellchat.ws.frames.dropped",
                        "frames not delivered because a client was too slow or gone");
        slowClients =
                counter("mellchat.ws.slow.clients", "WebSocket clients closed for falling behind");
        framesReceived = counter("mellchat.redis.frames", "pub/sub frames received from the job");
        badFrames = counter("mellchat.redis.frames.invalid", "pub/sub frames skipped as invalid");
    }

    private Counter counter(String name, String description) {
        return registry.getOrCreate(Counter.builder(name).description(description));
    }

    /** Registers the live session count. */
    public void sessionsGauge(Supplier<Integer> sessions) {
        registry.getOrCreate(
                Gauge.builder("mellchat.ws.sessions", () -> (Number) sessions.get())
                        .description("open WebSocket sessions"));
    }

    public void request(String method, String route, int status, long nanos) {
        String key = method + ' ' + route + ' ' + status;
        Timer t =
                timers.computeIfAbsent(
                        key,
                        k ->
                                registry.getOrCreate(
                                        Timer.builder("mellchat.http.requests")
                                                .description("HTTP requests by route")
                                                .tags(
                                                        List.of(
                                                                Tag.create("method", method),
                                                                Tag.create("route", route),
                                                                Tag.create(
                                                                        "status",
                                                                        Integer.toString(status))))
                                                .buckets(
                                                        Duration.ofMillis(1),
                                                        Duration.ofMillis(5),
                                                        Duration.ofMillis(20),
                                                        Duration.ofMillis(100),
                                                        Duration.ofMillis(500),
                                                        Duration.ofSeconds(2))));
        t.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void framesSent(long n) {
        framesSent.increment(n);
    }

    public void framesDropped(long n) {
        framesDropped.increment(n);
    }

    public void slowClientClosed() {
        slowClients.increment();
    }

    public void frameReceived() {
        framesReceived.increment();
    }

    public void badFrame() {
        badFrames.increment();
    }
}
