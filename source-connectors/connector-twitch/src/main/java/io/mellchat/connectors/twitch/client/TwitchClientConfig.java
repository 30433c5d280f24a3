package io.mellchat.connectors.twitch.client;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the Twitch chat client. Defaults follow Twitch's documented limits and what the
 * maintained clients do (see docs/twitch.md); tests shorten the timers.
 */
public final class TwitchClientConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Twitch's WebSocket endpoint, the default. */
    public static final URI DEFAULT_URL = URI.create("wss://irc-ws.chat.twitch.tv:443");

    public static final String URL_ENV = "MELLCHAT_TWITCH_IRC_URL";

    private final URI url;
    private final int maxLineBytes;
    private final int channelsPerConnection;
    private final int joinsPerWindow;
    private final Duration joinWindow;
    private final int loginsPerWindow;
    private final Duration loginWindow;
    private final Duration joinTimeout;
    private final int joinAttemptsBeforeError;
    private final Duration connectTimeout;
    private final Duration loginTimeout;
    private final Duration pingAfterSilence;
    private final Duration pongTimeout;
    private final Duration backoffInitial;
    private final Duration backoffMax;

    private TwitchClientConfig(Builder b) {
        this.url = validUrl(b.url);
        this.maxLineBytes = positive(b.maxLineBytes, "maxLineBytes");
        this.channelsPerConnection = positive(b.channelsPerConnection, "channelsPerConnection");
        this.joinsPerWindow = positive(b.joinsPerWindow, "joinsPerWindow");
        this.joinWindow = positive(b.joinWindow, "joinWindow");
        this.loginsPerWindow = positive(b.loginsPerWindow, "loginsPerWindow");
        this.loginWindow = positive(b.loginWindow, "loginWindow");
        this.joinTimeout = positive(b.joinTimeout, "joinTimeout");
        this.joinAttemptsBeforeError =
                positive(b.joinAttemptsBeforeError, "joinAttemptsBeforeError");
        this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
        this.loginTimeout = positive(b.loginTimeout, "loginTimeout");
        this.pingAfterSilence = positive(b.pingAfterSilence, "pingAfterSilence");
        this.pongTimeout = positive(b.pongTimeout, "pongTimeout");
        this.backoffInitial = positive(b.backoffInitial, "backoffInitial");
        this.backoffMax = positive(b.backoffMax, "backoffMax");
        if (backoffMax.compareTo(backoffInitial) < 0) {
            throw new IllegalArgumentException("backoffMax must not be below backoffInitial");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Defaults, with the URL from {@code MELLCHAT_TWITCH_IRC_URL} when set. */
    public static TwitchClientConfig fromEnv() {
        String env = System.getenv(URL_ENV);
        Builder b = builder();
        if (env != null && !env.isBlank()) {
            b.url(parseUrl(env.trim()));
        }
        return b.build();
    }

    /**
     * Parses a chat server address: {@code wss://}, {@code ircs://host:port} (IRC over TLS), and
     * plain {@code ws://} or {@code irc://} (tests).
     *
     * @throws IllegalArgumentException naming {@code MELLCHAT_TWITCH_IRC_URL}
     */
    public static URI parseUrl(String text) {
        try {
            return validUrl(URI.create(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "invalid "
                            + URL_ENV
                            + " '"
                            + text
                            + "': expected wss://host[:port], ircs://host:port, ws://host:port or"
                            + " irc://host:port (default "
                            + DEFAULT_URL
                            + ")",
                    e);
        }
    }

    private static URI validUrl(URI url) {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("wss")
                && !scheme.equals("ws")
                && !scheme.equals("ircs")
                && !scheme.equals("irc")) {
            throw new IllegalArgumentException("unsupported scheme '" + scheme + "' in " + url);
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new IllegalArgumentException("no host in " + url);
        }
        if (scheme.startsWith("irc") && url.getPort() < 0) {
            throw new IllegalArgumentException(
                    "no port in " + url + " (Twitch: ircs://irc.chat.twitch.tv:6697)");
        }
        return url;
    }

    /** {@code wss}, {@code ws}, {@code ircs} or {@code irc}. */
    public String scheme() {
        return url.getScheme().toLowerCase(Locale.ROOT);
    }

    public URI url() {
        return url;
    }

    public int maxLineBytes() {
        return maxLineBytes;
    }

    public int channelsPerConnection() {
        return channelsPerConnection;
    }

    public int joinsPerWindow() {
        return joinsPerWindow;
    }

    public Duration joinWindow() {
        return joinWindow;
    }

    public int loginsPerWindow() {
        return loginsPerWindow;
    }

    public Duration loginWindow() {
        return loginWindow;
    }

    public Duration joinTimeout() {
        return joinTimeout;
    }

    public int joinAttemptsBeforeError() {
        return joinAttemptsBeforeError;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration loginTimeout() {
        return loginTimeout;
    }

    public Duration pingAfterSilence() {
        return pingAfterSilence;
    }

    public Duration pongTimeout() {
        return pongTimeout;
    }

    public Duration backoffInitial() {
        return backoffInitial;
    }

    public Duration backoffMax() {
        return backoffMax;
    }

    @Override
    public String toString() {
        return "TwitchClientConfig[" + url + ", " + channelsPerConnection + " channels/connection]";
    }

    private static int positive(int v, String name) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + v);
        }
        return v;
    }

    private static Duration positive(Duration v, String name) {
        if (v == null || v.isNegative() || v.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + v);
        }
        return v;
    }

    /** Builds a config; every setting has a default. */
    public static final class Builder {
        private URI url = DEFAULT_URL;
        private int maxLineBytes = 64 * 1024;
        private int channelsPerConnection = 50;
        private int joinsPerWindow = 20;
        private Duration joinWindow = Duration.ofSeconds(10);
        private int loginsPerWindow = 20;
        private Duration loginWindow = Duration.ofSeconds(10);
        private Duration joinTimeout = Duration.ofSeconds(10);
        private int joinAttemptsBeforeError = 3;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration loginTimeout = Duration.ofSeconds(15);
        private Duration pingAfterSilence = Duration.ofSeconds(15);
        private Duration pongTimeout = Duration.ofSeconds(10);
        private Duration backoffInitial = Duration.ofSeconds(1);
        private Duration backoffMax = Duration.ofSeconds(60);

        private Builder() {}

        private Builder(TwitchClientConfig c) {
            url = c.url;
            maxLineBytes = c.maxLineBytes;
            channelsPerConnection = c.channelsPerConnection;
            joinsPerWindow = c.joinsPerWindow;
            joinWindow = c.joinWindow;
            loginsPerWindow = c.loginsPerWindow;
            loginWindow = c.loginWindow;
            joinTimeout = c.joinTimeout;
            joinAttemptsBeforeError = c.joinAttemptsBeforeError;
            connectTimeout = c.connectTimeout;
            loginTimeout = c.loginTimeout;
            pingAfterSilence = c.pingAfterSilence;
            pongTimeout = c.pongTimeout;
            backoffInitial = c.backoffInitial;
            backoffMax = c.backoffMax;
        }

        public Builder url(URI v) {
            url = v;
            return this;
        }

        public Builder url(String v) {
            return url(parseUrl(v));
        }

        /** Lines longer than this (UTF-8 bytes) are skipped and counted; default 64 KB. */
        public Builder maxLineBytes(int v) {
            maxLineBytes = v;
            return this;
        }

        /** Channels joined over one connection before another is opened; default 50. */
        public Builder channelsPerConnection(int v) {
            channelsPerConnection = v;
            return this;
        }

        /**
         * JOIN rate limit per connection: {@code joins} per {@code window}; default 20 per 10 s.
         */
        public Builder joinRate(int joins, Duration window) {
            joinsPerWindow = joins;
            joinWindow = window;
            return this;
        }

        /**
         * Login (connection) rate limit for all connections of a client: {@code logins} per {@code
         * window}; default 20 per 10 s.
         */
        public Builder loginRate(int logins, Duration window) {
            loginsPerWindow = logins;
            loginWindow = window;
            return this;
        }

        /** How long to wait for the server to confirm a JOIN before sending it again. */
        public Builder joinTimeout(Duration v) {
            joinTimeout = v;
            return this;
        }

        /** Unanswered JOINs after which the channel's status becomes {@code error}; default 3. */
        public Builder joinAttemptsBeforeError(int v) {
            joinAttemptsBeforeError = v;
            return this;
        }

        public Builder connectTimeout(Duration v) {
            connectTimeout = v;
            return this;
        }

        /** How long to wait for the welcome (001) after connecting. */
        public Builder loginTimeout(Duration v) {
            loginTimeout = v;
            return this;
        }

        /** Send our own PING when nothing arrived for this long; default 15 s. */
        public Builder pingAfterSilence(Duration v) {
            pingAfterSilence = v;
            return this;
        }

        /** A PING unanswered for this long means the connection is dead; default 10 s. */
        public Builder pongTimeout(Duration v) {
            pongTimeout = v;
            return this;
        }

        /** Reconnect backoff: from {@code initial}, doubling, capped at {@code max}, jittered. */
        public Builder backoff(Duration initial, Duration max) {
            backoffInitial = initial;
            backoffMax = max;
            return this;
        }

        public TwitchClientConfig build() {
            return new TwitchClientConfig(this);
        }
    }
}
