package io.mellchat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The serving module's own benchmarks ({@code io.mellchat.serving.bench.ServingBench}: HTTP and
 * WebSocket fan-out).
 */
final class ServingBenchRun {
    private ServingBenchRun() {}

    static void run(Report r) throws Exception {
        r.heading("Serving: HTTP and WebSocket fan-out (serving's ServingBench)");
        Path log = Project.work().resolve("serving-bench.log");
        List<String> cmd =
                List.of(
                        Project.java(),
                        "-cp",
                        Project.testClasspath("serving"),
                        "io.mellchat.serving.bench.ServingBench",
                        "all",
                        "15");
        Process p =
                new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            r.line("ServingBench did not finish within 10 minutes; see " + log);
            return;
        }
        r.line(
                "`ServingBench all 15` (15 s per part; its own server on loopback, throw-away database):\n");
        r.line("```");
        for (String line : Files.readAllLines(log)) {
            if (isResult(line)) {
                r.line(line);
            }
        }
        r.line("```");
    }

    /** ServingBench's own result lines, not the server's logs and stack traces. */
    static boolean isResult(String line) {
        return line.matches(
                "(MellChat serving|GET |POST |HTTP|WebSocket|  target|all targets|some targets).*");
    }
}
