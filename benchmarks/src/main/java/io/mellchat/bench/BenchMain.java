package io.mellchat.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./mellchat bench [all|jmh|pipeline|latency|serving]... [--messages N]}: runs the
 * benchmarks and prints one Markdown report (also written to {@code
 * benchmarks/target/bench-report.md}).
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        List<String> parts = new ArrayList<>();
        int messages = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--messages")) {
                messages = Integer.parseInt(args[++i]);
            } else if (List.of("all", "jmh", "pipeline", "latency", "serving").contains(args[i])) {
                parts.add(args[i]);
            } else {
                System.err.println(
                        "usage: ./mellchat bench [all|jmh|pipeline|latency|serving]... [--messages N]");
                System.exit(2);
            }
        }
        if (parts.isEmpty() || parts.contains("all")) {
            parts = List.of("jmh", "pipeline", "latency", "serving");
        }
        Report r = new Report();
        Instant start = Instant.now();
        r.line("# MellChat benchmark report\n");
        r.line(
                "Run "
                        + start
                        + " ("
                        + String.join(", ", parts)
                        + "). Every figure below was measured in this run on this machine.");
        Machine.describe(r);
        for (String part : parts) {
            try {
                switch (part) {
                    case "jmh" -> JmhBench.run(r);
                    case "pipeline" -> PipelineBench.run(r, messages);
                    case "latency" -> {
                        LatencyBench.run(r, 2_000, 40, true);
                        // the same path below saturation: how long the hops themselves take
                        LatencyBench.run(r, 200, 30, false);
                    }
                    case "serving" -> ServingBenchRun.run(r);
                    default -> throw new IllegalArgumentException(part);
                }
            } catch (Exception e) {
                r.line("**" + part + " failed:** " + e);
            }
        }
        r.line(
                "\nLoad average at the end: "
                        + Machine.loadAverage()
                        + "; total time "
                        + Duration.between(start, Instant.now()).toSeconds()
                        + " s.");
        r.write(Project.root().resolve("benchmarks/target/bench-report.md"));
        System.err.println("mellchat: report written to benchmarks/target/bench-report.md");
        System.exit(0);
    }
}
