package io.mellchat.job.sinks;

import io.mellchat.job.JobConfig;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.flink.connector.jdbc.JdbcConnectionOptions;
import org.apache.flink.connector.jdbc.JdbcExecutionOptions;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;
import org.apache.flink.util.function.SerializableFunction;

/** Builds the JDBC connector's batched sinks with the job's connection and batching settings. */
public final class Jdbc {
    private Jdbc() {}

    /**
     * An at-least-once sink; our statements are idempotent upserts, so the effect is exactly once.
     */
    public static <T> JdbcSink<T> sink(
            JobConfig config, String sql, JdbcStatementBuilder<T> binder) {
        return sink(config.pg().url(), config, sql, binder, config.jdbcBatchInterval().toMillis());
    }

    /**
     * Like {@link #sink}, with pgjdbc's {@code reWriteBatchedInserts} (a batch of inserts becomes a
     * few multi-row statements), for an {@code INSERT … VALUES} statement whose records have a key;
     * a batch never holds a key twice ({@link DistinctKeyJdbcSink}).
     */
    public static <T> DistinctKeyJdbcSink<T> rewritingSink(
            JobConfig config,
            String sql,
            JdbcStatementBuilder<T> binder,
            SerializableFunction<T, Object> key) {
        String url = config.pg().url();
        url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        return new DistinctKeyJdbcSink<>(
                sink(url, config, sql, binder, 0),
                key,
                config.jdbcBatchSize(),
                config.jdbcBatchInterval().toMillis());
    }

    private static <T> JdbcSink<T> sink(
            String url,
            JobConfig config,
            String sql,
            JdbcStatementBuilder<T> binder,
            long intervalMillis) {
        return JdbcSink.<T>builder()
                .withQueryStatement(sql, binder)
                .withExecutionOptions(
                        JdbcExecutionOptions.builder()
                                .withBatchSize(config.jdbcBatchSize())
                                .withBatchIntervalMs(intervalMillis)
                                .withMaxRetries(3)
                                .build())
                .buildAtLeastOnce(
                        new JdbcConnectionOptions.JdbcConnectionOptionsBuilder()
                                .withUrl(url)
                                .withDriverName("org.postgresql.Driver")
                                .withUsername(config.pg().user())
                                .withPassword(config.pg().password())
                                .withConnectionCheckTimeoutSeconds(30)
                                .build());
    }

    static void setTime(PreparedStatement ps, int i, Instant t) throws SQLException {
        ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    static void setTimeMillis(PreparedStatement ps, int i, long epochMillis) throws SQLException {
        setTime(ps, i, Instant.ofEpochMilli(epochMillis));
    }
}
