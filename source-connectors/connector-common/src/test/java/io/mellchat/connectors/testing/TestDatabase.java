package io.mellchat.testing;

import io.mellchat.storage.Database;
import io.mellchat.storage.PgConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, migrated database on the local PostgreSQL ({@code MELLCHAT_PG_URL} or the default), with
 * a random name so that concurrent test runs never share one; dropped on {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {
    private final PgConfig config;

    private TestDatabase(PgConfig config) {
        this.config = config;
    }

    public static TestDatabase create() {
        String name =
                "mellchat_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PgConfig config = PgConfig.fromEnv().withDatabase(name);
        Database.prepare(config);
        return new TestDatabase(config);
    }

    public PgConfig config() {
        return config;
    }

    @Override
    public void close() {
        try (Connection c = config.withDatabase("postgres").connect();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + config.database() + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + config.database(), e);
        }
    }
}
