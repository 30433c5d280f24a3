package io.mellchat.connectors.kick.client;

/**
 * What to do when the Pusher connection closes, by close code or {@code pusher:error} code (part C1
 * of platform-protocols.md, as pusher-js does, except that codes outside 4000–4299 retry with
 * backoff: a read-only client never causes the 4300-range errors).
 */
public enum CloseAction {
    /** 4200–4299: the server asks for a reconnect now (4200 generic, 4201 pong late, 4202 idle). */
    RETRY_NOW,
    /** 4100–4199 (over capacity) and every other close: reconnect after a growing pause. */
    BACKOFF,
    /** 4000–4099: the server refuses this client (bad app key, protocol, quota); stay down. */
    REFUSED;

    public static CloseAction forCode(int code) {
        if (code >= 4000 && code <= 4099) {
            return REFUSED;
        }
        if (code >= 4200 && code <= 4299) {
            return RETRY_NOW;
        }
        return BACKOFF;
    }

    /** Whether a code is one of Pusher's own (4000–4999) rather than a plain WebSocket close. */
    public static boolean isPusherCode(int code) {
        return code >= 4000 && code <= 4999;
    }
}
