package io.mellchat.connectors.twitch.client;

import io.mellchat.model.ChannelStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The channels of one connection and what the listener was last told about each: a status is only
 * reported when it changes. A terminal channel (suspended, banned) keeps its {@code error} and is
 * never joined again. Used by the connection's thread only.
 */
final class ChannelStates {

    /** One channel's state. */
    static final class State {
        ChannelStatus status;
        String detail = "";
        boolean joined;
        boolean terminal;
        final RoomState room = new RoomState();
    }

    private final Map<String, State> channels = new LinkedHashMap<>();
    private final TwitchChatListener listener;

    ChannelStates(TwitchChatListener listener) {
        this.listener = listener;
    }

    /** The channel's state, or null when the connection does not carry it. */
    State get(String channel) {
        return channels.get(channel);
    }

    /** Adds a channel; null when it was there already. */
    State add(String channel) {
        if (channels.containsKey(channel)) {
            return null;
        }
        State s = new State();
        channels.put(channel, s);
        return s;
    }

    boolean remove(String channel) {
        return channels.remove(channel) != null;
    }

    boolean isEmpty() {
        return channels.isEmpty();
    }

    /** Every channel, terminal or not. */
    List<String> all() {
        return new ArrayList<>(channels.keySet());
    }

    /** The channels still to be joined after a (re)connect: all but the terminal ones. */
    List<String> joinable() {
        List<String> out = new ArrayList<>();
        channels.forEach(
                (name, s) -> {
                    if (!s.terminal) {
                        out.add(name);
                    }
                });
        return out;
    }

    /** After a socket is gone nothing is joined. */
    void leftAll() {
        channels.values().forEach(s -> s.joined = false);
    }

    /** Reports a channel's status when it differs from the last one reported. */
    void status(String channel, ChannelStatus status, String detail) throws InterruptedException {
        State s = channels.get(channel);
        if (s != null && (status != s.status || !detail.equals(s.detail))) {
            s.status = status;
            s.detail = detail;
            listener.onStatus(channel, status, detail);
        }
    }

    /** Reports a status for every channel that is not in a terminal error. */
    void statusAll(ChannelStatus status, String detail) throws InterruptedException {
        for (String channel : joinable()) {
            status(channel, status, detail);
        }
    }
}
