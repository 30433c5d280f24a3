package io.mellchat.connectors.common;

import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Says why a connection failed, in words fit for a channel's status detail and the log. Many JDK
 * exceptions carry no message ({@code UnresolvedAddressException}, a bare {@code ConnectException}
 * from the HTTP client), so the innermost cause is described, by its message or else its kind.
 */
public final class Failures {
    private Failures() {}

    public static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip();
        if (root instanceof UnresolvedAddressException || root instanceof UnknownHostException) {
            return message.isEmpty() ? "host not found" : "host not found: " + message;
        }
        if (!message.isEmpty()) {
            return message;
        }
        return root.getClass().getSimpleName();
    }
}
