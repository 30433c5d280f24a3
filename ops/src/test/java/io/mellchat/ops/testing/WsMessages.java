package io.mellchat.ops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A WebSocket client of serving that keeps the platform ids of the chat messages it receives. */
public final class WsMessages implements WebSocket.Listener, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastMessageAt = new AtomicLong();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    public WsMessages(int port, List<String> channels) {
        socket =
                HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .buildAsync(
                                URI.create(
                                        "ws://127.0.0.1:"
                                                + port
                                                + "/ws?channels="
                                                + String.join(",", channels)),
                                this)
                        .join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                JsonNode f = JSON.readTree(partial.toString());
                if ("message".equals(f.path("type").asText())) {
                    JsonNode d = f.path("data");
                    for (JsonNode m : d.isArray() ? d : List.of(d)) {
                        ids.add(m.path("platform_message_id").asText());
                        lastMessageAt.set(System.nanoTime());
                    }
                }
            } catch (Exception e) {
                // another kind of frame
            }
            partial.setLength(0);
        }
        ws.request(1);
        return null;
    }

    public int received() {
        return ids.size();
    }

    /** {@link System#nanoTime()} of the last chat message received. */
    public long lastMessageAt() {
        return lastMessageAt.get();
    }

    @Override
    public void close() {
        socket.abort();
    }
}
