package io.mellchat.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs against the local PostgreSQL (see README: tests need PostgreSQL and Redis). */
class DatabaseTest {
    private final String name = "mellchat_t_" + UUID.randomUUID().toString().replace("-", "");
    private final PgConfig config = PgConfig.fromEnv().withDatabase(name);

    @AfterEach
    void drop() throws Exception {
        try (Connection c = config.withDatabase("postgres").connect();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Test
    void createsTheDatabaseAndAppliesTheSchemaOnce() throws Exception {
        assertThat(Database.prepare(config).migrationsExecuted).isPositive();
        assertThat(Database.prepare(config).migrationsExecuted).isZero();
        try (Connection c = config.connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT count(*) FROM information_schema.tables WHERE table_name IN"
                                        + " ('channels','messages','questions','upvotes','stats')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5);
        }
    }

    @Test
    void unreachableServerNamesTheVariables() {
        PgConfig nowhere = new PgConfig("jdbc:postgresql://127.0.0.1:1/x", "postgres", "");
        assertThatThrownBy(nowhere::connect)
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("MELLCHAT_PG_URL");
    }

    @Test
    void configComesFromTheEnvironmentWithDefaults() {
        assertThat(PgConfig.fromEnv(Map.of()).url()).isEqualTo(PgConfig.DEFAULT_URL);
        assertThat(PgConfig.fromEnv(Map.of()).user()).isEqualTo("postgres");
        PgConfig c =
                PgConfig.fromEnv(Map.of("MELLCHAT_PG_URL", "jdbc:postgresql://h:1/db?ssl=true"));
        assertThat(c.database()).isEqualTo("db");
        assertThat(c.withDatabase("postgres").url())
                .isEqualTo("jdbc:postgresql://h:1/postgres?ssl=true");
        assertThatThrownBy(() -> PgConfig.fromEnv(Map.of("MELLCHAT_PG_URL", "postgres://h/db")))
                .hasMessageContaining("MELLCHAT_PG_URL must look like");
    }
}
