package io.mellchat.connectors.twitch.client;

import io.mellchat.connectors.common.Backoff;
import io.mellchat.model.ChannelStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical connection to Twitch chat carrying up to {@code channelsPerConnection} channels, with
 * its own thread: it logs in anonymously, joins its channels, answers PINGs, sends its own PING
 * when the socket is silent, and on RECONNECT, a dropped socket or a missing PONG opens a new
 * socket (after a capped, jittered backoff) and joins every channel again. A refused login or a
 * suspended channel stops the retries and says why in the channel status.
 *
 * <p>{@link #join}, {@link #part} and {@link #close} may be called from any thread; everything else
 * happens on the connection's thread.
 */
final class IrcConnection {
    private static final Logger LOG = LoggerFactory.getLogger(IrcConnection.class);
    private static final long TICK_MILLIS = 50;
    private static final String CAPABILITIES = "twitch.tv/tags twitch.tv/commands";

    private final TwitchClientConfig config;
    private final TwitchChatListener listener;
    private final String name;
    private final String address;
    private final String nick;
    private final Backoff backoff;
    private final LoginPacer logins;
    private final ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<Inbound> inbound = new ArrayBlockingQueue<>(4096);
    private final Thread thread;
    private volatile boolean closed;
    private volatile IrcTransport transport;

    // connection thread only
    private final Map<String, ChannelState> channels = new LinkedHashMap<>();
    private final JoinScheduler joins;
    private volatile int session;
    private boolean everRegistered;
    private String terminalDetail;

    private record Command(boolean join, String channel) {}

    private record Inbound(int session, String line, long receivedAtMillis, String closedReason) {}

    private static final Inbound WAKE = new Inbound(-1, null, 0, null);

    /** How a session ended. */
    private record End(Kind kind, String detail) {
        enum Kind {
            LOST,
            SERVER_RECONNECT,
            TERMINAL,
            CLOSED
        }
    }

    private static final class ChannelState {
        ChannelStatus status;
        String detail = "";
        boolean joined;
        boolean terminal;
        final RoomState room = new RoomState();
    }

    IrcConnection(
            TwitchClientConfig config,
            TwitchChatListener listener,
            LoginPacer logins,
            String name) {
        this.config = config;
        this.listener = listener;
        this.name = name;
        this.logins = logins;
        this.address = Transports.address(config.url());
        this.nick = "justinfan" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        this.backoff = new Backoff(config.backoffInitial(), config.backoffMax(), 2.0, 0.3);
        this.joins =
                new JoinScheduler(
                        config.joinsPerWindow(),
                        config.joinWindow().toNanos(),
                        config.joinTimeout().toNanos(),
                        config.joinAttemptsBeforeError());
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void join(String channel) {
        commands.add(new Command(true, channel));
        inbound.offer(WAKE);
    }

    void part(String channel) {
        commands.add(new Command(false, channel));
        inbound.offer(WAKE);
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

    private void run() {
        try {
            while (!closed) {
                drainCommands(false);
                if (channels.isEmpty()) {
                    waitFor(TICK_MILLIS);
                    continue;
                }
                End end = session();
                if (closed || end.kind() == End.Kind.CLOSED) {
                    break;
                }
                if (end.kind() == End.Kind.TERMINAL) {
                    LOG.error("{}: {}", name, end.detail());
                    terminalDetail = end.detail();
                    statusAll(ChannelStatus.ERROR, terminalDetail);
                    while (!closed) {
                        waitFor(TICK_MILLIS);
                    }
                    break;
                }
                Duration delay;
                String why;
                if (end.kind() == End.Kind.SERVER_RECONNECT) {
                    delay = backoff.attempts() == 0 ? Duration.ZERO : backoff.next();
                    why = "Twitch asked to reconnect";
                    if (delay.isZero()) {
                        backoff.next(); // a second RECONNECT in a row waits
                    }
                } else {
                    delay = backoff.next();
                    why = end.detail();
                }
                LOG.info("{}: {}; reconnecting in {} ms", name, why, delay.toMillis());
                statusAll(ChannelStatus.RECONNECTING, why + "; reconnecting in " + seconds(delay));
                waitFor(delay.toMillis());
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

    /** Waits, still taking join/part commands. */
    private void waitFor(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        do {
            long left = deadline - System.nanoTime();
            Inbound ev =
                    inbound.poll(Math.max(0, Math.min(left, 50_000_000L)), TimeUnit.NANOSECONDS);
            if (ev != null && ev != WAKE) {
                continue; // a stale line of a closed session
            }
            drainCommands(false);
        } while (!closed && System.nanoTime() - deadline < 0);
    }

    private End session() throws InterruptedException {
        long wait = logins.reserve(System.nanoTime());
        if (wait > 0) {
            waitFor(TimeUnit.NANOSECONDS.toMillis(wait));
            if (closed) {
                return new End(End.Kind.CLOSED, "");
            }
        }
        int sid = ++session;
        inbound.clear();
        if (sid > 1) {
            channels.keySet().forEach(listener::onReconnect);
        }
        IrcTransport t;
        try {
            t = Transports.open(config, events(sid), name + "-reader-" + sid);
        } catch (IOException | RuntimeException e) {
            return new End(End.Kind.LOST, "cannot connect to " + address + ": " + e.getMessage());
        }
        transport = t;
        if (closed) {
            t.close();
            return new End(End.Kind.CLOSED, "");
        }
        try {
            return converse(sid, t);
        } catch (IOException e) {
            return new End(End.Kind.LOST, "sending to " + address + " failed: " + e.getMessage());
        } finally {
            t.close();
            transport = null;
            channels.values().forEach(c -> c.joined = false);
        }
    }

    private End converse(int sid, IrcTransport t) throws IOException, InterruptedException {
        t.send("CAP REQ :" + CAPABILITIES);
        t.send("CAP END");
        t.send("NICK " + nick);
        SessionState s = new SessionState(t, System.nanoTime());
        joins.reset();
        while (!closed) {
            Inbound ev = inbound.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
            long now = System.nanoTime();
            if (ev != null && ev.session() == sid) {
                if (ev.closedReason() != null) {
                    return new End(End.Kind.LOST, ev.closedReason());
                }
                s.lastInbound = now;
                End end = handle(s, ev.line(), ev.receivedAtMillis(), now);
                if (end != null) {
                    return end;
                }
            }
            drainCommands(s.registered);
            if (inbound.isEmpty()) {
                End end = checkTimers(s, now);
                if (end != null) {
                    return end;
                }
            }
            if (s.registered) {
                for (String c : joins.due(now)) {
                    t.send("JOIN #" + c);
                }
            }
        }
        return new End(End.Kind.CLOSED, "");
    }

    /** Per-socket state. */
    private static final class SessionState {
        final IrcTransport transport;
        final long connectedAt;
        long lastInbound;
        long pingSentAt = -1;
        boolean registered;
        String refusedCaps = "";

        SessionState(IrcTransport transport, long now) {
            this.transport = transport;
            this.connectedAt = now;
            this.lastInbound = now;
        }
    }

    private End checkTimers(SessionState s, long now) throws IOException, InterruptedException {
        if (!s.registered && now - s.connectedAt > config.loginTimeout().toNanos()) {
            return new End(
                    End.Kind.LOST,
                    "no welcome from " + address + " within " + seconds(config.loginTimeout()));
        }
        if (s.pingSentAt < 0 && now - s.lastInbound > config.pingAfterSilence().toNanos()) {
            s.transport.send("PING :mellchat");
            s.pingSentAt = now;
        } else if (s.pingSentAt >= 0 && now - s.pingSentAt > config.pongTimeout().toNanos()) {
            return new End(
                    End.Kind.LOST,
                    "no PONG within " + seconds(config.pongTimeout()) + ": the connection is dead");
        }
        List<String[]> failed = new ArrayList<>();
        joins.checkTimeouts(
                now,
                (channel, attempts, givingUp) -> {
                    if (givingUp) {
                        failed.add(new String[] {channel, Integer.toString(attempts)});
                    }
                });
        for (String[] f : failed) {
            ChannelState c = channels.get(f[0]);
            if (c != null && !c.terminal) {
                status(
                        f[0],
                        c,
                        ChannelStatus.ERROR,
                        "Twitch did not answer JOIN #"
                                + f[0]
                                + " ("
                                + f[1]
                                + " attempts): check that the channel exists (twitch:<login>);"
                                + " still retrying");
            }
        }
        return null;
    }

    private End handle(SessionState s, String text, long receivedAtMillis, long now)
            throws IOException, InterruptedException {
        IrcMessage m;
        try {
            m = IrcMessage.parse(text);
        } catch (MalformedLineException e) {
            listener.onSkipped("", SkipReasons.MALFORMED_LINE, e.getMessage());
            return null;
        }
        String command = m.command();
        switch (command) {
            case "PING":
                s.transport.send(m.paramCount() == 0 ? "PONG" : "PONG :" + m.lastParam());
                return null;
            case "PONG":
                s.pingSentAt = -1;
                return null;
            case "RECONNECT":
                return new End(End.Kind.SERVER_RECONNECT, "");
            case "001":
                s.registered = true;
                everRegistered = true;
                backoff.reset();
                for (Map.Entry<String, ChannelState> e : channels.entrySet()) {
                    if (!e.getValue().terminal) {
                        joins.request(e.getKey(), now);
                    }
                }
                return null;
            case "CAP":
                if (m.paramCount() >= 3 && m.param(1).equals("NAK")) {
                    capsRefused(s, m.lastParam());
                }
                return null;
            case "410":
                capsRefused(s, m.lastParam());
                return null;
            case "NOTICE":
                return notice(m);
            case "JOIN":
                if (m.nick().equalsIgnoreCase(nick)) {
                    joined(s, m.channel());
                }
                return null;
            case "366":
                if (m.paramCount() >= 2 && m.param(1).startsWith("#")) {
                    joined(s, m.param(1).substring(1));
                }
                return null;
            case "ROOMSTATE":
                roomState(s, m);
                return null;
            case "PART":
            case "USERSTATE":
            case "GLOBALUSERSTATE":
                return null;
            default:
                if (isNumeric(command)) {
                    return null;
                }
                chatLine(s, m, receivedAtMillis);
                return null;
        }
    }

    private void chatLine(SessionState s, IrcMessage m, long receivedAtMillis)
            throws InterruptedException {
        String channel = m.channel();
        ChannelState c = channels.get(channel);
        if (channel.isEmpty()) {
            listener.onSkipped("", SkipReasons.UNHANDLED_COMMAND, m.command());
        } else if (c != null && !c.terminal) {
            if (!c.joined) {
                joined(s, channel); // a line of the channel proves the JOIN
            }
            listener.onChatLine(channel, m, receivedAtMillis);
        }
    }

    private void joined(SessionState s, String channel) throws InterruptedException {
        ChannelState c = channels.get(channel);
        if (c == null || c.terminal) {
            return;
        }
        joins.confirmed(channel);
        c.joined = true;
        status(channel, c, ChannelStatus.LIVE, liveDetail(s, c));
    }

    private void roomState(SessionState s, IrcMessage m) throws InterruptedException {
        String channel = m.channel();
        ChannelState c = channels.get(channel);
        if (c != null && c.room.update(m) && c.joined) {
            status(channel, c, ChannelStatus.LIVE, liveDetail(s, c));
        }
    }

    private static String liveDetail(SessionState s, ChannelState c) {
        String room = c.room.describe();
        if (s.refusedCaps.isEmpty()) {
            return room;
        }
        String warning =
                "the server refused " + s.refusedCaps + ": no ids, badges, emotes or moderation";
        return room.isEmpty() ? warning : warning + "; " + room;
    }

    private void capsRefused(SessionState s, String caps) {
        s.refusedCaps = caps.isEmpty() ? CAPABILITIES : caps;
        LOG.warn(
                "{}: {} refused the capabilities '{}'; chat lines will lack tags. Is {} a Twitch"
                        + " chat server?",
                name,
                address,
                s.refusedCaps,
                TwitchClientConfig.URL_ENV);
    }

    private End notice(IrcMessage m) throws InterruptedException {
        String channel = m.channel();
        String text = m.lastParam();
        String msgId = m.tagOr("msg-id", "");
        if (channel.isEmpty()) {
            if (TwitchNotices.isLoginFailure(text)) {
                return new End(
                        End.Kind.TERMINAL,
                        "Twitch refused the login (\""
                                + text
                                + "\"). MellChat reads anonymously as justinfan…; check that "
                                + TwitchClientConfig.URL_ENV
                                + " points at Twitch chat (default "
                                + TwitchClientConfig.DEFAULT_URL
                                + ")");
            }
            listener.onSkipped("", SkipReasons.NOTICE, msgId + " " + text);
            return null;
        }
        ChannelState c = channels.get(channel);
        if (c != null && TwitchNotices.isChannelTerminal(msgId)) {
            c.terminal = true;
            joins.cancel(channel);
            status(
                    channel,
                    c,
                    ChannelStatus.ERROR,
                    TwitchNotices.channelError(channel, msgId, text));
        } else {
            listener.onSkipped(channel, SkipReasons.NOTICE, msgId + " " + text);
        }
        return null;
    }

    private void drainCommands(boolean registered) throws InterruptedException {
        Command cmd;
        while ((cmd = commands.poll()) != null) {
            String channel = cmd.channel();
            if (cmd.join()) {
                if (channels.containsKey(channel)) {
                    continue;
                }
                ChannelState c = new ChannelState();
                channels.put(channel, c);
                if (terminalDetail != null) {
                    status(channel, c, ChannelStatus.ERROR, terminalDetail);
                } else if (registered) {
                    joins.request(channel, System.nanoTime());
                    status(channel, c, ChannelStatus.CONNECTING, "joining #" + channel);
                } else {
                    status(
                            channel,
                            c,
                            everRegistered ? ChannelStatus.RECONNECTING : ChannelStatus.CONNECTING,
                            "connecting to " + address);
                }
            } else if (channels.remove(channel) != null) {
                joins.cancel(channel);
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

    private void statusAll(ChannelStatus status, String detail) throws InterruptedException {
        for (Map.Entry<String, ChannelState> e : channels.entrySet()) {
            if (!e.getValue().terminal) {
                status(e.getKey(), e.getValue(), status, detail);
            }
        }
    }

    private void status(String channel, ChannelState c, ChannelStatus status, String detail)
            throws InterruptedException {
        if (status != c.status || !detail.equals(c.detail)) {
            c.status = status;
            c.detail = detail;
            listener.onStatus(channel, status, detail);
        }
    }

    private IrcTransport.Events events(int sid) {
        return new IrcTransport.Events() {
            @Override
            public void line(String line) throws InterruptedException {
                Inbound ev = new Inbound(sid, line, System.currentTimeMillis(), null);
                while (!inbound.offer(ev, TICK_MILLIS, TimeUnit.MILLISECONDS)) {
                    if (closed || session != sid) {
                        return;
                    }
                }
            }

            @Override
            public void skipped(String reason, String detail) {
                listener.onSkipped("", reason, detail);
            }

            @Override
            public void closed(String reason) {
                try {
                    while (!inbound.offer(
                            new Inbound(sid, null, 0, reason),
                            TICK_MILLIS,
                            TimeUnit.MILLISECONDS)) {
                        if (closed || session != sid) {
                            return;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    private static boolean isNumeric(String command) {
        return command.length() == 3
                && Character.isDigit(command.charAt(0))
                && Character.isDigit(command.charAt(1))
                && Character.isDigit(command.charAt(2));
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0
                ? ms / 1000 + " s"
                : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
