package io.mellchat.connectors.twitch.client;

import java.io.IOException;
import java.net.URI;

/**
 * Opens the transport the URL's scheme names: {@code wss}, {@code ws}, {@code ircs}, {@code irc}.
 */
final class Transports {

    private Transports() {}

    static IrcTransport open(
            TwitchClientConfig config, IrcTransport.Events events, String threadName)
            throws IOException {
        URI url = config.url();
        switch (config.scheme()) {
            case "wss":
            case "ws":
                return WebSocketTransport.open(url, config, events);
            case "ircs":
                return TcpTransport.open(url, true, config, events, threadName);
            case "irc":
                return TcpTransport.open(url, false, config, events, threadName);
            default:
                throw new IllegalStateException("unsupported scheme " + config.scheme());
        }
    }

    /** {@code host:port} of the URL, for messages. */
    static String address(URI url) {
        int port = url.getPort();
        if (port < 0) {
            port = url.getScheme().equalsIgnoreCase("wss") ? 443 : 80;
        }
        return url.getHost() + ":" + port;
    }
}
