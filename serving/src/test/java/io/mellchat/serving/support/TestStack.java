package io.mellchat.serving.support;

import io.mellchat.serving.ServingContext;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.config.ServingConfig;
import io.mellchat.storage.Database;
import io.mellchat.storage.PgConfig;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A real PostgreSQL database (random name, migrated, dropped at the end) and a unique Redis key
 * prefix for one test class, and the serving context built on them.
 */
public final class TestStack implements AutoCloseable {
    public static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String database;
    private final PgConfig pg;
    private final ServingContext ctx;
    private final String prefix;

    private TestStack(Map<String, String> overrides) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.database = "mellchat_serving_t_" + id;
        this.prefix = "t" + id + ":";
        Map<String, String> env = new HashMap<>();
        env.put("MELLCHAT_PG_URL", PG_SERVER + database);
        env.put("MELLCHAT_PG_USER", System.getenv().getOrDefault("MELLCHAT_PG_USER", "postgres"));
        env.put("MELLCHAT_PG_PASSWORD", System.getenv().getOrDefault("MELLCHAT_PG_PASSWORD", ""));
        env.put(
                "MELLCHAT_REDIS_URL",
                System.getenv().getOrDefault("MELLCHAT_REDIS_URL", "redis://127.0.0.1:6379"));
        env.put("MELLCHAT_REDIS_PREFIX", prefix);
        env.put("MELLCHAT_JWT_SECRET", "test-secret-" + UUID.randomUUID() + UUID.randomUUID());
        env.put("MELLCHAT_ACCESS_LOG", "false");
        env.put("MELLCHAT_PG_POOL_SIZE", "8");
        env.put("MELLCHAT_WS_BATCH_MS", "10");
        env.putAll(overrides);
        ServingConfig config = ServingConfig.fromEnv(env);
        this.pg = config.pg();
        Database.prepare(pg);
        this.ctx = ServingContext.start(config);
        try {
            if (!ctx.hub().awaitSubscribed(Duration.ofSeconds(10))) {
                throw new IllegalStateException("Redis pub/sub subscription did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static TestStack start() {
        return new TestStack(Map.of());
    }

    public static TestStack start(Map<String, String> overrides) {
        return new TestStack(overrides);
    }

    public ServingContext ctx() {
        return ctx;
    }

    public PgConfig pg() {
        return pg;
    }

    public String prefix() {
        return prefix;
    }

    public TestData data() {
        return new TestData(this);
    }

    public String token(Role role) {
        return ctx.auth()
                .jwt()
                .sign(
                        role.id() + "-" + UUID.randomUUID().toString().substring(0, 8),
                        role,
                        Duration.ofHours(1));
    }

    public String token(Role role, String subject) {
        return ctx.auth().jwt().sign(subject, role, Duration.ofHours(1));
    }

    /** Publishes a frame on a Redis channel (the prefix is added), as the job does. */
    public void publish(String channel, String payload) {
        ctx.redis().pool().publish(prefix + channel, payload);
    }

    @Override
    public void close() {
        try {
            ctx.close();
        } catch (RuntimeException e) {
            // still drop the database below
        }
        try (var jedis = ctx.redis().dedicatedConnection()) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> r =
                        jedis.scan(cursor, new ScanParams().match(prefix + "*").count(1000));
                if (!r.getResult().isEmpty()) {
                    jedis.del(r.getResult().toArray(String[]::new));
                }
                cursor = r.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        } catch (RuntimeException e) {
            // best effort
        }
        try (Connection c = pg.withDatabase("postgres").connect();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (Exception e) {
            throw new IllegalStateException("could not drop " + database, e);
        }
    }
}
