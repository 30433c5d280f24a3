package io.mellchat.ops.testing;

import io.mellchat.storage.PgConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counting queries against a test database. */
public final class Pg {
    private final PgConfig config;

    public Pg(PgConfig config) {
        this.config = config;
    }

    /** The single number a query answers; -1 when PostgreSQL does not answer. */
    public long count(String sql) {
        try (Connection c = config.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException | RuntimeException e) {
            return -1;
        }
    }

    /** The single text value a query answers. */
    public String text(String sql) {
        try (Connection c = config.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return r.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** Messages stored for channels whose name starts with {@code prefix}. */
    public long messages(String prefix) {
        return count("SELECT count(*) FROM messages WHERE channel LIKE '" + prefix + "%'");
    }

    /** The job's {@code messages_total} counters summed over those channels. */
    public long counted(String prefix) {
        return count(
                "SELECT coalesce(sum(messages_total), 0) FROM channels WHERE channel LIKE '"
                        + prefix
                        + "%'");
    }
}
