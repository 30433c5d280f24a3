package io.mellchat.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./mellchat bench [all|jmh|pipeline|latency|serving|state]... [--messages N] [--minutes M]
 * [--rate R] [--dedupe-ttl D]}: runs the benchmarks and prints one Markdown report (also written to
 * {@code benchmarks/target/bench-report.md}). {@code all} is every part but {@code state}, which
 * runs for {@code --minutes} (60 by default) at {@code --rate} messages/s (5,000).
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        List<String> parts = new ArrayList<>();
        int messages = 1_000_000;
        int minutes = 60;
        int rate = 5_000;
        String dedupeTtl = "15m";
        for (int i = 0; i < args.length; i++) {
            try {
                if (args[i].equals("--messages")) {
                    messages = Integer.parseInt(args[++i]);
                } else if (args[i].equals("--minutes")) {
                    minutes = Integer.parseInt(args[++i]);
                } else if (args[i].equals("--rate")) {
                    rate = Integer.parseInt(args[++i]);
                } else if (args[i].equals("--dedupe-ttl")) {
                    dedupeTtl = args[++i];
                } else if (List.of("all", "jmh", "pipeline", "latency", "serving", "state")
                        .contains(args[i])) {
                    parts.add(args[i]);
                } else {
                    usage();
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                usage();
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
                    case "state" -> StateBench.run(r, minutes, rate, dedupeTtl);
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

    private static void usage() {
        System.err.println(
                "usage: ./mellchat bench [all|jmh|pipeline|latency|serving|state]... [--messages N]"
                        + " [--minutes M] [--rate R] [--dedupe-ttl D]");
        System.exit(2);
    }
}
