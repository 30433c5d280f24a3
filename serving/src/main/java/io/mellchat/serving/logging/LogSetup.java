package io.mellchat.serving.logging;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** Structured JSON logging on standard output for the whole process (JUL, SLF4J bridged to it). */
public final class LogSetup {
    private LogSetup() {}

    public static void jsonToStdout() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Handler handler = new AsyncStdoutHandler();
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        // chatty libraries
        Logger.getLogger("com.zaxxer.hikari").setLevel(Level.WARNING);
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("io.helidon.webserver.http1").setLevel(Level.WARNING);
    }
}
