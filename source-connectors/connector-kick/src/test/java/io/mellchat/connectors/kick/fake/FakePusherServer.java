package io.mellchat.connectors.kick.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Kick's Pusher deployment (part C7 of platform-protocols.md) on an ephemeral
 * loopback port: the {@code /app/{key}?protocol=7} handshake, {@code connection_established},
 * subscriptions, ping/pong both ways (closing with 4201 when a client does not answer), {@code
 * pusher:error} + close, plain closes with any code, and scripted events with string-encoded data.
 *
 * <p>Use: {@code try (FakePusherServer pusher = FakePusherServer.start()) { ... pusher.url() ...
 * pusher.publish("chatrooms.1.v2", KickFrames.CHAT_MESSAGE_EVENT, data); }}
 */
public final class FakePusherServer implements AutoCloseable {
    public static final String APP_KEY = "32cbd69e4b950bf97679";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final Map<WebSocket, Session> sessions = new ConcurrentHashMap<>();
    private final List<String> subscribeRequests = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger pingsReceived = new AtomicInteger();
    private final AtomicInteger pongsReceived = new AtomicInteger();
    private volatile int activityTimeoutSeconds = 120;
    private volatile boolean answerPings = true;
    private volatile boolean answerSubscribes = true;
    private volatile boolean duplicateDelivery;
    private volatile long serverPingAfterMillis;
    private volatile long serverPongTimeoutMillis = 30_000;

    private FakePusherServer() {
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
    }

    /** Starts a server on a free loopback port. */
    public static FakePusherServer start() {
        FakePusherServer fake = new FakePusherServer();
        fake.server.setReuseAddr(true);
        fake.server.setConnectionLostTimeout(0);
        fake.server.start();
        try {
            if (!fake.server.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake Pusher server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        fake.timer.scheduleWithFixedDelay(fake::checkIdle, 20, 20, TimeUnit.MILLISECONDS);
        return fake;
    }

    /** The address to give as {@code MELLCHAT_KICK_PUSHER_URL}. */
    public URI url() {
        return URI.create(
                "ws://127.0.0.1:"
                        + server.getPort()
                        + "/app/"
                        + APP_KEY
                        + "?protocol=7&client=js&version=8.4.0&flash=false");
    }

    // ---- behaviour -------------------------------------------------------------------------

    /** The {@code activity_timeout} sent in {@code connection_established} (default 120). */
    public FakePusherServer activityTimeoutSeconds(int seconds) {
        activityTimeoutSeconds = seconds;
        return this;
    }

    /** Whether client pings get a {@code pusher:pong} (default yes). */
    public FakePusherServer answerPings(boolean answer) {
        answerPings = answer;
        return this;
    }

    /** Whether subscriptions get {@code subscription_succeeded} (default yes). */
    public FakePusherServer answerSubscribes(boolean answer) {
        answerSubscribes = answer;
        return this;
    }

    /** Deliver every published event twice (default no). */
    public FakePusherServer duplicateDelivery(boolean duplicate) {
        duplicateDelivery = duplicate;
        return this;
    }

    /**
     * Ping a client silent for {@code idle} and close it with 4201 when no pong follows within
     * {@code pongTimeout}. Off by default.
     */
    public FakePusherServer serverPings(Duration idle, Duration pongTimeout) {
        serverPingAfterMillis = idle.toMillis();
        serverPongTimeoutMillis = pongTimeout.toMillis();
        return this;
    }

    // ---- scripted traffic --------------------------------------------------------------------

    /**
     * Sends an event to every connection subscribed to {@code channel}, with {@code data} (a JSON
     * document) string-encoded as Pusher does. Returns how many connections got it.
     */
    public int publish(String channel, String event, String dataJson) {
        ObjectNode frame = JSON.createObjectNode().put("event", event).put("data", dataJson);
        frame.put("channel", channel);
        return publishRaw(channel, frame.toString());
    }

    /** Sends a raw frame to every connection subscribed to {@code channel}. */
    public int publishRaw(String channel, String frame) {
        int n = 0;
        for (Session s : sessions.values()) {
            if (s.channels.contains(channel)) {
                s.socket.send(frame);
                if (duplicateDelivery) {
                    s.socket.send(frame);
                }
                n++;
            }
        }
        return n;
    }

    /** Sends a raw frame to every open connection. */
    public void broadcastRaw(String frame) {
        sessions.keySet().forEach(ws -> ws.send(frame));
    }

    /**
     * Kick's "reconnect now": {@code pusher:error} (object form, as Kick sends it) and then a close
     * with the same code, on every connection.
     */
    public void errorAndClose(int code, String message) {
        String error =
                "{\"event\":\"pusher:error\",\"data\":{\"code\":"
                        + code
                        + ",\"message\":"
                        + JSON.valueToTree(message)
                        + "}}";
        for (WebSocket ws : List.copyOf(sessions.keySet())) {
            // forgotten at once: a closing connection no longer counts as subscribed
            sessions.remove(ws);
            ws.send(error);
            ws.close(code, message);
        }
    }

    /** Closes every connection with {@code code}. */
    public void closeAll(int code, String reason) {
        for (WebSocket ws : List.copyOf(sessions.keySet())) {
            sessions.remove(ws);
            ws.close(code, reason);
        }
    }

    // ---- observations -------------------------------------------------------------------------

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    public int openConnections() {
        return sessions.size();
    }

    /** Every {@code pusher:subscribe} channel name received, in order, over all connections. */
    public List<String> subscribeRequests() {
        return List.copyOf(subscribeRequests);
    }

    /** Every text frame received from clients. */
    public List<String> received() {
        return List.copyOf(received);
    }

    public int pingsReceived() {
        return pingsReceived.get();
    }

    public int pongsReceived() {
        return pongsReceived.get();
    }

    /** How many open connections are subscribed to {@code channel}. */
    public int subscribers(String channel) {
        return (int) sessions.values().stream().filter(s -> s.channels.contains(channel)).count();
    }

    /** Waits until {@code condition} holds (polling), or fails after {@code timeout}. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** Waits until a connection is subscribed to {@code channel}. */
    public void awaitSubscribed(String channel, Duration timeout) {
        await(channel + " subscribed", timeout, () -> subscribers(channel) > 0);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkIdle() {
        long after = serverPingAfterMillis;
        if (after <= 0) {
            return;
        }
        long now = System.currentTimeMillis();
        for (Session s : sessions.values()) {
            if (s.pingSentAt > 0) {
                if (s.lastFromClient >= s.pingSentAt) {
                    s.pingSentAt = 0;
                } else if (now - s.pingSentAt > serverPongTimeoutMillis) {
                    s.socket.send(
                            "{\"event\":\"pusher:error\",\"data\":\"{\\\"code\\\":4201,\\\"message\\\":\\\"Pong reply not received in time\\\"}\"}");
                    s.socket.close(4201, "Pong reply not received in time");
                    s.pingSentAt = 0;
                }
            } else if (now - s.lastFromClient > after) {
                s.pingSentAt = now;
                s.socket.send("{\"event\":\"pusher:ping\",\"data\":{}}");
            }
        }
    }

    private void onFrame(WebSocket ws, String text) {
        received.add(text);
        Session s = sessions.get(ws);
        if (s == null) {
            return;
        }
        s.lastFromClient = System.currentTimeMillis();
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (IOException e) {
            ws.close(4009, "invalid JSON");
            return;
        }
        String event = frame.path("event").asText("");
        JsonNode data = frame.path("data");
        if (data.isTextual()) {
            try {
                data = JSON.readTree(data.textValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        switch (event) {
            case "pusher:subscribe":
                String channel = data.path("channel").asText("");
                subscribeRequests.add(channel);
                s.channels.add(channel);
                if (answerSubscribes) {
                    ObjectNode ok =
                            JSON.createObjectNode()
                                    .put("event", "pusher_internal:subscription_succeeded")
                                    .put("data", "{}")
                                    .put("channel", channel);
                    ws.send(ok.toString());
                }
                break;
            case "pusher:unsubscribe":
                s.channels.remove(data.path("channel").asText(""));
                break;
            case "pusher:ping":
                pingsReceived.incrementAndGet();
                if (answerPings) {
                    ws.send("{\"event\":\"pusher:pong\",\"data\":{}}");
                }
                break;
            case "pusher:pong":
                pongsReceived.incrementAndGet();
                break;
            default:
                break;
        }
    }

    private static final class Session {
        final WebSocket socket;
        final Set<String> channels = ConcurrentHashMap.newKeySet();
        volatile long lastFromClient = System.currentTimeMillis();
        volatile long pingSentAt;

        Session(WebSocket socket) {
            this.socket = socket;
        }
    }

    private final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);

        Server(InetSocketAddress address) {
            super(address);
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket ws, ClientHandshake handshake) {
            connections.incrementAndGet();
            URI uri = URI.create(handshake.getResourceDescriptor());
            if (!("/app/" + APP_KEY).equals(uri.getPath())) {
                ws.close(4001, "App key not in this cluster");
                return;
            }
            String query = uri.getQuery() == null ? "" : uri.getQuery();
            if (!("&" + query + "&").contains("&protocol=7&")) {
                ws.close(4007, "Unsupported protocol version");
                return;
            }
            sessions.put(ws, new Session(ws));
            ws.send(
                    "{\"event\":\"pusher:connection_established\",\"data\":\"{\\\"socket_id\\\":\\\""
                            + connections.get()
                            + ".123456\\\",\\\"activity_timeout\\\":"
                            + activityTimeoutSeconds
                            + "}\"}");
        }

        @Override
        public void onClose(WebSocket ws, int code, String reason, boolean remote) {
            sessions.remove(ws);
        }

        @Override
        public void onMessage(WebSocket ws, String message) {
            onFrame(ws, message);
        }

        @Override
        public void onError(WebSocket ws, Exception ex) {
            if (ws != null) {
                sessions.remove(ws);
            }
        }
    }
}
