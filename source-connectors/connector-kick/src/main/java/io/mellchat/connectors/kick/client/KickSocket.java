package io.mellchat.connectors.kick.client;

import java.time.Duration;

/**
 * A Pusher protocol 7 connection to Kick's chat: keeps itself alive (ping/pong), reconnects by the
 * close-code policy of {@link CloseAction} and resubscribes every channel after a reconnect. All
 * listener calls come from one thread, in order.
 */
public interface KickSocket extends AutoCloseable {

    /** Connects in the background (once; later calls do nothing). */
    void start();

    /** Subscribes to a public Pusher channel now if connected, and again after every reconnect. */
    void subscribe(String channel);

    /** Stops receiving a channel. */
    void unsubscribe(String channel);

    /** Disconnects for good. */
    @Override
    void close();

    /** What the socket reports. Calls must not block for long: they hold up the connection. */
    interface Listener {
        /** The server said hello; the subscriptions are being sent. */
        void onConnected(String socketId);

        /** {@code pusher_internal:subscription_succeeded} for a channel. */
        void onSubscribed(String channel);

        /** An event that is not part of the Pusher protocol itself (a Kick event). */
        void onFrame(PusherFrame frame);

        /**
         * The connection is gone. With {@link CloseAction#REFUSED} it stays down; otherwise it
         * reconnects after {@code retryIn}.
         */
        void onDisconnected(CloseAction action, Duration retryIn, String reason);

        /** An input was skipped (see {@link SkipReasons}). */
        void onSkipped(String reason, String detail);
    }
}
