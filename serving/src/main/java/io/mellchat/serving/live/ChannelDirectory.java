package io.mellchat.serving.live;

import io.mellchat.serving.store.ChannelStore;
import io.mellchat.serving.store.ChannelStore.Channel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The channel list, cached: read by {@code GET /channels} and by WebSocket routing (which channels
 * form a stream). Marked stale by {@code channel} frames and by channel changes through the API,
 * and re-read from PostgreSQL at most once per staleness (and at least every 30 s).
 */
public final class ChannelDirectory {
    private static final long MAX_AGE_NANOS = 30_000_000_000L;

    private record State(List<Channel> list, Map<String, Channel> byKey, long loadedAt) {}

    private final ChannelStore store;
    private volatile State state;
    private volatile boolean stale = true;
    private final Object loadLock = new Object();

    public ChannelDirectory(ChannelStore store) {
        this.store = store;
    }

    public List<Channel> all() {
        return current().list;
    }

    public Optional<Channel> find(String key) {
        return Optional.ofNullable(current().byKey.get(key));
    }

    /** The channel keys ({@code platform:channel}) of a stream. */
    public List<String> channelsOf(String stream) {
        return current().list.stream()
                .filter(c -> c.stream().equals(stream))
                .map(Channel::key)
                .toList();
    }

    public void invalidate() {
        stale = true;
    }

    private State current() {
        State s = state;
        if (s != null && !stale && System.nanoTime() - s.loadedAt < MAX_AGE_NANOS) {
            return s;
        }
        synchronized (loadLock) {
            s = state;
            if (s != null && !stale && System.nanoTime() - s.loadedAt < MAX_AGE_NANOS) {
                return s;
            }
            stale = false;
            List<Channel> list = store.all();
            s =
                    new State(
                            list,
                            list.stream()
                                    .collect(
                                            Collectors.toUnmodifiableMap(
                                                    Channel::key, Function.identity())),
                            System.nanoTime());
            state = s;
            return s;
        }
    }
}
