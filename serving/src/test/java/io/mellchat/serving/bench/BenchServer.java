package io.mellchat.serving.bench;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.mellchat.serving.Main;
import io.mellchat.serving.support.TestStack;
import java.util.Map;

/** The serving layer on an ephemeral port, with its own database and Redis prefix. */
final class BenchServer implements AutoCloseable {
    final TestStack stack;
    final WebServer server;

    BenchServer(Map<String, String> env) {
        stack = TestStack.start(env);
        WebServerConfig.Builder b = WebServer.builder().host("127.0.0.1").port(0);
        Main.setUp(b, stack.ctx());
        server = b.build().start();
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.stop();
        stack.close();
    }
}
