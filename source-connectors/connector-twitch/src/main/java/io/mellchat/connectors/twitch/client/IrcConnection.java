package io.mellchat.connectors.twitch.client;

import io.mellchat.connectors.common.Backoff;
import io.mellchat.connectors.common.Failures;
import io.mellchat.model.ChannelStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical connection to Twitch chat carrying up to {@code channelsPerConnection} channels, with
 * its own thread. It opens a socket and runs an {@link IrcSession} on it; when the session ends
 * (RECONNECT, a dropped socket, a missing PONG) it opens a new socket after a capped, jittered
 * backoff and joins every channel again. A refused login stops the retries and says why in the
 * channel statuses.
 *
 * <p>{@link #join}, {@link #part} and {@link #close} may be called from any thread; everything else
 * happens on the connection's thread.
 */
final class IrcConnection implements IrcSession.Host {
    private static final Logger LOG = LoggerFactory.getLogger(IrcConnection.class);

    /** What every session of this connection shares. */
    record Context(
            TwitchClientConfig config,
            TwitchChatListener listener,
            ChannelStates channels,
            JoinScheduler joins,
            String nick,
            String address,
            String name) {}

    private record Command(boolean join, String channel) {}

    private final Context context;
    private final TwitchChatListener listener;
    private final ChannelStates channels;
    private final Backoff backoff;
    private final LoginPacer logins;
    private final ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<IrcSession.Inbound> inbound = new ArrayBlockingQueue<>(4096);
    private final Thread thread;
    private volatile boolean closed;
    private volatile IrcTransport transport;
    private volatile int session;

    // connection thread only
    private boolean everRegistered;
    private String terminalDetail;

    IrcConnection(
            TwitchClientConfig config,
            TwitchChatListener listener,
            LoginPacer logins,
            String name) {
        this.listener = listener;
        this.logins = logins;
        this.channels = new ChannelStates(listener);
        this.context =
                new Context(
                        config,
                        listener,
                        channels,
                        new JoinScheduler(
                                config.joinsPerWindow(),
                                config.joinWindow().toNanos(),
                                config.joinTimeout().toNanos(),
                                config.joinAttemptsBeforeError()),
                        "justinfan" + ThreadLocalRandom.current().nextInt(10_000, 100_000),
                        Transports.address(config.url()),
                        name);
        this.backoff = new Backoff(config.backoffInitial(), config.backoffMax(), 2.0, 0.3);
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void join(String channel) {
        commands.add(new Command(true, channel));
        inbound.offer(IrcSession.WAKE);
    }

    void part(String channel) {
        commands.add(new Command(false, channel));
        inbound.offer(IrcSession.WAKE);
    }

    /** Closes the socket and stops the thread (waits a little for it). */
    void close() {
        closed = true;
        IrcTransport t = transport;
        if (t != null) {
            t.close();
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean closing() {
        return closed;
    }

    @Override
    public void registered() {
        everRegistered = true;
        backoff.reset();
    }

    private void run() {
        try {
            while (!closed) {
                drainCommands(false);
                if (channels.isEmpty()) {
                    waitFor(IrcSession.TICK_MILLIS);
                    continue;
                }
                SessionEnd end = session();
                if (closed || end.kind() == SessionEnd.Kind.CLOSED) {
                    break;
                }
                if (end.kind() == SessionEnd.Kind.TERMINAL) {
                    LOG.error("{}: {}", context.name(), end.detail());
                    terminalDetail = end.detail();
                    channels.statusAll(ChannelStatus.ERROR, terminalDetail);
                    while (!closed) {
                        waitFor(IrcSession.TICK_MILLIS); // new channels get the error too
                    }
                    break;
                }
                reconnectDelay(end);
            }
        } catch (InterruptedException e) {
            // closing
        } finally {
            IrcTransport t = transport;
            if (t != null) {
                t.close();
            }
        }
    }

    /** Reports the channels as reconnecting and waits out the backoff. */
    private void reconnectDelay(SessionEnd end) throws InterruptedException {
        Duration delay;
        String why;
        if (end.kind() == SessionEnd.Kind.SERVER_RECONNECT) {
            why = "Twitch asked to reconnect";
            delay = backoff.attempts() == 0 ? Duration.ZERO : backoff.next();
            if (delay.isZero()) {
                backoff.next(); // a second RECONNECT before a welcome waits
            }
        } else {
            why = end.detail();
            delay = backoff.next();
        }
        LOG.info("{}: {}; reconnecting in {} ms", context.name(), why, delay.toMillis());
        channels.statusAll(
                ChannelStatus.RECONNECTING, why + "; reconnecting in " + IrcSession.seconds(delay));
        waitFor(delay.toMillis());
    }

    /** Waits, still taking join/part commands. */
    private void waitFor(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        do {
            long left = Math.max(0, Math.min(deadline - System.nanoTime(), 50_000_000L));
            inbound.poll(left, TimeUnit.NANOSECONDS); // a wake-up, or a stale line: dropped
            drainCommands(false);
        } while (!closed && System.nanoTime() - deadline < 0);
    }

    private SessionEnd session() throws InterruptedException {
        long wait = logins.reserve(System.nanoTime());
        if (wait > 0) {
            waitFor(TimeUnit.NANOSECONDS.toMillis(wait));
            if (closed) {
                return SessionEnd.CLOSED;
            }
        }
        int sid = ++session;
        inbound.clear();
        if (sid > 1) {
            channels.all().forEach(listener::onReconnect);
        }
        IrcTransport t;
        try {
            t = Transports.open(context.config(), events(sid), context.name() + "-reader-" + sid);
        } catch (IOException | RuntimeException e) {
            return SessionEnd.lost(
                    "cannot connect to " + context.address() + ": " + Failures.describe(e));
        }
        transport = t;
        if (closed) {
            t.close();
            return SessionEnd.CLOSED;
        }
        try {
            return new IrcSession(context, t, inbound, sid, this).run();
        } catch (IOException e) {
            return SessionEnd.lost(
                    "sending to " + context.address() + " failed: " + Failures.describe(e));
        } finally {
            t.close();
            transport = null;
            channels.leftAll();
        }
    }

    @Override
    public void drainCommands(boolean registered) throws InterruptedException {
        Command cmd;
        while ((cmd = commands.poll()) != null) {
            String channel = cmd.channel();
            if (cmd.join()) {
                if (channels.add(channel) == null) {
                    continue;
                }
                if (terminalDetail != null) {
                    channels.status(channel, ChannelStatus.ERROR, terminalDetail);
                } else if (registered) {
                    context.joins().request(channel, System.nanoTime());
                    channels.status(channel, ChannelStatus.CONNECTING, "joining #" + channel);
                } else {
                    channels.status(
                            channel,
                            everRegistered ? ChannelStatus.RECONNECTING : ChannelStatus.CONNECTING,
                            "connecting to " + context.address());
                }
            } else if (channels.remove(channel)) {
                context.joins().cancel(channel);
                IrcTransport t = transport;
                if (registered && t != null) {
                    try {
                        t.send("PART #" + channel);
                    } catch (IOException e) {
                        // the socket is going away anyway
                    }
                }
            }
        }
    }

    private IrcTransport.Events events(int sid) {
        return new IrcTransport.Events() {
            @Override
            public void line(String line) throws InterruptedException {
                offer(new IrcSession.Inbound(sid, line, System.currentTimeMillis(), null));
            }

            @Override
            public void skipped(String reason, String detail) {
                listener.onSkipped("", reason, detail);
            }

            @Override
            public void closed(String reason) {
                try {
                    offer(new IrcSession.Inbound(sid, null, 0, reason));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            /** Blocks while the queue is full (pushing back on the socket), unless stale. */
            private void offer(IrcSession.Inbound ev) throws InterruptedException {
                while (!inbound.offer(ev, IrcSession.TICK_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (closed || session != sid) {
                        return;
                    }
                }
            }
        };
    }
}
