package io.mellchat.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts the job and serving as their own processes, the way {@code ./mellchat run} does. */
final class Processes {
    private Processes() {}

    /**
     * The job as {@code ./mellchat run} starts it ({@code io.mellchat.job.LocalRunner}: embedded
     * MiniCluster, checkpoints on disk under {@code MELLCHAT_CHECKPOINT_DIR}), always {@code
     * --fresh}.
     */
    static Process job(Map<String, String> env, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Project.java());
        cmd.add("-Xmx2g");
        cmd.addAll(Project.flinkJvmFlags());
        cmd.add("-Dlog4j.configurationFile=classpath:log4j2-local.properties");
        cmd.add("-cp");
        cmd.add(Project.jobClasspath());
        cmd.add("io.mellchat.job.LocalRunner");
        cmd.addAll(List.of(args));
        cmd.add("--fresh");
        ProcessBuilder pb =
                new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment()
                .putIfAbsent(
                        "MELLCHAT_CHECKPOINT_DIR",
                        log.resolveSibling(log.getFileName() + ".checkpoints").toString());
        return pb.start();
    }

    /** {@code java -jar serving/target/mellchat-serving.jar} on a free port. */
    static Process serving(Map<String, String> env, int port, Path log) throws Exception {
        Path jar = Project.root().resolve("serving/target/mellchat-serving.jar");
        ProcessBuilder pb =
                new ProcessBuilder(Project.java(), "-jar", jar.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("MELLCHAT_HTTP_PORT", Integer.toString(port));
        pb.environment().put("MELLCHAT_ACCESS_LOG", "false");
        pb.environment()
                .putIfAbsent("MELLCHAT_JWT_SECRET", "benchmark-secret-0123456789abcdef-0123456789");
        pb.environment()
                .putIfAbsent(
                        "MELLCHAT_DATA_DIR", log.getParent().resolve("serving-data").toString());
        Process p = pb.start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new IllegalStateException("serving exited; see " + log);
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return p;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        stop(p);
        throw new IllegalStateException("serving did not listen within 90 s; see " + log);
    }

    static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
