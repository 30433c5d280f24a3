package io.mellchat.storage;

import java.io.Serializable;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where PostgreSQL is: {@code MELLCHAT_PG_URL} (default {@value #DEFAULT_URL}), {@code
 * MELLCHAT_PG_USER} (default {@code postgres}) and {@code MELLCHAT_PG_PASSWORD} (default empty).
 */
public record PgConfig(String url, String user, String password) implements Serializable {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/mellchat";

    public PgConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new StorageException(
                    "MELLCHAT_PG_URL must look like jdbc:postgresql://host:port/database, got '"
                            + url
                            + "'");
        }
    }

    public static PgConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    public static PgConfig fromEnv(Map<String, String> env) {
        return new PgConfig(
                nonEmpty(env.get("MELLCHAT_PG_URL"), DEFAULT_URL),
                nonEmpty(env.get("MELLCHAT_PG_USER"), "postgres"),
                nonEmpty(env.get("MELLCHAT_PG_PASSWORD"), ""));
    }

    /** The database name in the URL. */
    public String database() {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String path = uri.getPath();
        if (path == null || path.length() <= 1) {
            throw new StorageException("MELLCHAT_PG_URL names no database: '" + url + "'");
        }
        return path.substring(1);
    }

    /** The same server, another database (used to create ours). */
    public PgConfig withDatabase(String database) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String authority = uri.getRawAuthority();
        return new PgConfig(
                "jdbc:postgresql://" + authority + "/" + database + query, user, password);
    }

    /**
     * Opens a connection, with a clear message naming the variables when the server is not there.
     */
    public Connection connect() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "10");
        p.setProperty("ApplicationName", "mellchat");
        try {
            return DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            throw new StorageException(
                    "cannot connect to PostgreSQL at "
                            + url
                            + " as '"
                            + user
                            + "' ("
                            + e.getMessage()
                            + "): is it running? Set MELLCHAT_PG_URL, MELLCHAT_PG_USER and"
                            + " MELLCHAT_PG_PASSWORD to point at it",
                    e);
        }
    }

    private static String nonEmpty(String v, String dflt) {
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    @Override
    public String toString() {
        return "PgConfig[url=" + url + ", user=" + user + "]";
    }
}
