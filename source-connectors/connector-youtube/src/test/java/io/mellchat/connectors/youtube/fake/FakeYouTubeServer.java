package io.mellchat.connectors.youtube.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake YouTube on a loopback port: the Data API v3 under {@link #apiUrl()} ({@code videos},
 * {@code channels}, {@code search}, {@code liveChat/messages}) and the web client under {@link
 * #webUrl()} ({@code /@handle/live}, {@code /live_chat}, {@code /youtubei/v1/live_chat/
 * get_live_chat}).
 *
 * <p>It behaves like part B6 of the protocol notes: pages with tokens and the first page holding
 * recent history, {@code pollingIntervalMillis} / {@code timeoutMs} that it enforces (a poll that
 * comes sooner is answered with a rate-limit error and recorded as a violation; {@link #close()}
 * then fails the test), injected errors ({@link #failNext}), and the end of a stream.
 *
 * <pre>{@code
 * try (FakeYouTubeServer yt = FakeYouTubeServer.start()) {
 *     FakeLiveVideo video = yt.liveVideo("dQw4w9WgXcQ");
 *     video.text("UCabc…", "Alice", "hello");
 *     // point MELLCHAT_YOUTUBE_API_URL / MELLCHAT_YOUTUBE_WEB_URL at yt.apiUrl() / yt.webUrl()
 * }
 * }</pre>
 */
public final class FakeYouTubeServer implements AutoCloseable {
    /** The Data API key the fake accepts. */
    public static final String API_KEY = "fake-data-api-key";

    /** The web client key its pages announce and get_live_chat accepts. */
    public static final String INNERTUBE_KEY = "fake-innertube-key";

    public static final String CLIENT_VERSION = "2.20240101.01.00";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, FakeLiveVideo> videos = new LinkedHashMap<>();
    private final Map<String, FakeChannel> channels = new HashMap<>();
    private final Deque<FakeError> failures = new ArrayDeque<>();
    private final List<FakeRequest> requests = new ArrayList<>();
    private final PollingGuard guard = new PollingGuard();
    private Duration pollingInterval = Duration.ofMillis(300);
    private Duration keylessTimeout = Duration.ofMillis(300);
    private boolean viewSelector = true;

    private FakeYouTubeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "fake-youtube");
                            t.setDaemon(true);
                            return t;
                        });
        server.setExecutor(executor);
        DataApiRoutes api = new DataApiRoutes(this);
        WebRoutes web = new WebRoutes(this);
        server.createContext("/youtube/v3/", ex -> serve(ex, api::handle));
        server.createContext("/", ex -> serve(ex, web::handle));
        server.start();
    }

    public static FakeYouTubeServer start() {
        try {
            return new FakeYouTubeServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Data API base: use as {@code MELLCHAT_YOUTUBE_API_URL}. */
    public URI apiUrl() {
        return URI.create(webUrl() + "/youtube/v3");
    }

    /** The web base: use as {@code MELLCHAT_YOUTUBE_WEB_URL}. */
    public URI webUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A live video with chat (created on first use). */
    public synchronized FakeLiveVideo liveVideo(String videoId) {
        return videos.computeIfAbsent(videoId, FakeLiveVideo::new);
    }

    /** A channel known by {@code @handle} and {@code UC…} id (created on first use). */
    public synchronized FakeChannel channel(String handle, String channelId) {
        FakeChannel c = channels.computeIfAbsent(handle, h -> new FakeChannel(h, channelId, this));
        channels.put(channelId, c);
        return c;
    }

    /** The next chat poll (either API) is answered with {@code error}. */
    public void failNext(FakeError error) {
        failNext(error, 1);
    }

    public synchronized void failNext(FakeError error, int times) {
        for (int i = 0; i < times; i++) {
            failures.add(error);
        }
    }

    /** The {@code pollingIntervalMillis} of Data API pages (300 ms by default). */
    public synchronized void pollingInterval(Duration d) {
        pollingInterval = d;
    }

    /** The {@code timeoutMs} of web client pages (300 ms by default). */
    public synchronized void keylessTimeout(Duration d) {
        keylessTimeout = d;
    }

    /** Whether live_chat pages offer the "Live chat" view (true by default, like YouTube). */
    public synchronized void viewSelector(boolean on) {
        viewSelector = on;
    }

    public synchronized List<FakeRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests to one endpoint ({@code messages}, {@code get_live_chat}, {@code videos}…). */
    public synchronized List<FakeRequest> requests(String endpoint) {
        return requests.stream().filter(r -> r.endpoint().equals(endpoint)).toList();
    }

    /** Polls that came sooner than the fake said. */
    public List<String> violations() {
        return guard.violations();
    }

    /**
     * Stops the server.
     *
     * @throws AssertionError if a client polled faster than it was told
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        List<String> v = violations();
        if (!v.isEmpty()) {
            throw new AssertionError("YouTube was polled faster than it said: " + v);
        }
    }

    // ---- for the routes

    synchronized FakeLiveVideo video(String id) {
        return videos.get(id);
    }

    synchronized FakeLiveVideo chat(String liveChatId) {
        return videos.values().stream()
                .filter(v -> v.liveChatId().equals(liveChatId))
                .findFirst()
                .orElse(null);
    }

    synchronized FakeChannel channelOf(String handleOrId) {
        return channels.get(handleOrId);
    }

    synchronized FakeError takeFailure() {
        return failures.poll();
    }

    synchronized Duration pollingInterval() {
        return pollingInterval;
    }

    synchronized Duration keylessTimeout() {
        return keylessTimeout;
    }

    synchronized boolean viewSelector() {
        return viewSelector;
    }

    PollingGuard guard() {
        return guard;
    }

    synchronized void record(String endpoint, String subject, String token, int status) {
        requests.add(new FakeRequest(endpoint, subject, token, status, Instant.now()));
    }

    /** What a route answers. */
    record Reply(int status, String contentType, String body) {
        static Reply json(int status, Object body) {
            return new Reply(status, "application/json; charset=utf-8", body.toString());
        }

        static Reply html(String body) {
            return new Reply(200, "text/html; charset=utf-8", body);
        }
    }

    interface Route {
        Reply handle(String method, String path, Map<String, String> query, String body);
    }

    private static void serve(HttpExchange ex, Route route) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Reply r;
            try {
                r =
                        route.handle(
                                ex.getRequestMethod(),
                                ex.getRequestURI().getPath(),
                                query(ex.getRequestURI()),
                                body);
            } catch (RuntimeException e) {
                r =
                        Reply.json(
                                500,
                                "{\"error\":{\"code\":500,\"message\":\"fake failed: "
                                        + e
                                        + "\"}}");
            }
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.sendResponseHeaders(r.status(), bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return q;
        }
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            String k = eq < 0 ? kv : kv.substring(0, eq);
            String v = eq < 0 ? "" : kv.substring(eq + 1);
            q.put(
                    URLDecoder.decode(k, StandardCharsets.UTF_8),
                    URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return q;
    }
}
