package io.mellchat.connectors.twitch.client;

/** How one socket's session ended, and why (for the status and the log). */
record SessionEnd(Kind kind, String detail) {

    enum Kind {
        /** Dropped, dead or refused: reconnect after the backoff. */
        LOST,
        /** The server sent RECONNECT: reconnect at once. */
        SERVER_RECONNECT,
        /** A person must act (e.g. the login was refused): stop retrying. */
        TERMINAL,
        /** The client is closing. */
        CLOSED
    }

    static SessionEnd lost(String why) {
        return new SessionEnd(Kind.LOST, why);
    }

    static final SessionEnd CLOSED = new SessionEnd(Kind.CLOSED, "");
    static final SessionEnd SERVER_RECONNECT = new SessionEnd(Kind.SERVER_RECONNECT, "");
}
