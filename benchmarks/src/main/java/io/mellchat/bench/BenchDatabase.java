package io.mellchat.bench;

import io.mellchat.storage.Database;
import io.mellchat.storage.PgConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A throw-away database for one benchmark (random name, dropped at the end). */
final class BenchDatabase implements AutoCloseable {
    private final PgConfig config;

    BenchDatabase() {
        String name =
                "mellchat_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        config = PgConfig.fromEnv().withDatabase(name);
        Database.prepare(config);
    }

    PgConfig config() {
        return config;
    }

    long count(String sql) {
        try (Connection c = config.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try (Connection c = config.withDatabase("postgres").connect();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + config.database() + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println(
                    "bench: could not drop " + config.database() + ": " + e.getMessage());
        }
    }
}
