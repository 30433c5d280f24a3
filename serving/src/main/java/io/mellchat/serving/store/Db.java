package io.mellchat.serving.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.mellchat.storage.PgConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The PostgreSQL connection pool and a few small JDBC helpers. */
public final class Db implements AutoCloseable {
    private final HikariDataSource pool;

    public Db(PgConfig pg, int poolSize) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(pg.url());
        c.setUsername(pg.user());
        if (!pg.password().isEmpty()) {
            c.setPassword(pg.password());
        }
        c.setMaximumPoolSize(poolSize);
        c.setMinimumIdle(Math.min(2, poolSize));
        c.setConnectionTimeout(5_000);
        c.setValidationTimeout(2_000);
        c.setPoolName("mellchat-serving");
        c.addDataSourceProperty("ApplicationName", "mellchat-serving");
        c.addDataSourceProperty("connectTimeout", "5");
        this.pool = new HikariDataSource(c);
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Binds the parameters of a statement. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Maps the current row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public <T> Optional<T> one(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> l = list(sql, binder, mapper);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    public int update(String sql, Binder binder) {
        try (Connection c = connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** True when PostgreSQL answers within a second. */
    public boolean ping() {
        try (Connection c = connection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
