package io.mellchat.job.platforms;

import io.mellchat.connectors.actions.RedisActionsSource;
import io.mellchat.job.ChatJob;
import io.mellchat.job.JobConfig;
import io.mellchat.job.sinks.JobSinks;
import io.mellchat.model.ChatEvent;
import io.mellchat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs the whole job with one platform source into a fresh database, for the pipeline ITCases. */
final class PipelineHarness implements AutoCloseable {
    final TestDatabase db = TestDatabase.create();
    private final String actions = "test:actions:" + UUID.randomUUID();
    private JobClient job;

    JobConfig config() {
        return JobConfig.fromEnv(
                        Map.of(
                                "MELLCHAT_PG_URL", db.config().url(),
                                "MELLCHAT_CHECKPOINT_INTERVAL", "500ms",
                                "MELLCHAT_JDBC_BATCH_INTERVAL", "50ms",
                                "MELLCHAT_DISCOVERY_INTERVAL", "500ms"))
                .withActionsStream(actions)
                .withParallelism(1);
    }

    void sql(String statement) {
        try (Connection c = db.config().connect();
                Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void start(String name, Source<ChatEvent, ?, ?> source, Function<JobSinks, JobSinks> sinks)
            throws Exception {
        JobConfig config = config();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.setString("restart-strategy.fixed-delay.attempts", "3");
        conf.setString("restart-strategy.fixed-delay.delay", "200 ms");
        env.configure(conf);
        env.setParallelism(1);
        new ChatJob(
                        config,
                        List.of(new ChatJob.NamedSource(name, source)),
                        new RedisActionsSource(config.redis().url(), actions),
                        sinks.apply(JobSinks.real(config)))
                .build(env);
        job = env.executeAsync(name + " pipeline");
    }

    List<String> rows(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.config().connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    sb.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    long count(String sql) {
        List<String> r = rows(sql);
        return r.isEmpty() || r.get(0) == null ? -1 : Long.parseLong(r.get(0));
    }

    @Override
    public void close() throws Exception {
        if (job != null) {
            job.cancel().get();
        }
        db.close();
    }
}
