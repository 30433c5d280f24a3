package io.mellchat.serving.config;

import io.mellchat.storage.PgConfig;
import io.mellchat.storage.StorageException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the serving layer is configured with, read once from the environment and validated at
 * start. Every problem is reported with the variable to fix.
 *
 * @param redisPrefix prepended to every Redis key and pub/sub channel (empty in production; tests
 *     use a unique prefix so parallel runs do not see each other)
 */
public record ServingConfig(
        PgConfig pg,
        int pgPoolSize,
        URI redisUrl,
        String redisPrefix,
        String host,
        int httpPort,
        Optional<String> jwtSecret,
        Path dataDir,
        List<String> corsOrigins,
        Optional<Path> tlsKeystore,
        String tlsPassword,
        long maxBodyBytes,
        Limits limits,
        Ws ws,
        boolean accessLog,
        boolean trustForwardedFor,
        boolean migrate,
        String actionsStream) {

    /** Requests per minute allowed per client address and per token; 0 disables a limit. */
    public record Limits(int perAddress, int perToken, int viewerTokensPerAddress) {}

    /**
     * WebSocket tuning: frames queued per session before a slow client is dropped, how long frames
     * are gathered into one batch, the heartbeat period, and how many messages a snapshot holds.
     */
    public record Ws(
            int queueFrames,
            Duration batchWindow,
            Duration heartbeat,
            int snapshotMessages,
            int snapshotQuestions,
            Duration sendTimeout) {}

    public static ServingConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    public static ServingConfig fromEnv(Map<String, String> env) {
        PgConfig pg;
        try {
            pg = PgConfig.fromEnv(env);
            pg.database();
        } catch (StorageException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        URI redis = redisUri(get(env, "MELLCHAT_REDIS_URL", "redis://127.0.0.1:6379"));
        int port = integer(env, "MELLCHAT_HTTP_PORT", 8080, 0, 65535);
        Optional<String> secret =
                Optional.ofNullable(env.get("MELLCHAT_JWT_SECRET"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty());
        secret.ifPresent(
                s -> {
                    if (s.length() < 32) {
                        throw new ConfigException(
                                "MELLCHAT_JWT_SECRET is too short ("
                                        + s.length()
                                        + " characters): use at least 32, e.g. the output of"
                                        + " `openssl rand -base64 48`, or unset it to have one"
                                        + " generated and stored");
                    }
                });
        Optional<Path> keystore =
                Optional.ofNullable(env.get("MELLCHAT_TLS_KEYSTORE"))
                        .filter(s -> !s.isBlank())
                        .map(s -> Path.of(s.trim()));
        keystore.ifPresent(
                p -> {
                    if (!p.toFile().isFile()) {
                        throw new ConfigException(
                                "MELLCHAT_TLS_KEYSTORE points at '"
                                        + p
                                        + "', which is not a readable file: give a PKCS12 or JKS"
                                        + " keystore, or unset it to serve plain HTTP");
                    }
                });
        String cors = get(env, "MELLCHAT_CORS_ORIGINS", "");
        List<String> origins =
                Arrays.stream(cors.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String o : origins) {
            if (!o.equals("*") && !o.matches("https?://[^/\\s]+")) {
                throw new ConfigException(
                        "MELLCHAT_CORS_ORIGINS: '"
                                + o
                                + "' is not an origin: use a comma-separated list such as"
                                + " https://overlay.example.com,http://localhost:5173, or *");
            }
        }
        return new ServingConfig(
                pg,
                integer(env, "MELLCHAT_PG_POOL_SIZE", 16, 1, 500),
                redis,
                get(env, "MELLCHAT_REDIS_PREFIX", ""),
                get(env, "MELLCHAT_HTTP_HOST", "0.0.0.0"),
                port,
                secret,
                dataDir(env),
                origins,
                keystore,
                get(env, "MELLCHAT_TLS_PASSWORD", ""),
                integer(env, "MELLCHAT_MAX_BODY_BYTES", 64 * 1024, 1024, 64 * 1024 * 1024),
                new Limits(
                        integer(env, "MELLCHAT_RATE_LIMIT_ADDRESS", 1200, 0, Integer.MAX_VALUE),
                        integer(env, "MELLCHAT_RATE_LIMIT_TOKEN", 600, 0, Integer.MAX_VALUE),
                        integer(env, "MELLCHAT_RATE_LIMIT_VIEWERS", 10, 0, Integer.MAX_VALUE)),
                new Ws(
                        integer(env, "MELLCHAT_WS_QUEUE_FRAMES", 2048, 8, 1_000_000),
                        Duration.ofMillis(integer(env, "MELLCHAT_WS_BATCH_MS", 25, 0, 5_000)),
                        Duration.ofSeconds(
                                integer(env, "MELLCHAT_WS_HEARTBEAT_SECONDS", 20, 1, 3_600)),
                        integer(env, "MELLCHAT_WS_SNAPSHOT_MESSAGES", 50, 0, 1_000),
                        integer(env, "MELLCHAT_WS_SNAPSHOT_QUESTIONS", 20, 0, 500),
                        Duration.ofSeconds(
                                integer(env, "MELLCHAT_WS_SEND_TIMEOUT_SECONDS", 10, 1, 600))),
                bool(env, "MELLCHAT_ACCESS_LOG", true),
                bool(env, "MELLCHAT_TRUST_FORWARDED_FOR", false),
                bool(env, "MELLCHAT_MIGRATE", true),
                get(env, "MELLCHAT_ACTIONS_STREAM", io.mellchat.model.UserAction.STREAM_KEY));
    }

    /** Where generated state (the JWT secret) is kept: {@code MELLCHAT_DATA_DIR} or XDG's. */
    public static Path dataDir(Map<String, String> env) {
        String explicit = env.get("MELLCHAT_DATA_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit.trim());
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg.trim(), "mellchat");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "mellchat");
    }

    private static URI redisUri(String text) {
        try {
            URI uri = URI.create(text);
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("scheme or host missing");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "MELLCHAT_REDIS_URL must look like redis://host:port (or"
                            + " redis://:password@host:port/db), got '"
                            + text
                            + "'",
                    e);
        }
    }

    private static String get(Map<String, String> env, String name, String dflt) {
        String v = env.get(name);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    private static int integer(Map<String, String> env, String name, int dflt, int min, int max) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(
                    name
                            + " must be a whole number from "
                            + min
                            + " to "
                            + max
                            + ", got '"
                            + v
                            + "'");
        }
    }

    private static boolean bool(Map<String, String> env, String name, boolean dflt) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new ConfigException(name + " must be true or false, got '" + v + "'");
        };
    }

    /** A copy listening on another port (tests use 0, an ephemeral port). */
    public ServingConfig withPort(int port) {
        return new ServingConfig(
                pg,
                pgPoolSize,
                redisUrl,
                redisPrefix,
                host,
                port,
                jwtSecret,
                dataDir,
                corsOrigins,
                tlsKeystore,
                tlsPassword,
                maxBodyBytes,
                limits,
                ws,
                accessLog,
                trustForwardedFor,
                migrate,
                actionsStream);
    }
}
