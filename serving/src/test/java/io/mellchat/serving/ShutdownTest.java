package io.mellchat.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.mellchat.serving.support.TestStack;
import io.mellchat.serving.support.WsClient;
import org.junit.jupiter.api.Test;

/** Graceful shutdown: WebSockets are closed with 1001 (going away), then the server stops. */
class ShutdownTest {
    @Test
    void stopClosesWebSocketsWithGoingAwayAndStopsTheServer() {
        TestStack stack = TestStack.start();
        try {
            WebServerConfig.Builder b = WebServer.builder().host("127.0.0.1").port(0);
            Main.setUp(b, stack.ctx());
            WebServer server = b.build().start();
            WsClient one = new WsClient(server.port(), "/ws");
            WsClient two = new WsClient(server.port(), "/ws?stream=show");
            one.next("subscribed");
            two.next("subscribed");
            Main.stop(server, stack.ctx());
            assertThat(one.awaitClose()).isEqualTo(1001);
            assertThat(two.awaitClose()).isEqualTo(1001);
            assertThat(server.isRunning()).isFalse();
        } finally {
            stack.close();
        }
    }
}
