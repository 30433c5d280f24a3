package io.mellchat.job;

import io.mellchat.connectors.replay.ReplayOptions;
import io.mellchat.job.sinks.JobSinks;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Entry point on a Flink cluster ({@code flink run mellchat-job.jar}, {@code ./mellchat submit}):
 * reads the configuration from the environment and runs the job with the real connectors. Options:
 * {@code --replay FILE|bundled} {@code [--speed N|max]} to replay a recording in a loop as well.
 */
public final class ChatJobMain {
    public static final String JOB_NAME = "MellChat";

    private ChatJobMain() {}

    public static void main(String[] args) throws Exception {
        JobConfig config = JobConfig.fromEnv();
        String replay = null;
        double speed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--replay":
                    replay = arg(args, ++i, "--replay");
                    break;
                case "--speed":
                    speed = ReplayOptions.parseSpeed(arg(args, ++i, "--speed"));
                    break;
                default:
                    throw new JobConfigException(
                            "unknown option "
                                    + args[i]
                                    + " (options: --replay FILE|bundled, --speed N|max)");
            }
        }
        if (replay != null) {
            config =
                    config.withReplay(
                            new ReplayOptions(
                                    "bundled".equals(replay) ? ReplayOptions.BUNDLED : replay,
                                    speed,
                                    true));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        new ChatJob(
                        config,
                        ChatSources.of(config),
                        ChatSources.actions(config),
                        JobSinks.real(config))
                .build(env);
        env.execute(JOB_NAME);
    }

    static String arg(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new JobConfigException(flag + " needs a value");
        }
        return args[i];
    }
}
