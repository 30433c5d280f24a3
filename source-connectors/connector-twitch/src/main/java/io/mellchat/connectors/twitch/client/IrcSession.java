package io.mellchat.connectors.twitch.client;

import io.mellchat.model.ChannelStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation over one socket: anonymous login with the tags and commands capabilities, JOINs
 * paced by the {@link JoinScheduler}, PING answered with the same text, our own PING after a
 * silence, and the lines of joined channels handed to the listener. Ends when the socket goes, the
 * server asks to reconnect, a PONG or the welcome does not come, or the login is refused.
 */
final class IrcSession {
    private static final Logger LOG = LoggerFactory.getLogger(IrcSession.class);
    static final long TICK_MILLIS = 50;
    static final String CAPABILITIES = "twitch.tv/tags twitch.tv/commands";

    /** A line (or the end) from a transport, tagged with its session. */
    record Inbound(int session, String line, long receivedAtMillis, String closedReason) {}

    /** Wakes the connection's thread to look at its commands. */
    static final Inbound WAKE = new Inbound(-1, null, 0, null);

    /** What the session needs from its connection. */
    interface Host {
        /** Takes pending join/part commands; JOINs may be sent when {@code registered}. */
        void drainCommands(boolean registered) throws InterruptedException;

        /** The server welcomed us (001). */
        void registered();

        boolean closing();
    }

    private final TwitchClientConfig config;
    private final TwitchChatListener listener;
    private final ChannelStates channels;
    private final JoinScheduler joins;
    private final String nick;
    private final String address;
    private final String name;
    private final IrcTransport transport;
    private final BlockingQueue<Inbound> inbound;
    private final int sid;
    private final Host host;

    private long connectedAt;
    private long lastInbound;
    private long pingSentAt = -1;
    private boolean registered;
    private String refusedCaps = "";

    IrcSession(
            IrcConnection.Context context,
            IrcTransport transport,
            BlockingQueue<Inbound> inbound,
            int sid,
            Host host) {
        this.config = context.config();
        this.listener = context.listener();
        this.channels = context.channels();
        this.joins = context.joins();
        this.nick = context.nick();
        this.address = context.address();
        this.name = context.name();
        this.transport = transport;
        this.inbound = inbound;
        this.sid = sid;
        this.host = host;
    }

    boolean registered() {
        return registered;
    }

    /** Talks until the session ends. */
    SessionEnd run() throws IOException, InterruptedException {
        transport.send("CAP REQ :" + CAPABILITIES);
        transport.send("CAP END");
        transport.send("NICK " + nick);
        connectedAt = System.nanoTime();
        lastInbound = connectedAt;
        joins.reset();
        while (!host.closing()) {
            Inbound ev = inbound.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
            long now = System.nanoTime();
            if (ev != null && ev.session() == sid) {
                if (ev.closedReason() != null) {
                    return SessionEnd.lost(ev.closedReason());
                }
                lastInbound = now;
                SessionEnd end = handle(ev.line(), ev.receivedAtMillis(), now);
                if (end != null) {
                    return end;
                }
            }
            host.drainCommands(registered);
            if (inbound.isEmpty()) { // judge timeouts only with nothing left to read
                SessionEnd end = checkTimers(now);
                if (end != null) {
                    return end;
                }
            }
            if (registered) {
                for (String c : joins.due(now)) {
                    transport.send("JOIN #" + c);
                }
            }
        }
        return SessionEnd.CLOSED;
    }

    private SessionEnd checkTimers(long now) throws IOException, InterruptedException {
        if (!registered && now - connectedAt > config.loginTimeout().toNanos()) {
            return SessionEnd.lost(
                    "no welcome from " + address + " within " + seconds(config.loginTimeout()));
        }
        if (pingSentAt < 0 && now - lastInbound > config.pingAfterSilence().toNanos()) {
            transport.send("PING :mellchat");
            pingSentAt = now;
        } else if (pingSentAt >= 0 && now - pingSentAt > config.pongTimeout().toNanos()) {
            return SessionEnd.lost(
                    "no PONG within " + seconds(config.pongTimeout()) + ": the connection is dead");
        }
        List<String> unanswered = new ArrayList<>();
        List<Integer> attempts = new ArrayList<>();
        joins.checkTimeouts(
                now,
                (channel, n, givingUp) -> {
                    if (givingUp) {
                        unanswered.add(channel);
                        attempts.add(n);
                    }
                });
        for (int i = 0; i < unanswered.size(); i++) {
            String channel = unanswered.get(i);
            ChannelStates.State c = channels.get(channel);
            if (c != null && !c.terminal) {
                channels.status(
                        channel,
                        ChannelStatus.ERROR,
                        "Twitch did not answer JOIN #"
                                + channel
                                + " ("
                                + attempts.get(i)
                                + " attempts): check that the channel exists (twitch:<login>);"
                                + " still retrying");
            }
        }
        return null;
    }

    private SessionEnd handle(String text, long receivedAtMillis, long now)
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
                transport.send(m.paramCount() == 0 ? "PONG" : "PONG :" + m.lastParam());
                return null;
            case "PONG":
                pingSentAt = -1;
                return null;
            case "RECONNECT":
                return SessionEnd.SERVER_RECONNECT;
            case "001":
                registered = true;
                host.registered();
                channels.joinable().forEach(c -> joins.request(c, now));
                return null;
            case "CAP":
                if (m.paramCount() >= 3 && m.param(1).equals("NAK")) {
                    capsRefused(m.lastParam());
                }
                return null;
            case "410":
                capsRefused(m.lastParam());
                return null;
            case "NOTICE":
                return notice(m);
            case "JOIN":
                if (m.nick().equalsIgnoreCase(nick)) {
                    joined(m.channel());
                }
                return null;
            case "366":
                if (m.paramCount() >= 2 && m.param(1).startsWith("#")) {
                    joined(m.param(1).substring(1));
                }
                return null;
            case "ROOMSTATE":
                roomState(m);
                return null;
            case "PART":
            case "USERSTATE":
            case "GLOBALUSERSTATE":
                return null;
            default:
                if (!isNumeric(command)) {
                    chatLine(m, receivedAtMillis);
                }
                return null;
        }
    }

    private void chatLine(IrcMessage m, long receivedAtMillis) throws InterruptedException {
        String channel = m.channel();
        ChannelStates.State c = channels.get(channel);
        if (channel.isEmpty()) {
            listener.onSkipped("", SkipReasons.UNHANDLED_COMMAND, m.command());
        } else if (c != null && !c.terminal) {
            if (!c.joined) {
                joined(channel); // a line of the channel proves the JOIN
            }
            listener.onChatLine(channel, m, receivedAtMillis);
        }
    }

    private void joined(String channel) throws InterruptedException {
        ChannelStates.State c = channels.get(channel);
        if (c == null || c.terminal) {
            return;
        }
        joins.confirmed(channel);
        c.joined = true;
        channels.status(channel, ChannelStatus.LIVE, liveDetail(c));
    }

    private void roomState(IrcMessage m) throws InterruptedException {
        String channel = m.channel();
        ChannelStates.State c = channels.get(channel);
        if (c != null && c.room.update(m) && c.joined) {
            channels.status(channel, ChannelStatus.LIVE, liveDetail(c));
        }
    }

    private String liveDetail(ChannelStates.State c) {
        String room = c.room.describe();
        if (refusedCaps.isEmpty()) {
            return room;
        }
        String warning =
                "the server refused " + refusedCaps + ": no ids, badges, emotes or moderation";
        return room.isEmpty() ? warning : warning + "; " + room;
    }

    private void capsRefused(String caps) {
        refusedCaps = caps.isEmpty() ? CAPABILITIES : caps;
        LOG.warn(
                "{}: {} refused the capabilities '{}'; chat lines will lack tags. Is {} a Twitch"
                        + " chat server?",
                name,
                address,
                refusedCaps,
                TwitchClientConfig.URL_ENV);
    }

    private SessionEnd notice(IrcMessage m) throws InterruptedException {
        String channel = m.channel();
        String text = m.lastParam();
        String msgId = m.tagOr("msg-id", "");
        if (channel.isEmpty()) {
            if (TwitchNotices.isLoginFailure(text)) {
                return new SessionEnd(SessionEnd.Kind.TERMINAL, TwitchNotices.loginError(text));
            }
            listener.onSkipped("", SkipReasons.NOTICE, msgId + " " + text);
            return null;
        }
        ChannelStates.State c = channels.get(channel);
        if (c != null && TwitchNotices.isChannelTerminal(msgId)) {
            channels.status(
                    channel, ChannelStatus.ERROR, TwitchNotices.channelError(channel, msgId, text));
            c.terminal = true;
            joins.cancel(channel);
        } else {
            listener.onSkipped(channel, SkipReasons.NOTICE, msgId + " " + text);
        }
        return null;
    }

    private static boolean isNumeric(String command) {
        return command.length() == 3
                && Character.isDigit(command.charAt(0))
                && Character.isDigit(command.charAt(1))
                && Character.isDigit(command.charAt(2));
    }

    /** A delay for people: {@code 17 ms}, {@code 2 s}, {@code 1.5 s}. */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0
                ? ms / 1000 + " s"
                : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
