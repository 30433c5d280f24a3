package io.mellchat.connectors.kick.client;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Kick protocol client. The defaults follow pusher-js and PRODUCT.md; tests shorten
 * the timeouts.
 *
 * @param pusherUrl Kick's Pusher WebSocket endpoint ({@code MELLCHAT_KICK_PUSHER_URL})
 * @param apiUrl Kick's website API base ({@code MELLCHAT_KICK_API_URL}), for slug → chatroom id
 * @param activityTimeout silence after which the client pings (the server's {@code
 *     activity_timeout} is used when it is shorter)
 * @param pongTimeout how long to wait for any frame after a ping before reconnecting
 * @param handshakeTimeout how long to wait for the WebSocket, {@code connection_established} and
 *     the answer to each subscription
 * @param maxFrameBytes frames larger than this (UTF-8 bytes) are skipped and counted
 * @param reconnectInitial first pause of the reconnect backoff (doubles up to {@code reconnectMax})
 * @param reconnectMax longest pause between reconnects
 * @param lookupRetryInitial first pause before retrying a refused or failed chatroom lookup
 * @param lookupRetryMax longest pause between chatroom lookups
 * @param dedupeCapacity how many recent message ids per channel are remembered for deduplication
 */
public record KickClientConfig(
        URI pusherUrl,
        URI apiUrl,
        Duration activityTimeout,
        Duration pongTimeout,
        Duration handshakeTimeout,
        int maxFrameBytes,
        Duration reconnectInitial,
        Duration reconnectMax,
        Duration lookupRetryInitial,
        Duration lookupRetryMax,
        int dedupeCapacity)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_PUSHER_URL =
            "wss://ws-us2.pusher.com/app/32cbd69e4b950bf97679?protocol=7&client=js&version=8.4.0&flash=false";
    public static final String DEFAULT_API_URL = "https://kick.com/api/v2";

    public KickClientConfig {
        Objects.requireNonNull(pusherUrl, "pusherUrl");
        Objects.requireNonNull(apiUrl, "apiUrl");
        positive(activityTimeout, "activityTimeout");
        positive(pongTimeout, "pongTimeout");
        positive(handshakeTimeout, "handshakeTimeout");
        positive(reconnectInitial, "reconnectInitial");
        positive(lookupRetryInitial, "lookupRetryInitial");
        if (reconnectMax.compareTo(reconnectInitial) < 0
                || lookupRetryMax.compareTo(lookupRetryInitial) < 0) {
            throw new IllegalArgumentException("a backoff maximum is below its initial pause");
        }
        if (maxFrameBytes < 1024 || dedupeCapacity < 1) {
            throw new IllegalArgumentException(
                    "maxFrameBytes must be at least 1024 and dedupeCapacity at least 1");
        }
    }

    /** The defaults, with the two endpoints given. */
    public static KickClientConfig defaults(URI pusherUrl, URI apiUrl) {
        return new KickClientConfig(
                pusherUrl,
                apiUrl,
                Duration.ofSeconds(120),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                64 * 1024,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                Duration.ofSeconds(30),
                Duration.ofMinutes(10),
                2_000);
    }

    public KickClientConfig withTimeouts(Duration activity, Duration pong, Duration handshake) {
        return new KickClientConfig(
                pusherUrl,
                apiUrl,
                activity,
                pong,
                handshake,
                maxFrameBytes,
                reconnectInitial,
                reconnectMax,
                lookupRetryInitial,
                lookupRetryMax,
                dedupeCapacity);
    }

    public KickClientConfig withReconnect(Duration initial, Duration max) {
        return new KickClientConfig(
                pusherUrl,
                apiUrl,
                activityTimeout,
                pongTimeout,
                handshakeTimeout,
                maxFrameBytes,
                initial,
                max,
                lookupRetryInitial,
                lookupRetryMax,
                dedupeCapacity);
    }

    public KickClientConfig withLookupRetry(Duration initial, Duration max) {
        return new KickClientConfig(
                pusherUrl,
                apiUrl,
                activityTimeout,
                pongTimeout,
                handshakeTimeout,
                maxFrameBytes,
                reconnectInitial,
                reconnectMax,
                initial,
                max,
                dedupeCapacity);
    }

    public KickClientConfig withMaxFrameBytes(int bytes) {
        return new KickClientConfig(
                pusherUrl,
                apiUrl,
                activityTimeout,
                pongTimeout,
                handshakeTimeout,
                bytes,
                reconnectInitial,
                reconnectMax,
                lookupRetryInitial,
                lookupRetryMax,
                dedupeCapacity);
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration: " + d);
        }
    }
}
