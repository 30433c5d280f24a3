package io.mellchat.serving.logging;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Structured JSON logging on standard output for the whole process (JUL, SLF4J bridged to it). */
public final class LogSetup {
    private static volatile Handler handler;

    private LogSetup() {}

    /** Writes out what is queued (at shutdown). */
    public static void flush() {
        Handler h = handler;
        if (h != null) {
            h.flush();
        }
    }

    public static void jsonToStdout() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Handler h = new AsyncStdoutHandler();
        h.setLevel(Level.ALL);
        root.addHandler(h);
        handler = h;
        root.setLevel(Level.INFO);
        // chatty libraries
        Logger.getLogger("com.zaxxer.hikari").setLevel(Level.WARNING);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("io.helidon.webserver.http1").setLevel(Level.WARNING);
    }
}
