package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.connectors.common.Backoff;
import io.mellchat.connectors.common.Failures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link KickSocket} over the JDK's {@link WebSocket}. Every state change runs on one event-loop
 * thread, so the connection state needs no locks; the JDK's callbacks only hand work to it. The
 * next frame is requested only after the listener took the current one, which pushes back on the
 * server when the source's queue is full.
 */
public final class PusherKickSocket implements KickSocket {
    private static final Logger LOG = LoggerFactory.getLogger(PusherKickSocket.class);

    private final KickClientConfig config;
    private final Listener listener;
    private final HttpClient http;
    private final ScheduledExecutorService loop;
    private final Backoff backoff;
    private final Set<String> channels = new LinkedHashSet<>();
    private URI url;
    private boolean started;
    private boolean closed;
    private Connection current;

    /** Every WebSocket open now: {@link #close} aborts them from its own thread too. */
    private final Set<WebSocket> open = ConcurrentHashMap.newKeySet();

    private volatile boolean closing;

    /**
     * Time the loop spent running tasks (the listener's calls among them, which may block while the
     * reader's queue is full). Only the loop thread reads and writes it.
     */
    private long busyNanos;

    public PusherKickSocket(KickClientConfig config, Listener listener) {
        this.config = config;
        this.listener = listener;
        this.url = config.pusherUrl();
        this.http = HttpClient.newBuilder().connectTimeout(config.handshakeTimeout()).build();
        ScheduledThreadPoolExecutor executor =
                new ScheduledThreadPoolExecutor(
                        1,
                        r -> {
                            Thread t = new Thread(r, "kick-pusher");
                            t.setDaemon(true);
                            return t;
                        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        this.loop = executor;
        this.backoff = new Backoff(config.reconnectInitial(), config.reconnectMax(), 2.0, 0.3);
    }

    @Override
    public void start() {
        run(
                () -> {
                    if (!started) {
                        started = true;
                        connect();
                    }
                });
    }

    @Override
    public void subscribe(String channel) {
        run(
                () -> {
                    if (channels.add(channel) && current != null && current.established) {
                        subscribe(current, channel);
                    }
                });
    }

    @Override
    public void unsubscribe(String channel) {
        run(
                () -> {
                    if (current != null) {
                        current.answered.remove(channel);
                    }
                    if (channels.remove(channel) && current != null && current.established) {
                        current.send(PusherCodec.unsubscribe(channel));
                    }
                });
    }

    @Override
    public void close() {
        closing = true;
        run(
                () -> {
                    closed = true;
                    if (current != null) {
                        current.shut();
                        current = null;
                    }
                });
        loop.shutdown();
        try {
            if (!loop.awaitTermination(2, TimeUnit.SECONDS)) {
                loop.shutdownNow(); // a listener blocked on a full queue: interrupt it
            }
        } catch (InterruptedException e) {
            loop.shutdownNow();
            Thread.currentThread().interrupt();
        }
        // the loop's own shut() may never have run: it waited on the listener, and shutdownNow()
        // drops the tasks it had not started
        open.forEach(WebSocket::abort);
        open.clear();
    }

    private void connect() {
        if (closed) {
            return;
        }
        Connection c = new Connection();
        current = c;
        schedule(
                () -> {
                    if (c == current && !c.established) {
                        drop(
                                c,
                                CloseAction.BACKOFF,
                                "no connection_established within " + config.handshakeTimeout());
                    }
                },
                config.handshakeTimeout().toNanos());
        LOG.debug("connecting to {}", url);
        http.newWebSocketBuilder()
                .connectTimeout(config.handshakeTimeout())
                .header("Origin", "https://kick.com")
                .buildAsync(url, c)
                .whenComplete(
                        (ws, err) ->
                                run(
                                        () -> {
                                            if (err != null) {
                                                drop(
                                                        c,
                                                        CloseAction.BACKOFF,
                                                        "cannot connect to "
                                                                + url
                                                                + ": "
                                                                + Failures.describe(err));
                                            } else {
                                                c.opened(ws);
                                            }
                                        }));
    }

    /** Handles one complete text frame of connection {@code c}. */
    private void handleText(Connection c, String text) {
        if (c != current) {
            return;
        }
        c.lastActivity = System.nanoTime();
        PusherFrame frame;
        try {
            frame = PusherCodec.decode(text);
        } catch (InvalidFrameException e) {
            listener.onSkipped(SkipReasons.INVALID_JSON, e.getMessage() + ": " + text);
            return;
        }
        switch (frame.event()) {
            case PusherCodec.CONNECTION_ESTABLISHED:
                established(c, frame);
                break;
            case PusherCodec.SUBSCRIPTION_SUCCEEDED:
                c.answered.add(frame.channel());
                listener.onSubscribed(frame.channel());
                break;
            case PusherCodec.SUBSCRIPTION_ERROR:
                c.answered.add(frame.channel());
                listener.onSkipped(SkipReasons.PROTOCOL, text);
                break;
            case PusherCodec.PING:
                c.send(PusherCodec.pong());
                break;
            case PusherCodec.PONG:
                break;
            case PusherCodec.ERROR:
                error(c, frame);
                break;
            default:
                if (frame.event().startsWith("pusher:")
                        || frame.event().startsWith("pusher_internal:")) {
                    listener.onSkipped(SkipReasons.PROTOCOL, text);
                } else {
                    backoff.reset(); // events flow: the connection is healthy
                    listener.onFrame(frame);
                }
                break;
        }
    }

    private void established(Connection c, PusherFrame frame) {
        long activity = config.activityTimeout().toNanos();
        String socketId = "";
        try {
            JsonNode data = PusherCodec.data(frame);
            socketId = PusherCodec.text(data, "socket_id");
            long serverSeconds = data.path("activity_timeout").asLong(0);
            if (serverSeconds > 0) {
                activity = Math.min(activity, TimeUnit.SECONDS.toNanos(serverSeconds));
            }
        } catch (InvalidFrameException e) {
            LOG.warn(
                    "unreadable connection_established ({}); using the default activity timeout",
                    e.getMessage());
        }
        c.established = true;
        c.activityNanos = activity;
        c.establishedAt = System.nanoTime();
        listener.onConnected(socketId);
        for (String channel : channels) {
            subscribe(c, channel);
        }
        schedule(() -> checkIdle(c), activity);
    }

    /**
     * Subscribes {@code c} to {@code channel}. Pusher answers every subscription; one left
     * unanswered (a lost frame, a send that failed) would leave the channel silent on a connection
     * that looks healthy, so after the handshake timeout the connection is dropped and made again.
     * Time the loop spent busy does not count: while the listener blocks, no frame is read.
     */
    private void subscribe(Connection c, String channel) {
        c.send(PusherCodec.subscribe(channel));
        long sentAt = System.nanoTime();
        long busyAtSend = busyNanos;
        schedule(
                () -> checkAnswered(c, channel, sentAt, busyAtSend),
                config.handshakeTimeout().toNanos());
    }

    private void checkAnswered(Connection c, String channel, long sentAt, long busyAtSend) {
        if (c != current || !channels.contains(channel) || c.answered.contains(channel)) {
            return;
        }
        long waited = System.nanoTime() - sentAt - (busyNanos - busyAtSend);
        long left = config.handshakeTimeout().toNanos() - waited;
        if (left > 0) {
            schedule(() -> checkAnswered(c, channel, sentAt, busyAtSend), left);
            return;
        }
        drop(
                c,
                CloseAction.BACKOFF,
                "no answer to the subscription to "
                        + channel
                        + " within "
                        + config.handshakeTimeout());
    }

    private void error(Connection c, PusherFrame frame) {
        int code = -1;
        String message = "";
        try {
            JsonNode data = PusherCodec.data(frame);
            code = data.path("code").isInt() ? data.path("code").intValue() : -1;
            message = PusherCodec.text(data, "message");
        } catch (InvalidFrameException e) {
            message = "unreadable: " + e.getMessage();
        }
        LOG.warn("Kick's Pusher server sent pusher:error {}: {}", code, message);
        if (CloseAction.isPusherCode(code)) {
            drop(c, actionFor(code), "pusher:error " + code + " " + message);
        } else {
            listener.onSkipped(SkipReasons.PROTOCOL, "pusher:error " + code + " " + message);
        }
    }

    private void checkIdle(Connection c) {
        if (c != current) {
            return;
        }
        long now = System.nanoTime();
        long pongNanos = config.pongTimeout().toNanos();
        if (c.pingSentAt != 0) {
            if (c.lastActivity - c.pingSentAt >= 0) {
                c.pingSentAt = 0; // any frame after our ping counts as the answer
            } else {
                long waited = now - c.pingSentAt;
                if (waited >= pongNanos) {
                    drop(
                            c,
                            CloseAction.RETRY_NOW,
                            "no reply to pusher:ping within " + config.pongTimeout());
                } else {
                    schedule(() -> checkIdle(c), pongNanos - waited);
                }
                return;
            }
        }
        long idle = now - c.lastActivity;
        if (idle >= c.activityNanos) {
            c.send(PusherCodec.ping());
            c.pingSentAt = now;
            schedule(() -> checkIdle(c), pongNanos);
        } else {
            schedule(() -> checkIdle(c), c.activityNanos - idle);
        }
    }

    private void closed(Connection c, int code, String reason) {
        if (c != current) {
            return;
        }
        String why = "closed with code " + code + (reason.isEmpty() ? "" : " " + reason);
        drop(c, actionFor(code), why);
    }

    /** The policy of a code; 4000 (TLS only) switches a {@code ws:} address to {@code wss:}. */
    private CloseAction actionFor(int code) {
        if (code == 4000 && "ws".equals(url.getScheme())) {
            url = URI.create("wss" + url.toString().substring(2));
            return CloseAction.RETRY_NOW;
        }
        return CloseAction.forCode(code);
    }

    /** Ends connection {@code c} and decides, by {@code action}, whether and when to reconnect. */
    private void drop(Connection c, CloseAction action, String reason) {
        if (c != current) {
            return;
        }
        current = null;
        c.shut();
        if (closed) {
            return;
        }
        if (c.established && System.nanoTime() - c.establishedAt > TimeUnit.SECONDS.toNanos(30)) {
            backoff.reset();
        }
        Duration delay;
        switch (action) {
            case REFUSED:
                LOG.error(
                        "Kick's Pusher server refused the connection ({}); not reconnecting",
                        reason);
                listener.onDisconnected(action, Duration.ZERO, reason);
                return;
            case RETRY_NOW:
                // at once after a healthy connection; with backoff if it keeps happening
                delay = backoff.attempts() == 0 ? Duration.ZERO : backoff.next();
                if (delay.isZero()) {
                    backoff.next();
                }
                break;
            default:
                delay = backoff.next();
                break;
        }
        LOG.info(
                "Kick Pusher connection lost ({}); reconnecting in {} ms",
                reason,
                delay.toMillis());
        listener.onDisconnected(action, delay, reason);
        schedule(this::connect, delay.toNanos());
    }

    private void run(Runnable task) {
        try {
            loop.execute(guarded(task));
        } catch (RejectedExecutionException e) {
            // closed
        }
    }

    private void schedule(Runnable task, long nanos) {
        try {
            loop.schedule(guarded(task), nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            long start = System.nanoTime();
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Kick socket task failed", e);
            } finally {
                busyNanos += System.nanoTime() - start;
            }
        };
    }

    /** One WebSocket connection attempt; its callbacks hand everything to the loop. */
    private final class Connection implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private boolean oversize;
        private WebSocket ws;
        private CompletableFuture<WebSocket> sends;
        private boolean shut;

        /** Channels the server has answered a subscription to on this connection. */
        final Set<String> answered = new HashSet<>();

        boolean established;
        long establishedAt;
        long activityNanos;
        long lastActivity = System.nanoTime();
        long pingSentAt;

        void opened(WebSocket socket) {
            if (ws != null) {
                return;
            }
            ws = socket;
            sends = CompletableFuture.completedFuture(socket);
            if (shut) {
                socket.abort();
            }
        }

        /** Sends a frame after the ones before it (the JDK allows one outstanding send). */
        void send(String text) {
            if (ws != null && !shut) {
                sends = sends.thenCompose(w -> w.sendText(text, true));
                // a failed send fails every later one: make a new connection
                sends.exceptionally(
                        e -> {
                            run(
                                    () ->
                                            drop(
                                                    this,
                                                    CloseAction.BACKOFF,
                                                    "cannot send to Kick's Pusher server: "
                                                            + Failures.describe(e)));
                            return null;
                        });
            }
        }

        void shut() {
            shut = true;
            if (ws != null) {
                ws.abort();
                open.remove(ws);
            }
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            open.add(webSocket);
            if (closing) {
                webSocket.abort();
                open.remove(webSocket);
                return;
            }
            // before any onText task, and possibly before buildAsync's future completes
            run(() -> opened(webSocket));
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (!oversize) {
                buffer.append(data);
                if (buffer.length() > config.maxFrameBytes()) {
                    oversize = true;
                    buffer.setLength(0);
                }
            }
            if (!last) {
                webSocket.request(1);
                return null;
            }
            boolean tooBig = oversize || utf8Length(buffer) > config.maxFrameBytes();
            String text = tooBig ? "" : buffer.toString();
            int chars = buffer.length();
            buffer.setLength(0);
            oversize = false;
            run(
                    () -> {
                        if (tooBig) {
                            if (this == current) {
                                lastActivity = System.nanoTime();
                                listener.onSkipped(
                                        SkipReasons.OVERSIZE,
                                        "a frame over "
                                                + config.maxFrameBytes()
                                                + " bytes"
                                                + (chars > 0 ? " (" + chars + " chars)" : ""));
                            }
                        } else {
                            handleText(this, text);
                        }
                        webSocket.request(1);
                    });
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            if (last) {
                run(() -> listener.onSkipped(SkipReasons.PROTOCOL, "a binary frame"));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            open.remove(webSocket);
            run(() -> closed(this, statusCode, reason == null ? "" : reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            open.remove(webSocket);
            run(
                    () ->
                            drop(
                                    this,
                                    CloseAction.BACKOFF,
                                    "connection failed: " + Failures.describe(error)));
        }
    }

    /** The UTF-8 size of a text, counted only when it could exceed the limit. */
    private int utf8Length(CharSequence s) {
        if ((long) s.length() * 3 <= config.maxFrameBytes()) {
            return s.length();
        }
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
