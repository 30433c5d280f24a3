package io.mellchat.connectors.twitch.fake;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.IProtocol;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Twitch chat server for tests (platform-protocols.md §A11): plain TCP ({@link #ircUrl()})
 * and WebSocket ({@link #wsUrl()}) on loopback, ephemeral ports. It answers {@code CAP REQ} (ACK,
 * or NAK when told to), sends the 001–376 welcome burst after NICK (any PASS or none), answers JOIN
 * with the echo, 353, 366 and a full ROOMSTATE, answers PING, and can PING clients itself.
 *
 * <p>Tests script it: {@link #send} chat lines to a channel's sessions (or {@link #sendBatch} in
 * one frame), {@link #resend} recent lines (duplicates), {@link #reconnectAll} (RECONNECT then
 * close), {@link #dropAll} (no close frame), {@link #silenceAll} (the socket stays open but nothing
 * is answered), {@link #ignoreNextJoins}, refuse logins and suspend channels. They observe it
 * through {@link #received()}, {@link #joinCount}, {@link #isJoined} and {@link #awaitJoined}.
 */
public final class FakeTwitchServer implements AutoCloseable {

    private static final Set<String> KNOWN_CAPS =
            Set.of("twitch.tv/tags", "twitch.tv/commands", "twitch.tv/membership");

    private final Options options;
    private final ServerSocket tcp;
    private final Ws ws;
    private final List<FakeSession> sessions = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> history = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> joins = new ConcurrentHashMap<>();
    private final AtomicInteger sessionIds = new AtomicInteger();
    private final AtomicInteger ignoreJoins = new AtomicInteger();
    private final AtomicInteger pongs = new AtomicInteger();
    private final Set<String> suspended = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private volatile boolean refuseLogin;
    private volatile boolean closed;

    /** What the server does; all optional. */
    public static final class Options {
        private Set<String> channels = Set.of();
        private boolean nakCapabilities;
        private boolean refuseLogin;
        private Duration pingEvery = Duration.ZERO;
        private Duration pongTimeout = Duration.ofSeconds(5);
        private int replayOnJoin;
        private int tcpPort;
        private int wsPort;

        /** Only these channels exist; JOINs to others are dropped silently. Default: any. */
        public Options channels(String... names) {
            channels = Set.of(names);
            return this;
        }

        /** Answer every CAP REQ with NAK. */
        public Options nakCapabilities() {
            nakCapabilities = true;
            return this;
        }

        /** Answer NICK with "Login authentication failed" and close. */
        public Options refuseLogin() {
            refuseLogin = true;
            return this;
        }

        /** Send {@code PING :tmi.twitch.tv} this often; close when no PONG follows in time. */
        public Options pingEvery(Duration every, Duration pongTimeout) {
            this.pingEvery = every;
            this.pongTimeout = pongTimeout;
            return this;
        }

        /** Listen on these ports instead of ephemeral ones (for a manual run; 0 = any). */
        public Options ports(int tcp, int ws) {
            tcpPort = tcp;
            wsPort = ws;
            return this;
        }

        /** After confirming a JOIN, send the channel's last {@code n} lines again (duplicates). */
        public Options replayOnJoin(int n) {
            replayOnJoin = n;
            return this;
        }
    }

    public static Options options() {
        return new Options();
    }

    /** Starts a server with default behaviour. */
    public static FakeTwitchServer start() throws IOException {
        return start(options());
    }

    public static FakeTwitchServer start(Options options) throws IOException {
        return new FakeTwitchServer(options);
    }

    private FakeTwitchServer(Options options) throws IOException {
        this.options = options;
        this.refuseLogin = options.refuseLogin;
        InetAddress loopback = InetAddress.getLoopbackAddress();
        this.tcp = new ServerSocket(options.tcpPort, 50, loopback);
        Thread acceptor = new Thread(this::acceptTcp, "fake-twitch-tcp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        this.ws = new Ws(new InetSocketAddress(loopback, options.wsPort));
        ws.start();
        try {
            if (!ws.started.await(10, TimeUnit.SECONDS)) {
                throw new IOException("fake WebSocket server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        this.timer =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "fake-twitch-timer");
                            t.setDaemon(true);
                            return t;
                        });
        if (!options.pingEvery.isZero()) {
            long every = options.pingEvery.toMillis();
            timer.scheduleAtFixedRate(this::pingClients, every, every, TimeUnit.MILLISECONDS);
        }
    }

    /** {@code irc://127.0.0.1:<port>}: IRC over plain TCP. */
    public String ircUrl() {
        return "irc://" + tcp.getInetAddress().getHostAddress() + ":" + tcp.getLocalPort();
    }

    /** {@code ws://127.0.0.1:<port>}: IRC over WebSocket. */
    public String wsUrl() {
        return "ws://" + tcp.getInetAddress().getHostAddress() + ":" + ws.getPort();
    }

    // ---- scripting ----

    /**
     * Sends lines to every session joined to {@code channel} and keeps them for {@link #resend}.
     */
    public void send(String channel, String... lines) {
        List<String> h = history(channel);
        for (String line : lines) {
            h.add(line);
            for (FakeSession s : sessions) {
                if (s.joined.contains(channel)) {
                    s.send(line);
                }
            }
        }
    }

    /** Sends lines to the channel's sessions packed into one WebSocket frame (one TCP write). */
    public void sendBatch(String channel, List<String> lines) {
        history(channel).addAll(lines);
        for (FakeSession s : sessions) {
            if (s.joined.contains(channel)) {
                s.sendBatch(lines);
            }
        }
    }

    /**
     * A channel's recent lines (the last 5,000 to 10,000, so that a long manual run stays small).
     */
    private List<String> history(String channel) {
        List<String> h = history.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>());
        if (h.size() > 10_000) {
            h.subList(0, h.size() - 5_000).clear();
        }
        return h;
    }

    /** Sends raw bytes as one line (a binary frame over WebSocket): e.g. invalid UTF-8. */
    public void sendBytes(String channel, byte[] line) {
        for (FakeSession s : sessions) {
            if (s.joined.contains(channel)) {
                s.sendBytes(line);
            }
        }
    }

    /** Sends a line to every open session, joined or not (e.g. a NOTICE or RECONNECT). */
    public void sendToAll(String line) {
        sessions.forEach(s -> s.send(line));
    }

    /** Sends the channel's last {@code n} lines again: Twitch may deliver a message twice. */
    public void resend(String channel, int n) {
        List<String> h = history.getOrDefault(channel, List.of());
        List<String> last = new ArrayList<>(h.subList(Math.max(0, h.size() - n), h.size()));
        for (FakeSession s : sessions) {
            if (s.joined.contains(channel)) {
                last.forEach(s::send);
            }
        }
    }

    /** {@code :tmi.twitch.tv RECONNECT} to every session, then closes them. */
    public void reconnectAll() {
        for (FakeSession s : sessions) {
            s.send(":tmi.twitch.tv RECONNECT");
            s.close();
        }
    }

    /** Drops every connection without a close frame or goodbye. */
    public void dropAll() {
        sessions.forEach(FakeSession::drop);
    }

    /** The current sessions stop answering and sending anything, but stay open. */
    public void silenceAll() {
        sessions.forEach(s -> s.silent = true);
    }

    /** Drops the next {@code n} JOINs silently, as Twitch does for unknown channels. */
    public void ignoreNextJoins(int n) {
        ignoreJoins.set(n);
    }

    /** JOINs to this channel get {@code NOTICE msg_channel_suspended}. */
    public void suspend(String channel) {
        suspended.add(channel);
    }

    /** Refuse (or accept again) the next logins. */
    public void refuseLogins(boolean refuse) {
        refuseLogin = refuse;
    }

    // ---- observation ----

    /** Every line received from clients, in order, as {@code <session>:<line>}. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** The lines received from clients that start with {@code prefix} (without session ids). */
    public List<String> received(String prefix) {
        List<String> out = new ArrayList<>();
        for (String r : received) {
            String line = r.substring(r.indexOf(':') + 1);
            if (line.startsWith(prefix)) {
                out.add(line);
            }
        }
        return out;
    }

    /** How many JOINs for {@code channel} the server received (answered or not). */
    public int joinCount(String channel) {
        AtomicInteger n = joins.get(channel);
        return n == null ? 0 : n.get();
    }

    /** Whether an open session has joined {@code channel}. */
    public boolean isJoined(String channel) {
        for (FakeSession s : sessions) {
            if (!s.closed && s.joined.contains(channel)) {
                return true;
            }
        }
        return false;
    }

    /** Sessions ever opened (TCP and WebSocket). */
    public int connectionCount() {
        return sessionIds.get();
    }

    /** Sessions open now. */
    public int openSessions() {
        int n = 0;
        for (FakeSession s : sessions) {
            n += s.closed ? 0 : 1;
        }
        return n;
    }

    /** PONGs received for the server's own PINGs. */
    public int pongCount() {
        return pongs.get();
    }

    /** Waits until an open session has joined every channel. */
    public void awaitJoined(Duration timeout, String... channels) {
        await(
                () -> {
                    for (String c : channels) {
                        if (!isJoined(c)) {
                            return false;
                        }
                    }
                    return true;
                },
                timeout,
                "channels " + String.join(", ", channels) + " joined");
    }

    /** Polls {@code condition} every 10 ms until it holds; fails after {@code timeout}. */
    public static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        sessions.forEach(FakeSession::drop);
        try {
            tcp.close();
        } catch (IOException e) {
            // closing
        }
        try {
            ws.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- protocol ----

    private void acceptTcp() {
        while (!closed) {
            try {
                Socket socket = tcp.accept();
                FakeSession.Tcp s = new FakeSession.Tcp(sessionIds.incrementAndGet(), socket);
                sessions.add(s);
                Thread reader = new Thread(() -> readTcp(s), "fake-twitch-tcp-" + s.id);
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private void readTcp(FakeSession.Tcp s) {
        try (BufferedReader in = s.reader()) {
            String line;
            while ((line = in.readLine()) != null) {
                onLine(s, line);
            }
        } catch (IOException e) {
            // client went away
        }
        s.closed = true;
        sessions.remove(s);
    }

    private void onLine(FakeSession s, String line) {
        if (s.closed || line.isEmpty()) {
            return;
        }
        received.add(s.id + ":" + line);
        if (s.silent) {
            return;
        }
        String[] parts = line.split(" ", 2);
        String command = parts[0].toUpperCase();
        String rest = parts.length > 1 ? parts[1] : "";
        switch (command) {
            case "CAP":
                if (rest.startsWith("REQ")) {
                    String caps = rest.substring(rest.indexOf(':') + 1);
                    boolean known = KNOWN_CAPS.containsAll(Set.of(caps.trim().split(" +")));
                    String verdict = options.nakCapabilities || !known ? "NAK" : "ACK";
                    s.send(":tmi.twitch.tv CAP * " + verdict + " :" + caps);
                }
                break;
            case "NICK":
                login(s, rest.trim());
                break;
            case "JOIN":
                for (String c : rest.trim().split(",")) {
                    join(s, c.trim().startsWith("#") ? c.trim().substring(1) : c.trim());
                }
                break;
            case "PART":
                String channel = rest.trim().replaceFirst("^#", "");
                s.joined.remove(channel);
                s.send(
                        ":"
                                + s.nick
                                + "!"
                                + s.nick
                                + "@"
                                + s.nick
                                + ".tmi.twitch.tv PART #"
                                + channel);
                break;
            case "PING":
                String arg = rest.startsWith(":") ? rest.substring(1) : rest;
                s.send(":tmi.twitch.tv PONG tmi.twitch.tv :" + arg);
                break;
            case "PONG":
                s.pingSentAt = -1;
                pongs.incrementAndGet();
                break;
            default:
                break; // PASS, CAP END and anything else
        }
    }

    private void login(FakeSession s, String nick) {
        if (refuseLogin) {
            s.send(":tmi.twitch.tv NOTICE * :Login authentication failed");
            s.close();
            return;
        }
        s.nick = nick;
        s.send(
                ":tmi.twitch.tv 001 " + nick + " :Welcome, GLHF!",
                ":tmi.twitch.tv 002 " + nick + " :Your host is tmi.twitch.tv",
                ":tmi.twitch.tv 003 " + nick + " :This server is rather new",
                ":tmi.twitch.tv 004 " + nick + " :-",
                ":tmi.twitch.tv 375 " + nick + " :-",
                ":tmi.twitch.tv 372 " + nick + " :You are in a maze of twisty passages, all alike.",
                ":tmi.twitch.tv 376 " + nick + " :>");
    }

    private void join(FakeSession s, String channel) {
        joins.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet();
        if (s.nick.isEmpty() || ignoreJoins.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return;
        }
        if (suspended.contains(channel)) {
            s.send(
                    "@msg-id=msg_channel_suspended :tmi.twitch.tv NOTICE #"
                            + channel
                            + " :This channel has been suspended.");
            return;
        }
        if (!options.channels.isEmpty() && !options.channels.contains(channel)) {
            return; // Twitch drops JOINs to unknown channels silently
        }
        String me = s.nick;
        s.joined.add(channel);
        s.send(
                ":" + me + "!" + me + "@" + me + ".tmi.twitch.tv JOIN #" + channel,
                ":" + me + ".tmi.twitch.tv 353 " + me + " = #" + channel + " :" + me,
                ":" + me + ".tmi.twitch.tv 366 " + me + " #" + channel + " :End of /NAMES list",
                "@emote-only=0;followers-only=-1;r9k=0;room-id=4242;slow=0;subs-only=0"
                        + " :tmi.twitch.tv ROOMSTATE #"
                        + channel);
        if (options.replayOnJoin > 0) {
            List<String> h = history.getOrDefault(channel, List.of());
            h.subList(Math.max(0, h.size() - options.replayOnJoin), h.size()).forEach(s::send);
        }
    }

    private void pingClients() {
        long now = System.nanoTime();
        for (FakeSession s : sessions) {
            if (s.closed || s.silent || s.nick.isEmpty()) {
                continue;
            }
            if (s.pingSentAt >= 0 && now - s.pingSentAt > options.pongTimeout.toNanos()) {
                s.close(); // "If the bot fails to reply with a PONG, the server terminates"
            } else if (s.pingSentAt < 0) {
                s.pingSentAt = now;
                s.send("PING :tmi.twitch.tv");
            }
        }
    }

    /** The WebSocket side; speaks subprotocol {@code irc} like Twitch (tmi.js asks for it). */
    private final class Ws extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        private final Map<WebSocket, FakeSession.Ws> byConn = new ConcurrentHashMap<>();

        Ws(InetSocketAddress address) {
            super(
                    address,
                    List.of(
                            new Draft_6455(
                                    List.of(),
                                    List.<IProtocol>of(new Protocol("irc"), new Protocol("")))));
            setReuseAddr(true);
            setDaemon(true);
            setConnectionLostTimeout(0);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            FakeSession.Ws s = new FakeSession.Ws(sessionIds.incrementAndGet(), conn);
            byConn.put(conn, s);
            sessions.add(s);
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            FakeSession.Ws s = byConn.remove(conn);
            if (s != null) {
                s.closed = true;
                sessions.remove(s);
            }
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            FakeSession.Ws s = byConn.get(conn);
            if (s != null) {
                for (String line : message.split("\r?\n")) {
                    onLine(s, line);
                }
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            if (conn != null) {
                onClose(conn, 1006, String.valueOf(ex), true);
            }
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }

    /**
     * Sends a synthetic chat line (sometimes a question) to every joined channel {@code perSecond}
     * times a second, until the server closes.
     */
    public void chatter(double perSecond) {
        long periodMicros = Math.max(1, (long) (1_000_000 / perSecond));
        AtomicInteger n = new AtomicInteger();
        timer.scheduleAtFixedRate(
                () -> {
                    int i = n.incrementAndGet();
                    for (String channel : joinedChannels()) {
                        String text =
                                i % 7 == 0
                                        ? "what game is this? (" + i + ")"
                                        : "chat line " + i + " Kappa";
                        send(channel, TwitchLines.privmsg(channel, "viewer" + (i % 23), text));
                    }
                },
                periodMicros,
                periodMicros,
                TimeUnit.MICROSECONDS);
    }

    /**
     * Runs a fake on fixed ports for manual tests: {@code [tcpPort [wsPort [linesPerSecond]]]}
     * (defaults 6667, 6680, 2). Point {@code MELLCHAT_TWITCH_IRC_URL} at it.
     */
    public static void main(String[] args) throws Exception {
        int tcpPort = args.length > 0 ? Integer.parseInt(args[0]) : 6667;
        int wsPort = args.length > 1 ? Integer.parseInt(args[1]) : 6680;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        FakeTwitchServer server = start(options().ports(tcpPort, wsPort));
        server.chatter(rate);
        System.out.println(
                "fake Twitch chat on "
                        + server.ircUrl()
                        + " and "
                        + server.wsUrl()
                        + ", "
                        + rate
                        + " lines/s per joined channel; Ctrl-C to stop");
        Thread.currentThread().join();
    }

    /** The set of channels some open session has joined. */
    public Set<String> joinedChannels() {
        Set<String> out = new HashSet<>();
        for (FakeSession s : sessions) {
            if (!s.closed) {
                out.addAll(s.joined);
            }
        }
        return out;
    }
}
