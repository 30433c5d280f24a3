package io.mellchat.serving.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

/** Security headers on every response: CSP fit for the PWA, nosniff, frame and referrer rules. */
public final class SecurityHeaders {
    /**
     * The PWA loads its own scripts and styles, connects to this server (HTTP and WebSocket), and
     * shows emote images from the platforms' CDNs over HTTPS. The overlay is loaded by OBS as a
     * browser source (not a frame), so framing can be denied outright.
     */
    public static final String CSP =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data: https:; font-src 'self' data:;"
                    + " connect-src 'self' ws: wss:; manifest-src 'self'; worker-src 'self';"
                    + " object-src 'none'; base-uri 'self'; form-action 'self';"
                    + " frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(ServerResponse res, boolean tls) {
        res.header(HeaderNames.create("Content-Security-Policy"), CSP);
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.header(HeaderNames.create("X-Frame-Options"), "DENY");
        res.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
        res.header(HeaderNames.create("Cross-Origin-Opener-Policy"), "same-origin");
        res.header(
                HeaderNames.create("Permissions-Policy"),
                "camera=(), microphone=(), geolocation=()");
        if (tls) {
            res.header(HeaderNames.STRICT_TRANSPORT_SECURITY, "max-age=31536000");
        }
    }
}
