package io.mellchat.serving.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A WebSocket test client (the JDK's) that collects text frames as JSON. */
public final class WsClient implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket ws;

    public WsClient(int port, String pathAndQuery) {
        StringBuilder partial = new StringBuilder();
        ws =
                CLIENT.newWebSocketBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .buildAsync(
                                URI.create("ws://127.0.0.1:" + port + pathAndQuery),
                                new WebSocket.Listener() {
                                    @Override
                                    public CompletionStage<?> onText(
                                            WebSocket w, CharSequence data, boolean last) {
                                        partial.append(data);
                                        if (last) {
                                            frames.add(Http.parse(partial.toString()));
                                            partial.setLength(0);
                                        }
                                        w.request(1);
                                        return null;
                                    }

                                    @Override
                                    public CompletionStage<?> onClose(
                                            WebSocket w, int statusCode, String reason) {
                                        closed.complete(statusCode);
                                        return null;
                                    }

                                    @Override
                                    public void onError(WebSocket w, Throwable error) {
                                        closed.complete(-1);
                                    }
                                })
                        .join();
    }

    public void send(String text) {
        ws.sendText(text, true).join();
    }

    /** The next frame that matches, skipping others (heartbeats and the like); fails after 10 s. */
    public JsonNode next(Predicate<JsonNode> matching) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode f;
            try {
                f = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            if (f == null) {
                throw new AssertionError("no matching frame within 10 s");
            }
            if (matching.test(f)) {
                return f;
            }
        }
    }

    public JsonNode next(String type) {
        return next(f -> type.equals(f.path("type").asText()));
    }

    /** Every frame received so far (drained). */
    public List<JsonNode> drain() {
        List<JsonNode> out = new ArrayList<>();
        frames.drainTo(out);
        return out;
    }

    public int awaitClose() {
        try {
            return closed.get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("not closed within 15 s", e);
        }
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            try {
                closed.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the server did not answer the close: drop the connection
            }
            ws.abort();
        }
    }
}
