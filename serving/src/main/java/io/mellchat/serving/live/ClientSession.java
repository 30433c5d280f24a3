package io.mellchat.serving.live;

import io.helidon.webserver.ConnectionContext;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsSession;
import io.mellchat.serving.observe.ServingMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One WebSocket client: a bounded queue of frames and one virtual thread that sends them (the hub
 * has already merged each channel's messages into one frame per batch tick). A client whose queue
 * overflows is closed with 1008 (policy violation: too slow) and its queue is dropped, so a slow
 * client never grows server memory. An idle connection gets a {@code heartbeat} frame every
 * heartbeat period.
 */
public final class ClientSession {
    private static final Logger LOG = Logger.getLogger(ClientSession.class.getName());
    private static final int MAX_BATCH = 512;

    final Set<String> channels = ConcurrentHashMap.newKeySet();
    final Set<String> streams = ConcurrentHashMap.newKeySet();

    /**
     * True until the client subscribes explicitly (then the implicit stream default is dropped).
     */
    volatile boolean implicitDefault;

    private final WsSession ws;
    private final BlockingQueue<Frame> queue;
    private final long heartbeatNanos;
    private final ServingMetrics metrics;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long sendingSinceNanos;
    private Thread sender;

    /** Forgets the session (in the hub) once it cannot send any more. */
    private final Runnable onGone;

    public ClientSession(
            WsSession ws,
            int queueFrames,
            Duration heartbeat,
            ServingMetrics metrics,
            Runnable onGone) {
        this.onGone = onGone;
        this.ws = ws;
        this.queue = new ArrayBlockingQueue<>(queueFrames);
        this.heartbeatNanos = heartbeat.toNanos();
        this.metrics = metrics;
    }

    public void start() {
        sender = Thread.ofVirtual().name("mellchat-ws-sender").start(this::sendLoop);
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Queues a frame; a full queue closes the client as too slow. */
    public void offer(Frame frame) {
        if (closed.get()) {
            return;
        }
        if (!queue.offer(frame)) {
            metrics.slowClientClosed();
            close(WsCloseCodes.VIOLATED_POLICY, "too slow: frames not read in time");
        }
    }

    /** How long the current send has been blocked, or zero. */
    Duration stuckFor() {
        long since = sendingSinceNanos;
        return since == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
    }

    private void sendLoop() {
        List<Frame> batch = new ArrayList<>(64);
        try {
            while (!closed.get()) {
                Frame first = queue.poll(heartbeatNanos, TimeUnit.NANOSECONDS);
                if (closed.get()) {
                    break;
                }
                if (first == null) {
                    send("{\"type\":\"heartbeat\",\"ts\":\"" + Instant.now() + "\"}");
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - batch.size());
                // the hub merged each channel's messages already; frames go out as they are
                for (Frame f : batch) {
                    send(f.text());
                }
                metrics.framesSent(batch.size());
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "WebSocket send failed; closing", e);
            closeQuietly();
        } finally {
            int lost = queue.size() + batch.size();
            queue.clear();
            if (lost > 0) {
                metrics.framesDropped(lost);
            }
            // a client that vanished without a close frame is noticed here, at the latest by
            // the next heartbeat
            closed.set(true);
            onGone.run();
        }
    }

    private void send(String text) {
        sendingSinceNanos = System.nanoTime();
        try {
            ws.send(text, true);
        } finally {
            sendingSinceNanos = 0;
        }
    }

    /** Closes with a code (1001 going away at shutdown, 1008 for slow clients) without blocking. */
    public void close(int code, String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        int lost = queue.size();
        queue.clear();
        if (lost > 0) {
            metrics.framesDropped(lost);
        }
        // wake an idle sender; a sender blocked in a write is left to the watchdog, so that a
        // client that is only slow still receives the close code once its backlog is written
        if (sender != null && sendingSinceNanos == 0) {
            sender.interrupt();
        }
        Thread.ofVirtual()
                .name("mellchat-ws-close")
                .start(
                        () -> {
                            try {
                                ws.close(code, reason);
                            } catch (RuntimeException e) {
                                LOG.log(Level.FINE, "closing a WebSocket failed", e);
                            }
                        });
    }

    /** Drops the TCP connection of a client whose writes have been stuck too long. */
    void forceClose() {
        closed.set(true);
        if (sender != null) {
            sender.interrupt();
        }
        closeQuietly();
    }

    private void closeQuietly() {
        closed.set(true);
        try {
            if (ws.socketContext() instanceof ConnectionContext cc) {
                cc.serverSocket().close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "dropping a WebSocket connection failed", e);
        }
    }

    /** Marks the session closed after the client went away. */
    void closedByClient() {
        closed.set(true);
        queue.clear();
        if (sender != null) {
            sender.interrupt();
        }
    }
}
