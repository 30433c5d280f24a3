package io.mellchat.serving.live;

import io.mellchat.serving.cache.HotCache;
import io.mellchat.serving.observe.ServingMetrics;
import io.mellchat.serving.redis.Redis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;

/**
 * The one Redis pub/sub subscription of this server instance ({@code PSUBSCRIBE messages:*
 * questions:* upvotes:* stats:* moderation:* channels:*}) and the routing of its frames to
 * WebSocket sessions by channel ({@code platform:channel}) and stream. Frames also invalidate the
 * hot caches. Reconnects with backoff; after a reconnect the caches are invalidated since frames
 * may have been missed.
 */
public final class FrameHub implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FrameHub.class.getName());
    static final List<String> KINDS =
            List.of("messages", "questions", "upvotes", "stats", "moderation", "channels");

    private final Redis redis;
    private final ChannelDirectory directory;
    private final HotCache questionsCache;
    private final ServingMetrics metrics;
    private final Duration sendTimeout;
    private final long batchNanos;

    /** Message frames waiting for the next tick, per channel; guarded by {@link #routeLock}. */
    private final Map<String, List<Frame>> pending = new java.util.LinkedHashMap<>();

    private final Object routeLock = new Object();
    private Thread ticker;
    private final Map<String, Set<ClientSession>> byChannel = new ConcurrentHashMap<>();
    private final Map<String, Set<ClientSession>> byStream = new ConcurrentHashMap<>();
    private final Set<ClientSession> sessions = ConcurrentHashMap.newKeySet();
    private final CountDownLatch subscribed = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean draining;
    private volatile JedisPubSub pubSub;
    private Thread subscriber;
    private Thread watchdog;

    public FrameHub(
            Redis redis,
            ChannelDirectory directory,
            HotCache questionsCache,
            ServingMetrics metrics,
            Duration sendTimeout,
            Duration batchWindow) {
        this.batchNanos = batchWindow.toNanos();
        this.redis = redis;
        this.directory = directory;
        this.questionsCache = questionsCache;
        this.metrics = metrics;
        this.sendTimeout = sendTimeout;
        metrics.sessionsGauge(sessions::size);
    }

    public void start() {
        subscriber =
                Thread.ofPlatform().daemon().name("mellchat-pubsub").start(this::subscribeLoop);
        watchdog = Thread.ofPlatform().daemon().name("mellchat-ws-watchdog").start(this::watch);
        if (batchNanos > 0) {
            ticker = Thread.ofPlatform().daemon().name("mellchat-ws-batcher").start(this::tick);
        }
    }

    /** Waits until the subscription is active (tests and start-up). */
    public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return subscribed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** From now on new WebSocket connections are turned away (shutdown). */
    public void drain() {
        draining = true;
    }

    public boolean draining() {
        return draining;
    }

    public int sessionCount() {
        return sessions.size();
    }

    public void add(ClientSession s) {
        sessions.add(s);
    }

    public void subscribe(
            ClientSession s, Collection<String> channelKeys, Collection<String> streams) {
        for (String c : channelKeys) {
            s.channels.add(c);
            byChannel.computeIfAbsent(c, k -> ConcurrentHashMap.newKeySet()).add(s);
        }
        for (String st : streams) {
            s.streams.add(st);
            byStream.computeIfAbsent(st, k -> ConcurrentHashMap.newKeySet()).add(s);
        }
    }

    public void unsubscribe(
            ClientSession s, Collection<String> channelKeys, Collection<String> streams) {
        for (String c : channelKeys) {
            s.channels.remove(c);
            Set<ClientSession> set = byChannel.get(c);
            if (set != null) {
                set.remove(s);
            }
        }
        for (String st : streams) {
            s.streams.remove(st);
            Set<ClientSession> set = byStream.get(st);
            if (set != null) {
                set.remove(s);
            }
        }
    }

    public void remove(ClientSession s) {
        sessions.remove(s);
        unsubscribe(s, List.copyOf(s.channels), List.copyOf(s.streams));
    }

    /**
     * Takes one frame from the job. Message frames wait for the next batch tick and go out merged,
     * once per channel (not once per session); any other frame of a channel first flushes that
     * channel's waiting messages, so the order of a channel's frames is kept.
     */
    public void dispatch(Frame f) {
        switch (f.type()) {
            case "question", "answered", "upvotes", "deleted" -> questionsCache.invalidate();
            case "channel" -> directory.invalidate();
            default -> {}
        }
        Optional<String> key = f.channelKey();
        synchronized (routeLock) {
            if (batchNanos > 0
                    && key.isPresent()
                    && "message".equals(f.type())
                    && f.data() != null) {
                pending.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(f);
                return;
            }
            if (key.isPresent()) {
                List<Frame> waiting = pending.remove(key.get());
                if (waiting != null) {
                    Batcher.merge(waiting).forEach(this::route);
                }
            }
            route(f);
        }
    }

    private void tick() {
        while (running) {
            try {
                Thread.sleep(Duration.ofNanos(batchNanos));
            } catch (InterruptedException e) {
                return;
            }
            synchronized (routeLock) {
                if (pending.isEmpty()) {
                    continue;
                }
                for (List<Frame> frames : pending.values()) {
                    Batcher.merge(frames).forEach(this::route);
                }
                pending.clear();
            }
        }
    }

    /** Offers a frame to the sessions that subscribed to its channel or its stream. */
    private void route(Frame f) {
        Set<ClientSession> byC = f.channelKey().map(byChannel::get).orElse(null);
        String stream = f.stream();
        if (stream.isEmpty() && f.channelKey().isPresent()) {
            stream = directory.find(f.channelKey().get()).map(c -> c.stream()).orElse("");
        }
        Set<ClientSession> byS = stream.isEmpty() ? null : byStream.get(stream);
        if (byC != null && byS != null && !byC.isEmpty() && !byS.isEmpty()) {
            Set<ClientSession> both = new HashSet<>(byC);
            both.addAll(byS);
            both.forEach(s -> s.offer(f));
        } else {
            if (byC != null) {
                byC.forEach(s -> s.offer(f));
            }
            if (byS != null) {
                byS.forEach(s -> s.offer(f));
            }
        }
    }

    private void subscribeLoop() {
        String prefix = redis.prefix();
        String[] patterns = KINDS.stream().map(k -> prefix + k + ":*").toArray(String[]::new);
        long backoff = 500;
        boolean first = true;
        while (running) {
            try (Jedis j = redis.dedicatedConnection()) {
                JedisPubSub ps =
                        new JedisPubSub() {
                            @Override
                            public void onPSubscribe(String pattern, int count) {
                                if (count == patterns.length) {
                                    subscribed.countDown();
                                }
                            }

                            @Override
                            public void onPMessage(String pattern, String channel, String message) {
                                receive(channel.substring(prefix.length()), message);
                            }
                        };
                pubSub = ps;
                if (!first) {
                    questionsCache.invalidate();
                    directory.invalidate();
                    LOG.info("Redis pub/sub subscription restored");
                }
                first = false;
                backoff = 500;
                j.psubscribe(ps, patterns);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(
                        Level.WARNING,
                        "Redis pub/sub connection lost ("
                                + e.getMessage()
                                + "); retrying in "
                                + backoff
                                + " ms (check MELLCHAT_REDIS_URL)");
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = Math.min(backoff * 2, 15_000);
            }
        }
    }

    void receive(String channel, String message) {
        metrics.frameReceived();
        Frame f;
        try {
            f = Frame.parse(channel, message);
        } catch (IllegalArgumentException e) {
            metrics.badFrame();
            LOG.fine(() -> "skipped an invalid frame on " + channel + ": " + e.getMessage());
            return;
        }
        dispatch(f);
    }

    private void watch() {
        while (running) {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
            for (ClientSession s : sessions) {
                if (s.stuckFor().compareTo(sendTimeout) > 0) {
                    metrics.slowClientClosed();
                    s.forceClose();
                    remove(s);
                }
            }
        }
    }

    /** Closes every session with a code (1001 at shutdown) and waits a little for them to go. */
    public void closeAll(int code, String reason, Duration wait) {
        for (ClientSession s : sessions) {
            s.close(code, reason);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (!sessions.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        JedisPubSub ps = pubSub;
        if (ps != null) {
            try {
                ps.punsubscribe();
            } catch (RuntimeException e) {
                // the connection is going away anyway
            }
        }
        if (subscriber != null) {
            subscriber.interrupt();
        }
        if (watchdog != null) {
            watchdog.interrupt();
        }
        if (ticker != null) {
            ticker.interrupt();
        }
    }
}
