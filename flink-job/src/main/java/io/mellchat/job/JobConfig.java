package io.mellchat.job;

import io.mellchat.connectors.replay.ReplayOptions;
import io.mellchat.model.UserAction;
import io.mellchat.storage.PgConfig;
import io.mellchat.storage.StorageException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the job needs to know, read once from the environment and validated with messages that
 * name the variable to fix. Immutable and serializable (shipped with the job graph).
 *
 * @param replay the recording to replay, or null
 */
public record JobConfig(
        PgConfig pg,
        RedisConfig redis,
        String actionsStream,
        Duration checkpointInterval,
        String checkpointDir,
        int jdbcBatchSize,
        Duration jdbcBatchInterval,
        Duration frameBatchInterval,
        int frameBatchMax,
        Duration dedupeTtl,
        Duration discoveryInterval,
        Duration statsWindow,
        Duration liveStatsWindow,
        Duration allowedLateness,
        int trendingMinutes,
        double mergeThreshold,
        Duration questionTtl,
        int parallelism,
        ReplayOptions replay)
        implements Serializable {

    public Optional<ReplayOptions> replayOptions() {
        return Optional.ofNullable(replay);
    }

    public JobConfig withReplay(ReplayOptions options) {
        return new JobConfig(
                pg,
                redis,
                actionsStream,
                checkpointInterval,
                checkpointDir,
                jdbcBatchSize,
                jdbcBatchInterval,
                frameBatchInterval,
                frameBatchMax,
                dedupeTtl,
                discoveryInterval,
                statsWindow,
                liveStatsWindow,
                allowedLateness,
                trendingMinutes,
                mergeThreshold,
                questionTtl,
                parallelism,
                options);
    }

    public JobConfig withParallelism(int p) {
        return new JobConfig(
                pg,
                redis,
                actionsStream,
                checkpointInterval,
                checkpointDir,
                jdbcBatchSize,
                jdbcBatchInterval,
                frameBatchInterval,
                frameBatchMax,
                dedupeTtl,
                discoveryInterval,
                statsWindow,
                liveStatsWindow,
                allowedLateness,
                trendingMinutes,
                mergeThreshold,
                questionTtl,
                p,
                replay);
    }

    public JobConfig withActionsStream(String key) {
        return new JobConfig(
                pg,
                redis,
                key,
                checkpointInterval,
                checkpointDir,
                jdbcBatchSize,
                jdbcBatchInterval,
                frameBatchInterval,
                frameBatchMax,
                dedupeTtl,
                discoveryInterval,
                statsWindow,
                liveStatsWindow,
                allowedLateness,
                trendingMinutes,
                mergeThreshold,
                questionTtl,
                parallelism,
                replay);
    }

    public static JobConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * Reads the configuration (all variables optional).
     *
     * @throws JobConfigException naming the variable that is wrong
     */
    public static JobConfig fromEnv(Map<String, String> env) {
        PgConfig pg;
        try {
            pg = PgConfig.fromEnv(env);
        } catch (StorageException e) {
            throw new JobConfigException(e.getMessage());
        }
        return new JobConfig(
                pg,
                RedisConfig.parse(value(env, "MELLCHAT_REDIS_URL", RedisConfig.DEFAULT_URL)),
                value(env, "MELLCHAT_ACTIONS_STREAM", UserAction.STREAM_KEY),
                duration(env, "MELLCHAT_CHECKPOINT_INTERVAL", "10s"),
                value(env, "MELLCHAT_CHECKPOINT_DIR", defaultCheckpointDir()),
                integer(env, "MELLCHAT_JDBC_BATCH_SIZE", 500),
                duration(env, "MELLCHAT_JDBC_BATCH_INTERVAL", "200ms"),
                duration(env, "MELLCHAT_FRAME_BATCH_INTERVAL", "10ms"),
                integer(env, "MELLCHAT_FRAME_BATCH_MAX", 200),
                duration(env, "MELLCHAT_DEDUPE_TTL", "15m"),
                duration(env, "MELLCHAT_DISCOVERY_INTERVAL", "5s"),
                duration(env, "MELLCHAT_STATS_WINDOW", "1m"),
                duration(env, "MELLCHAT_LIVE_STATS_WINDOW", "10s"),
                duration(env, "MELLCHAT_ALLOWED_LATENESS", "1m"),
                integer(env, "MELLCHAT_TRENDING_MINUTES", 10),
                fraction(env, "MELLCHAT_MERGE_THRESHOLD", 0.4),
                duration(env, "MELLCHAT_QUESTION_TTL", "24h"),
                integer(env, "MELLCHAT_PARALLELISM", 2),
                null);
    }

    /**
     * {@code $XDG_DATA_HOME/mellchat/checkpoints}, else {@code
     * ~/.local/share/mellchat/checkpoints}.
     */
    public static String defaultCheckpointDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base =
                xdg == null || xdg.isBlank()
                        ? Path.of(System.getProperty("user.home"), ".local", "share")
                        : Path.of(xdg);
        return base.resolve("mellchat").resolve("checkpoints").toString();
    }

    private static String value(Map<String, String> env, String name, String dflt) {
        String v = env.get(name);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    private static int integer(Map<String, String> env, String name, int dflt) {
        String v = value(env, name, Integer.toString(dflt));
        try {
            int i = Integer.parseInt(v);
            if (i > 0) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new JobConfigException(name + " must be a positive whole number, got '" + v + "'");
    }

    private static double fraction(Map<String, String> env, String name, double dflt) {
        String v = value(env, name, Double.toString(dflt));
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new JobConfigException(name + " must be a number in (0, 1], got '" + v + "'");
    }

    private static Duration duration(Map<String, String> env, String name, String dflt) {
        String v = value(env, name, dflt);
        try {
            return parseDuration(v);
        } catch (IllegalArgumentException e) {
            throw new JobConfigException(
                    name + " must be a duration such as 500ms, 10s, 5m or 6h, got '" + v + "'");
        }
    }

    /** Parses {@code 500ms}, {@code 10s}, {@code 5m}, {@code 6h}, {@code 7d}. */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == 0 || i == t.length()) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        long n = Long.parseLong(t.substring(0, i));
        switch (t.substring(i)) {
            case "ms":
                return Duration.ofMillis(n);
            case "s":
                return Duration.ofSeconds(n);
            case "m":
                return Duration.ofMinutes(n);
            case "h":
                return Duration.ofHours(n);
            case "d":
                return Duration.ofDays(n);
            default:
                throw new IllegalArgumentException("unknown unit in " + text);
        }
    }
}
