package io.mellchat.connectors.twitch;

import io.mellchat.connectors.twitch.client.TwitchClientConfig;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the {@link TwitchSource}: the chat client's (server URL, timers, limits), how many
 * recent message ids each reader remembers to drop duplicates, and how often channels are
 * discovered. Immutable.
 */
public final class TwitchSourceOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TwitchClientConfig client;
    private final int duplicateWindow;
    private final Duration discoveryInterval;

    private TwitchSourceOptions(
            TwitchClientConfig client, int duplicateWindow, Duration discoveryInterval) {
        this.client = Objects.requireNonNull(client, "client");
        if (duplicateWindow < 1) {
            throw new IllegalArgumentException(
                    "duplicateWindow must be positive: " + duplicateWindow);
        }
        if (discoveryInterval.isNegative() || discoveryInterval.isZero()) {
            throw new IllegalArgumentException(
                    "discoveryInterval must be positive: " + discoveryInterval);
        }
        this.duplicateWindow = duplicateWindow;
        this.discoveryInterval = discoveryInterval;
    }

    /** Defaults: Twitch's WebSocket endpoint, 50,000 remembered ids, discovery every 5 s. */
    public static TwitchSourceOptions defaults() {
        return new TwitchSourceOptions(
                TwitchClientConfig.builder().build(), 50_000, Duration.ofSeconds(5));
    }

    /**
     * Defaults with the server from {@code MELLCHAT_TWITCH_IRC_URL} when set.
     *
     * @throws IllegalArgumentException when the variable is not a valid chat server URL
     */
    public static TwitchSourceOptions fromEnv() {
        return defaults().withClient(TwitchClientConfig.fromEnv());
    }

    public TwitchClientConfig client() {
        return client;
    }

    public int duplicateWindow() {
        return duplicateWindow;
    }

    public Duration discoveryInterval() {
        return discoveryInterval;
    }

    public TwitchSourceOptions withClient(TwitchClientConfig newClient) {
        return new TwitchSourceOptions(newClient, duplicateWindow, discoveryInterval);
    }

    public TwitchSourceOptions withDuplicateWindow(int ids) {
        return new TwitchSourceOptions(client, ids, discoveryInterval);
    }

    public TwitchSourceOptions withDiscoveryInterval(Duration interval) {
        return new TwitchSourceOptions(client, duplicateWindow, interval);
    }

    @Override
    public String toString() {
        return "TwitchSourceOptions[" + client + ", duplicateWindow=" + duplicateWindow + "]";
    }
}
