package io.mellchat.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates MellChat's database when it is missing and brings its schema up to date. */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private Database() {}

    /** Creates the database if missing, then applies pending migrations. */
    public static MigrateResult prepare(PgConfig config) {
        createIfMissing(config);
        return migrate(config);
    }

    /**
     * Creates the database named in the URL if it does not exist, connecting to the server's {@code
     * postgres} database to do so.
     */
    public static void createIfMissing(PgConfig config) {
        String name = config.database();
        if (!name.matches("[A-Za-z0-9_]{1,63}")) {
            throw new StorageException(
                    "database name '" + name + "' in MELLCHAT_PG_URL: use letters, digits and _");
        }
        try (Connection c = config.withDatabase("postgres").connect();
                PreparedStatement q =
                        c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
                LOG.info("created database {}", name);
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created concurrently by another process
            }
            throw new StorageException(
                    "cannot create database '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Applies pending Flyway migrations ({@code db/migration} on the classpath). */
    public static MigrateResult migrate(PgConfig config) {
        try {
            MigrateResult result =
                    Flyway.configure(Database.class.getClassLoader())
                            .dataSource(config.url(), config.user(), config.password())
                            .locations("classpath:db/migration")
                            .load()
                            .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info(
                        "applied {} migration(s); schema is at version {}",
                        result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
            return result;
        } catch (FlywayException e) {
            throw new StorageException("cannot migrate the schema: " + e.getMessage(), e);
        }
    }
}
