package io.mellchat.ops.testing;

import io.mellchat.ops.cluster.ClusterConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./mellchat} of this checkout as a user would, capturing stdout and stderr. */
public final class Launcher {
    private Launcher() {}

    /** What a command printed and how it exited. */
    public record Result(int exit, String out, String err) {
        public String describe() {
            return "exit " + exit + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    public static Result run(Path workDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ClusterConfig.root().resolve("mellchat").toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "mellchat", ".out");
        Path err = Files.createTempFile(workDir, "mellchat", ".err");
        ProcessBuilder pb =
                new ProcessBuilder(cmd)
                        .directory(ClusterConfig.root().toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("./mellchat " + String.join(" ", args) + " did not end");
        }
        return new Result(
                p.exitValue(), Files.readString(out).trim(), Files.readString(err).trim());
    }
}
