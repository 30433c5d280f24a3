package io.mellchat.serving;

import io.helidon.common.tls.Tls;
import io.helidon.cors.CrossOriginConfig;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsCloseCodes;
import io.mellchat.serving.api.ApiServices;
import io.mellchat.serving.config.ConfigException;
import io.mellchat.serving.config.ServingConfig;
import io.mellchat.serving.http.ApiGuard;
import io.mellchat.serving.http.EdgeFilter;
import io.mellchat.serving.http.ErrorMapper;
import io.mellchat.serving.live.WsEndpoint;
import io.mellchat.serving.logging.LogSetup;
import io.mellchat.serving.observe.Health;
import io.mellchat.serving.web.WebContent;
import io.mellchat.storage.Database;
import io.mellchat.storage.StorageException;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.logging.Logger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Starts the serving layer: JSON logging, configuration from the environment (validated once),
 * migrations, then the web server with the REST API, the WebSocket, the PWA and observability.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {}

    public static void main(String[] args) {
        LogSetup.jsonToStdout();
        ServingConfig config;
        try {
            config = ServingConfig.fromEnv();
            if (config.migrate()) {
                Database.prepare(config.pg());
            }
        } catch (ConfigException | StorageException e) {
            System.err.println("mellchat serving: " + e.getMessage());
            System.exit(2);
            return;
        }
        ServingContext ctx = ServingContext.start(config);
        if (!ctx.redis().ping()) {
            System.err.println(
                    "mellchat serving: cannot reach Redis at "
                            + config.redisUrl().getHost()
                            + ":"
                            + (config.redisUrl().getPort() < 0 ? 6379 : config.redisUrl().getPort())
                            + ": is it running? Set MELLCHAT_REDIS_URL to point at it");
            System.exit(2);
            return;
        }
        WebServerConfig.Builder builder =
                WebServer.builder().host(config.host()).port(config.httpPort());
        setUp(builder, ctx);
        WebServer server = builder.build().start();
        LOG.info(
                "MellChat serving on "
                        + (server.hasTls() ? "https" : "http")
                        + "://"
                        + config.host()
                        + ":"
                        + server.port()
                        + " (web app: "
                        + WebContent.root()
                        + ")");
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> stop(server, ctx), "mellchat-shutdown"));
    }

    /**
     * Configures a server (everything but host and port): routing, the WebSocket, observability,
     * error bodies, limits and TLS. Tests call this from {@code @SetUpServer}.
     */
    public static void setUp(WebServerConfig.Builder server, ServingContext ctx) {
        ServingConfig c = ctx.config();
        server.shutdownHook(false)
                .shutdownGracePeriod(Duration.ofSeconds(5))
                .maxPayloadSize(Math.max(c.maxBodyBytes(), 1024 * 1024))
                // responses go out in several writes: without TCP_NODELAY, Nagle's algorithm and
                // delayed ACKs hold every response larger than one write for ~40 ms
                .connectionOptions(o -> o.tcpNoDelay(true))
                .writeBufferSize(64 * 1024)
                .directHandlers(ErrorMapper.directHandlers())
                .featuresDiscoverServices(false)
                // CORS is EdgeFilter's job (configured origins only), not Helidon's allow-all
                // default
                .features(server.features().stream().filter(f -> !"cors".equals(f.type())).toList())
                .addFeature(
                        ObserveFeature.builder()
                                // before the web app's catch-all routes
                                .weight(200)
                                .observersDiscoverServices(false)
                                // CORS is handled by EdgeFilter, for every path alike
                                .cors(CrossOriginConfig.builder().enabled(false).build())
                                .addObserver(Health.observer(ctx.db(), ctx.redis()))
                                .addObserver(MetricsObserver.create())
                                .build())
                .routing(r -> routing(r, ctx))
                .addRouting(
                        WsRouting.builder()
                                .endpoint(
                                        "/ws",
                                        () ->
                                                new WsEndpoint(
                                                        ctx.hub(),
                                                        ctx.snapshots(),
                                                        c.ws(),
                                                        ctx.metrics())));
        c.tlsKeystore()
                .ifPresent(path -> server.tls(Tls.builder().sslContext(sslContext(c)).build()));
    }

    /** The HTTP routes: filters, errors, {@code /api/v1}, {@code /openapi} and the PWA. */
    public static void routing(HttpRouting.Builder routing, ServingContext ctx) {
        ServingConfig c = ctx.config();
        routing.addFilter(
                        new EdgeFilter(
                                c.corsOrigins(),
                                c.tlsKeystore().isPresent(),
                                c.accessLog(),
                                c.trustForwardedFor(),
                                ctx.metrics()))
                .addFilter(
                        new ApiGuard(ctx.auth(), ctx.limiter(), c.limits(), c.trustForwardedFor()));
        ErrorMapper.register(routing);
        ApiServices.register(routing, ctx);
        routing.register("/openapi", new OpenApiService());
        WebContent.register(routing);
    }

    /**
     * Stops gracefully: WebSockets closed with 1001 (going away), requests drained, pools closed.
     */
    static void stop(WebServer server, ServingContext ctx) {
        LOG.info("shutting down: closing WebSockets, draining requests");
        ctx.hub().drain();
        ctx.hub().closeAll(WsCloseCodes.GOING_AWAY, "server shutting down", Duration.ofSeconds(3));
        server.stop();
        ctx.close();
        LOG.info("stopped");
        LogSetup.flush();
    }

    private static SSLContext sslContext(ServingConfig c) {
        char[] pw = c.tlsPassword().toCharArray();
        try {
            KeyStore ks = KeyStore.getInstance(c.tlsKeystore().orElseThrow().toFile(), pw);
            KeyManagerFactory kmf =
                    KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, pw);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(kmf.getKeyManagers(), null, null);
            return ssl;
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException(
                    "cannot load the TLS keystore MELLCHAT_TLS_KEYSTORE="
                            + c.tlsKeystore().orElseThrow()
                            + " ("
                            + e.getMessage()
                            + "): check the file and MELLCHAT_TLS_PASSWORD",
                    e);
        }
    }
}
