package io.mellchat.connectors.twitch.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link TwitchChatClient}: spreads channels over connections of at most {@code
 * channelsPerConnection} channels each (each with its own JOIN budget), opening a connection when
 * the others are full and closing one when its last channel leaves.
 */
public final class TwitchIrcClient implements TwitchChatClient {

    private final TwitchClientConfig config;
    private final TwitchChatListener listener;
    private final String name;
    private final LoginPacer logins;
    private final Map<String, IrcConnection> byChannel = new HashMap<>();
    private final Map<IrcConnection, Integer> load = new HashMap<>();
    private final List<IrcConnection> order = new ArrayList<>();
    private int opened;
    private boolean closed;

    private TwitchIrcClient(TwitchClientConfig config, TwitchChatListener listener, String name) {
        this.config = config;
        this.listener = listener;
        this.name = name;
        this.logins = new LoginPacer(config.loginsPerWindow(), config.loginWindow().toNanos());
    }

    /**
     * A client that reports to {@code listener}; {@code name} prefixes its thread names. No
     * connection is opened before the first {@link #join}.
     */
    public static TwitchIrcClient create(
            TwitchClientConfig config, TwitchChatListener listener, String name) {
        return new TwitchIrcClient(config, listener, name);
    }

    @Override
    public synchronized void join(String channel) {
        if (closed) {
            throw new IllegalStateException("the Twitch client is closed");
        }
        if (byChannel.containsKey(channel)) {
            return;
        }
        IrcConnection target = null;
        for (IrcConnection c : order) {
            if (load.get(c) < config.channelsPerConnection()) {
                target = c;
                break;
            }
        }
        if (target == null) {
            target = new IrcConnection(config, listener, logins, name + "-irc-" + opened++);
            order.add(target);
            load.put(target, 0);
            target.start();
        }
        load.merge(target, 1, Integer::sum);
        byChannel.put(channel, target);
        target.join(channel);
    }

    @Override
    public void part(String channel) {
        IrcConnection idle = null;
        synchronized (this) {
            IrcConnection c = byChannel.remove(channel);
            if (c == null) {
                return;
            }
            c.part(channel);
            if (load.merge(c, -1, Integer::sum) == 0) {
                load.remove(c);
                order.remove(c);
                idle = c;
            }
        }
        if (idle != null) {
            idle.close();
        }
    }

    @Override
    public synchronized Set<String> channels() {
        return Set.copyOf(byChannel.keySet());
    }

    /** How many connections are open (for tests and metrics). */
    public synchronized int connectionCount() {
        return order.size();
    }

    @Override
    public void close() {
        List<IrcConnection> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(order);
            order.clear();
            load.clear();
            byChannel.clear();
        }
        all.forEach(IrcConnection::close);
    }
}
