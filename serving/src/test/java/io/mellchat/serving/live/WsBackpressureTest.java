package io.mellchat.serving.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.helidon.websocket.WsCloseCodes;
import io.mellchat.serving.Main;
import io.mellchat.serving.support.Await;
import io.mellchat.serving.support.TestStack;
import io.mellchat.serving.support.WsClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A client that stops reading is dropped; the others get every frame; shutdown says 1001. */
@ServerTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WsBackpressureTest {
    private static TestStack stack;
    private final int port;

    WsBackpressureTest(WebServer server) {
        this.port = server.port();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        stack =
                TestStack.start(
                        Map.of(
                                "MELLCHAT_WS_HEARTBEAT_SECONDS",
                                "1",
                                "MELLCHAT_WS_QUEUE_FRAMES",
                                "16",
                                "MELLCHAT_WS_SEND_TIMEOUT_SECONDS",
                                "2"));
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    /** Opens a WebSocket by hand and then never reads from it. */
    private Socket stalledClient(String query) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        OutputStream out = s.getOutputStream();
        out.write(
                ("GET /ws?"
                                + query
                                + " HTTP/1.1\r\nHost: 127.0.0.1:"
                                + port
                                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed during the handshake: " + head);
            }
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 101");
        return s;
    }

    @Test
    @Order(1)
    void aStalledClientIsDroppedAndTheOthersGetEveryFrame() throws Exception {
        String payload = "x".repeat(32 * 1024);
        try (WsClient fast = new WsClient(port, "/ws?channels=twitch:hot");
                Socket stalled = stalledClient("channels=twitch:hot")) {
            fast.next("subscribed");
            Await.until(
                    Duration.ofSeconds(5),
                    () -> stack.ctx().hub().sessionCount() == 2,
                    "both sessions");
            int frames = 400;
            // paced, so that a client that reads keeps up while the stalled one falls behind
            for (int i = 0; i < frames; i += 8) {
                for (int j = i; j < i + 8; j++) {
                    stack.publish(
                            "stats:twitch:hot",
                            "{\"type\":\"stats\",\"stream\":\"default\",\"platform\":\"twitch\",\"channel\":\"hot\",\"data\":{\"n\":"
                                    + j
                                    + ",\"pad\":\""
                                    + payload
                                    + "\"}}");
                }
                for (int j = i; j < i + 8; j++) {
                    JsonNode f = fast.next("stats");
                    assertThat(f.get("data").get("n").asInt()).isEqualTo(j);
                }
            }
            Await.until(
                    Duration.ofSeconds(15),
                    () -> stack.ctx().hub().sessionCount() == 1,
                    "the stalled client to be dropped");
            // the stalled connection ends: reading drains what was buffered, then EOF
            stalled.setSoTimeout(15_000);
            InputStream in = stalled.getInputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    total += n;
                }
            } catch (IOException e) {
                // reset by the server: also an end
            }
            assertThat(total).isLessThan((long) frames * payload.length());
        }
    }

    @Test
    @Order(2)
    void aClientThatVanishesWithoutClosingIsForgotten() throws Exception {
        Await.until(
                Duration.ofSeconds(15), () -> stack.ctx().hub().sessionCount() == 0, "no sessions");
        Socket s = stalledClient("stream=default");
        Await.until(
                Duration.ofSeconds(5), () -> stack.ctx().hub().sessionCount() == 1, "the session");
        s.setSoLinger(true, 0); // reset, no close frame
        s.close();
        // noticed at the latest when the next heartbeat (1 s here) cannot be written
        Await.until(
                Duration.ofSeconds(10),
                () -> stack.ctx().hub().sessionCount() == 0,
                "the session to be forgotten");
    }

    @Test
    @Order(3)
    void shutdownClosesSessionsWithGoingAway() {
        WsClient c = new WsClient(port, "/ws");
        c.next("subscribed");
        stack.ctx()
                .hub()
                .closeAll(WsCloseCodes.GOING_AWAY, "server shutting down", Duration.ofSeconds(3));
        assertThat(c.awaitClose()).isEqualTo(1001);
    }
}
