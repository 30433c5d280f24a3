package io.mellchat.job;

import io.mellchat.connectors.replay.ReplayOptions;
import io.mellchat.job.sinks.JobSinks;
import io.mellchat.model.ChannelSpec;
import io.mellchat.storage.Database;
import io.mellchat.storage.StorageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job half of {@code ./mellchat run}: prepares the database, registers the channels given on
 * the command line, and runs the job on an embedded MiniCluster. Checkpoints are kept on disk; a
 * new run resumes from the newest one (dedupe state, votes, windows, source positions) unless
 * {@code --fresh}.
 */
public final class LocalRunner {
    private static final Logger LOG = LoggerFactory.getLogger(LocalRunner.class);

    /** Command-line options of {@code ./mellchat run} that concern the job. */
    record Options(
            List<ChannelSpec> channels,
            String replay,
            double speed,
            boolean loop,
            boolean fresh,
            String stream) {}

    private LocalRunner() {}

    public static void main(String[] args) throws Exception {
        Options options;
        JobConfig config;
        try {
            options = parse(args);
            config = JobConfig.fromEnv();
        } catch (IllegalArgumentException | JobConfigException e) {
            System.err.println("mellchat: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.replay() != null) {
            config =
                    config.withReplay(
                            new ReplayOptions(options.replay(), options.speed(), options.loop()));
            LOG.info("replaying {} at speed {}", options.replay(), options.speed());
        }
        // the sources are made from the final configuration (with the replay given)
        List<ChatJob.NamedSource> sources;
        try {
            Database.prepare(config.pg());
            register(config, options.channels());
            sources = ChatSources.of(config);
        } catch (IllegalArgumentException | StorageException e) {
            // a platform URL or a PostgreSQL login that is wrong: one line, not a stack trace
            System.err.println("mellchat: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path checkpoints = Path.of(config.checkpointDir());
        Files.createDirectories(checkpoints);
        Configuration conf = flinkConfiguration(config, checkpoints);
        Optional<Path> resume =
                options.fresh() ? Optional.empty() : RetainedCheckpoints.latest(checkpoints);
        if (resume.isPresent()) {
            LOG.info("resuming from checkpoint {}", resume.get());
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, resume.get().toUri().toString());
            conf.set(StateRecoveryOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE, true);
        } else {
            LOG.info(
                    options.fresh()
                            ? "starting fresh (--fresh)"
                            : "starting fresh (no checkpoint yet)");
        }
        RetainedCheckpoints.pruneExcept(checkpoints, resume.map(List::of).orElse(List.of()));

        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(config.parallelism(), conf);
        new ChatJob(config, sources, ChatSources.actions(config), JobSinks.real(config)).build(env);
        JobClient job = env.executeAsync(ChatJobMain.JOB_NAME);
        LOG.info(
                "job {} running (checkpoints every {} in {})",
                job.getJobID(),
                config.checkpointInterval(),
                checkpoints);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        job.cancel().get();
                                    } catch (Exception e) {
                                        // the JVM is going away either way; checkpoints are
                                        // retained
                                    }
                                },
                                "mellchat-shutdown"));
        job.getJobExecutionResult().get();
    }

    static Configuration flinkConfiguration(JobConfig config, Path checkpoints) {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints.toUri().toString());
        conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 2);
        conf.setString(
                "execution.checkpointing.externalized-checkpoint-retention",
                "RETAIN_ON_CANCELLATION");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        conf.setString("restart-strategy.exponential-delay.initial-backoff", "1 s");
        conf.setString("restart-strategy.exponential-delay.max-backoff", "30 s");
        conf.setString("taskmanager.numberOfTaskSlots", Integer.toString(config.parallelism()));
        return conf;
    }

    /** Adds (or moves) the channels given with {@code --channel} to the channels table. */
    static void register(JobConfig config, List<ChannelSpec> channels) throws Exception {
        if (channels.isEmpty()) {
            return;
        }
        try (Connection c = config.pg().connect();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO channels (platform, channel, stream, lookup_hint, origin)"
                                        + " VALUES (?, ?, ?, ?, 'live') ON CONFLICT (platform, channel)"
                                        + " DO UPDATE SET stream = EXCLUDED.stream,"
                                        + " lookup_hint = EXCLUDED.lookup_hint, origin = 'live'")) {
            for (ChannelSpec s : channels) {
                ps.setString(1, s.ref().platform().id());
                ps.setString(2, s.ref().channel());
                ps.setString(3, s.stream());
                ps.setString(4, s.lookupHint());
                ps.addBatch();
                LOG.info("channel {} (stream {})", s.ref(), s.stream());
            }
            ps.executeBatch();
        }
    }

    static Options parse(String[] args) {
        List<String> channels = new ArrayList<>();
        String replay = null;
        double speed = 1;
        boolean fresh = false;
        boolean loop = true;
        String stream = ChannelSpec.DEFAULT_STREAM;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--channel":
                    channels.add(ChatJobMain.arg(args, ++i, "--channel"));
                    break;
                case "--replay":
                    replay = ChatJobMain.arg(args, ++i, "--replay");
                    break;
                case "--speed":
                    speed = ReplayOptions.parseSpeed(ChatJobMain.arg(args, ++i, "--speed"));
                    break;
                case "--stream":
                    stream = ChannelSpec.validStream(ChatJobMain.arg(args, ++i, "--stream"));
                    break;
                case "--fresh":
                    fresh = true;
                    break;
                case "--once":
                    loop = false;
                    break;
                default:
                    throw new IllegalArgumentException(
                            "unknown option "
                                    + args[i]
                                    + " (options: --channel PLATFORM:NAME, --replay FILE, --speed N|max,"
                                    + " --once, --stream NAME, --fresh)");
            }
        }
        List<ChannelSpec> specs = new ArrayList<>();
        for (String c : channels) {
            specs.add(ChannelSpec.parse(c, stream));
        }
        if (replay == null && specs.isEmpty()) {
            replay = ReplayOptions.BUNDLED;
        } else if (replay != null && !Files.isRegularFile(Path.of(replay))) {
            throw new IllegalArgumentException("replay file not found: " + replay);
        }
        return new Options(specs, replay, speed, loop, fresh, stream);
    }
}
