package io.mellchat.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The job half of {@code ./mellchat run} (the LocalRunner) as its own process, as the launcher
 * starts it.
 */
final class LocalRunnerProcess {
    private LocalRunnerProcess() {}

    static Process start(Map<String, String> env, List<String> args, Path log) throws Exception {
        Path root = Path.of(System.getProperty("mellchat.root", ".."));
        String classpath =
                root.resolve("flink-job/target/classes")
                        + ":"
                        + Files.readString(root.resolve("flink-job/target/local-classpath.txt"))
                                .trim();
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "--add-opens=java.base/java.util=ALL-UNNAMED",
                                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                                "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                                "--add-opens=java.base/java.io=ALL-UNNAMED",
                                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                                "--add-opens=java.base/java.time=ALL-UNNAMED",
                                "-Dlog4j.configurationFile=classpath:log4j2-local.properties",
                                "-cp",
                                classpath,
                                "io.mellchat.job.LocalRunner"));
        cmd.addAll(args);
        ProcessBuilder pb =
                new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (Exception e) {
            return "(no log)";
        }
    }
}
