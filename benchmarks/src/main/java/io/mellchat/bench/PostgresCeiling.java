package io.mellchat.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How many rows per second PostgreSQL alone stores into a table shaped like {@code messages} (same
 * columns, indexes and generated full-text column) on this machine: rows generated server-side with
 * {@code INSERT … SELECT … generate_series} from one session per core, so no client, protocol or
 * Flink cost is in the figure. It bounds what the pipeline, which stores a row per message, can
 * reach on the same machine. Measured again without the full-text column and its index, to show
 * their share.
 */
final class PostgresCeiling {
    private static final String INSERT =
            "INSERT INTO ceiling_messages (id, platform, channel, stream, platform_message_id,"
                    + " user_id, username, display_name, message, \"timestamp\", received_at,"
                    + " category, confidence, badges)"
                    + " SELECT md5(? || g::text)::uuid, 'twitch', 'bench-' || (g % 60), 'default',"
                    + " ? || g, 'u' || (g % 5000), 'user' || (g % 5000), 'User' || (g % 5000),"
                    + " 'how do you beat the second boss ' || g || ' lol', now() + g * interval '1 ms',"
                    + " now(), 'general', 0.5, '[{\"type\":\"subscriber\",\"version\":\"1\"}]'"
                    + " FROM generate_series(1, ?) g";

    private PostgresCeiling() {}

    /** Rows per second with and without the full-text column: {@code {with, without}}. */
    static double[] measure(BenchDatabase db, int rows) throws Exception {
        int sessions = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (Connection c = db.config().connect();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS ceiling_messages");
            s.execute("CREATE TABLE ceiling_messages (LIKE messages INCLUDING ALL)");
            double with = insert(db, rows, sessions);
            s.execute("TRUNCATE ceiling_messages");
            s.execute("ALTER TABLE ceiling_messages DROP COLUMN search_vector");
            double without = insert(db, rows, sessions);
            s.execute("DROP TABLE ceiling_messages");
            return new double[] {with, without};
        }
    }

    private static double insert(BenchDatabase db, int rows, int sessions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try {
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                String part = "s" + i + "-";
                int n = rows / sessions;
                done.add(
                        pool.submit(
                                () -> {
                                    try (Connection c = db.config().connect();
                                            PreparedStatement ps = c.prepareStatement(INSERT)) {
                                        ps.setString(1, part);
                                        ps.setString(2, part);
                                        ps.setInt(3, n);
                                        ps.executeUpdate();
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (rows / sessions) * (double) sessions / ((System.nanoTime() - start) / 1e9);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof SQLException s ? s : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
