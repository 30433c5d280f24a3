package io.mellchat.connectors.twitch.client;

import java.io.IOException;

/**
 * One open connection to a chat server, carrying IRC lines both ways. Inbound lines go to the
 * {@link Events} given when it was opened, from the transport's own thread.
 */
interface IrcTransport {

    /** Sends one IRC line (without line ending). */
    void send(String line) throws IOException;

    /** Closes at once (no goodbye); idempotent. */
    void close();

    /** What a transport reports. */
    interface Events {
        /** A complete line; may block to push back on the socket. */
        void line(String line) throws InterruptedException;

        /** An input was skipped (e.g. a line over the size limit). */
        void skipped(String reason, String detail);

        /** The connection is gone; nothing follows. */
        void closed(String reason);
    }
}
