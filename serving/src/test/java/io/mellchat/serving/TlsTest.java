package io.mellchat.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.mellchat.serving.support.TestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** TLS from a keystore (MELLCHAT_TLS_KEYSTORE / MELLCHAT_TLS_PASSWORD). */
@ServerTest
class TlsTest {
    private static TestStack stack;
    private static Path dir;
    private final int port;

    TlsTest(WebServer server) {
        this.port = server.port();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) throws Exception {
        dir = Files.createTempDirectory("mellchat-tls");
        Path ks = dir.resolve("server.p12");
        Process p =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "keytool")
                                        .toString(),
                                "-genkeypair",
                                "-alias",
                                "mellchat",
                                "-keyalg",
                                "EC",
                                "-groupname",
                                "secp256r1",
                                "-dname",
                                "CN=localhost",
                                "-ext",
                                "SAN=ip:127.0.0.1,dns:localhost",
                                "-validity",
                                "2",
                                "-storetype",
                                "PKCS12",
                                "-keystore",
                                ks.toString(),
                                "-storepass",
                                "changeit",
                                "-keypass",
                                "changeit")
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
        stack =
                TestStack.start(
                        Map.of(
                                "MELLCHAT_TLS_KEYSTORE",
                                ks.toString(),
                                "MELLCHAT_TLS_PASSWORD",
                                "changeit"));
        Main.setUp(server, stack.ctx());
    }

    @AfterAll
    static void stop() throws Exception {
        stack.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Test
    void servesHttpsWithStrictTransportSecurity() throws Exception {
        // trust exactly the server's self-signed certificate (its SAN names 127.0.0.1)
        java.security.KeyStore ks =
                java.security.KeyStore.getInstance(
                        dir.resolve("server.p12").toFile(), "changeit".toCharArray());
        javax.net.ssl.TrustManagerFactory tmf =
                javax.net.ssl.TrustManagerFactory.getInstance(
                        javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext trusting = SSLContext.getInstance("TLS");
        trusting.init(null, tmf.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(trusting).build();
        HttpResponse<String> r =
                client.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "https://127.0.0.1:" + port + "/api/v1/channels"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"items\"");
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isPresent();
    }
}
