package io.mellchat.serving.logging;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One JSON line per HTTP request, on the logger {@value #LOGGER}. */
public final class AccessLog {
    public static final String LOGGER = "mellchat.access";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    private AccessLog() {}

    public static void log(
            String method,
            String path,
            String route,
            int status,
            long micros,
            String client,
            String actor) {
        if (!LOG.isLoggable(Level.INFO)) {
            return;
        }
        StringBuilder b = new StringBuilder(200);
        b.append("{\"ts\":\"").append(Instant.now()).append("\",\"level\":\"INFO\"");
        b.append(",\"logger\":\"").append(LOGGER).append('"');
        b.append(",\"method\":");
        JsonLogFormatter.quote(b, method);
        b.append(",\"path\":");
        JsonLogFormatter.quote(b, path);
        b.append(",\"route\":");
        JsonLogFormatter.quote(b, route);
        b.append(",\"status\":").append(status);
        b.append(",\"duration_ms\":").append(micros / 1000.0);
        b.append(",\"client\":");
        JsonLogFormatter.quote(b, client);
        if (actor != null) {
            b.append(",\"actor\":");
            JsonLogFormatter.quote(b, actor);
        }
        b.append('}');
        LOG.info(b.toString());
    }
}
