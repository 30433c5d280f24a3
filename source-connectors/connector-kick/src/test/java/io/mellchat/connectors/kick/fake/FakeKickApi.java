package io.mellchat.connectors.kick.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Kick's website API ({@code GET /api/v2/channels/{slug}}, part C5/C7) on an
 * ephemeral loopback port, with a mode that answers like Cloudflare's challenge (403 and a "Just a
 * moment..." HTML page).
 */
public final class FakeKickApi implements AutoCloseable {
    static final String CHALLENGE_PAGE =
            "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>"
                    + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
                    + "</head><body><div id=\"cf-chl-widget\">Checking your browser</div></body></html>";

    private final HttpServer server;
    private final Map<String, long[]> channels = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<String> challenged = ConcurrentHashMap.newKeySet();
    private volatile boolean challenge;

    private FakeKickApi(HttpServer server) {
        this.server = server;
    }

    public static FakeKickApi start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeKickApi fake = new FakeKickApi(http);
            http.createContext("/api/v2/channels/", fake::handle);
            http.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address to give as {@code MELLCHAT_KICK_API_URL}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v2");
    }

    /** Registers a channel: its slug, channel id and chatroom id. */
    public FakeKickApi channel(String slug, long channelId, long chatroomId) {
        channels.put(slug, new long[] {channelId, chatroomId});
        return this;
    }

    /** Answers every request with Cloudflare's 403 challenge page while on. */
    public FakeKickApi challenge(boolean on) {
        challenge = on;
        return this;
    }

    /** Answers the lookups of one slug with Cloudflare's 403 challenge page. */
    public FakeKickApi challenge(String slug) {
        challenged.add(slug);
        return this;
    }

    /** How many lookups of {@code slug} were made. */
    public int requests(String slug) {
        AtomicInteger n = requests.get(slug);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String slug = exchange.getRequestURI().getPath().substring("/api/v2/channels/".length());
        requests.computeIfAbsent(slug, s -> new AtomicInteger()).incrementAndGet();
        if (challenge || challenged.contains(slug)) {
            respond(exchange, 403, "text/html; charset=UTF-8", CHALLENGE_PAGE);
            return;
        }
        long[] ids = channels.get(slug);
        if (ids == null) {
            respond(exchange, 404, "application/json", "{\"message\":\"Not found\"}");
            return;
        }
        respond(
                exchange,
                200,
                "application/json",
                "{\"id\":"
                        + ids[0]
                        + ",\"user_id\":"
                        + (ids[0] + 7)
                        + ",\"slug\":\""
                        + slug
                        + "\",\"chatroom\":{\"id\":"
                        + ids[1]
                        + ",\"chatable_type\":\"App\\\\Models\\\\Channel\",\"channel_id\":"
                        + ids[0]
                        + ",\"chat_mode\":\"public\",\"slow_mode\":false},\"livestream\":null}");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
