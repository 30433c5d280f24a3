package io.mellchat.connectors.youtube.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP client of both YouTube modes against a loopback server. */
class HttpJsonTest {
    private static final int ENDLESS = 256 << 20;

    private HttpServer server;
    private final AtomicLong sent = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/small",
                ex -> {
                    byte[] body = "{\"items\":[]}".getBytes();
                    ex.sendResponseHeaders(200, body.length);
                    ex.getResponseBody().write(body);
                    ex.close();
                });
        // a body far larger than the limit, sent without a length (chunked)
        server.createContext(
                "/huge",
                ex -> {
                    ex.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[64 << 10];
                    Arrays.fill(chunk, (byte) ' ');
                    try (OutputStream out = ex.getResponseBody()) {
                        while (sent.get() < ENDLESS) {
                            out.write(chunk);
                            sent.addAndGet(chunk.length);
                        }
                    } catch (IOException e) {
                        // the client hung up: what this test expects
                    } finally {
                        stopped.countDown();
                    }
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void readsAnAnswer() throws Exception {
        try (HttpJson http = new HttpJson(Duration.ofSeconds(5), 1 << 20)) {
            HttpJson.Answer a = http.get(uri("/small"), Map.of());
            assertThat(a.ok()).isTrue();
            assertThat(a.json().has("items")).isTrue();
        }
    }

    @Test
    void anAnswerOverTheLimitIsRefusedWhileItArrives() throws Exception {
        try (HttpJson http = new HttpJson(Duration.ofSeconds(30), 1 << 20)) {
            assertThatThrownBy(() -> http.get(uri("/huge"), Map.of()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("over 1048576 bytes");
        }
        // the client dropped the connection instead of reading the whole body into memory
        assertThat(stopped.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sent.get()).isLessThan(ENDLESS);
    }
}
