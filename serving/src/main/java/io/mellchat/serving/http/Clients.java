package io.mellchat.serving.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.mellchat.serving.auth.Principal;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;

/** Who is calling: the client address and the authenticated principal of a request. */
public final class Clients {
    private Clients() {}

    /**
     * The client's address: the TCP peer, or the first {@code X-Forwarded-For} entry when the
     * server runs behind a trusted proxy ({@code MELLCHAT_TRUST_FORWARDED_FOR=true}).
     */
    public static String address(ServerRequest req, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            Optional<String> xff = req.headers().first(HeaderNames.X_FORWARDED_FOR);
            if (xff.isPresent()) {
                String first = xff.get().split(",")[0].trim();
                if (!first.isEmpty()) {
                    return first;
                }
            }
        }
        SocketAddress a = req.remotePeer().address();
        if (a instanceof InetSocketAddress i) {
            return i.getAddress() != null ? i.getAddress().getHostAddress() : i.getHostString();
        }
        return String.valueOf(a);
    }

    public static Optional<Principal> principal(ServerRequest req) {
        return req.context().get(Principal.class, Principal.class);
    }
}
