package io.mellchat.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Full-pipeline throughput: a generated recording replayed with {@code --speed max} through the job
 * as {@code ./mellchat run} runs it ({@code LocalRunner}, embedded MiniCluster, parallelism 2) into
 * PostgreSQL and Redis, checkpoints every 10 s. Progress is the job's {@code messages_total}
 * counters, sampled every second; the figure is messages stored per second between the first and
 * the last stored.
 */
final class PipelineBench {
    static final double TARGET = 50_000;

    private PipelineBench() {}

    static void run(Report r, int messages) throws Exception {
        r.heading("Full pipeline: replay → job → PostgreSQL + Redis");
        int channels = 60;
        Path work = Project.work();
        Path recording =
                ChatTraffic.write(
                        work.resolve("pipeline.jsonl"), "bench", messages, channels, 600_000);
        String like = "channel LIKE 'replay-bench-%'";
        try (BenchDatabase db = new BenchDatabase()) {
            Map<String, String> env =
                    Map.of(
                            "MELLCHAT_PG_URL",
                            db.config().url(),
                            "MELLCHAT_CHECKPOINT_INTERVAL",
                            "10s");
            long start = System.nanoTime();
            Process job =
                    Processes.job(
                            env,
                            work.resolve("pipeline-job.log"),
                            "--replay",
                            recording.toString(),
                            "--speed",
                            "max");
            List<long[]> samples = new ArrayList<>();
            CpuMeter cpu = new CpuMeter(job.toHandle());
            CpuMeter.Reading cpuAtFirst = null;
            CpuMeter.Usage used = null;
            long firstAt = -1;
            long storedAtFirst = 0;
            long doneAt = -1;
            try {
                long limit = start + 20L * 60 * 1_000_000_000L;
                while (System.nanoTime() < limit && job.isAlive()) {
                    long n =
                            db.count(
                                    "SELECT coalesce(sum(messages_total), 0) FROM channels WHERE "
                                            + like);
                    long now = System.nanoTime();
                    samples.add(new long[] {now, n});
                    if (n > 0 && firstAt < 0) {
                        firstAt = now;
                        storedAtFirst = n;
                        cpuAtFirst = cpu.read();
                    }
                    if (n >= messages) {
                        doneAt = now;
                        used = CpuMeter.between(cpuAtFirst, cpu.read());
                        break;
                    }
                    Thread.sleep(1_000);
                }
            } finally {
                Processes.stop(job);
            }
            if (doneAt < 0) {
                r.line(
                        "Did not finish: "
                                + (samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[1])
                                + " of "
                                + messages
                                + " messages stored; see "
                                + work.resolve("pipeline-job.log"));
                return;
            }
            long stored =
                    db.count(
                            "SELECT count(*) FROM messages WHERE "
                                    + like
                                    + " AND platform_message_id NOT LIKE '%~%'");
            double seconds = (doneAt - firstAt) / 1e9;
            double rate = messages / seconds;
            double best = bestWindow(samples, 10);
            r.table(
                    List.of("figure", "value"),
                    List.of(
                            List.of(
                                    "messages replayed (60 channels, 3 platforms)",
                                    String.format("%,d", messages)),
                            List.of("rows in `messages` afterwards", String.format("%,d", stored)),
                            List.of(
                                    "job start to first row",
                                    String.format("%.1f s", (firstAt - start) / 1e9)),
                            List.of("first to last row", String.format("%.1f s", seconds)),
                            List.of(
                                    "**sustained throughput**",
                                    String.format(
                                            "**%,.0f messages/s** (target ≥ %,.0f: %s)",
                                            rate, TARGET, rate >= TARGET ? "met" : "missed")),
                            List.of("best 10 s window", String.format("%,.0f messages/s", best)),
                            List.of(
                                    "per core",
                                    String.format(
                                            "%,.0f messages/s",
                                            rate / Runtime.getRuntime().availableProcessors()))));
            if (CpuMeter.available()) {
                r.line(cpuLine(used, messages - storedAtFirst));
            }
            r.line(
                    "Settings: `LocalRunner --replay FILE --speed max --fresh` (the job half of ./mellchat run):"
                            + " a JVM of its own with -Xmx2g and G1, parallelism "
                            + System.getenv().getOrDefault("MELLCHAT_PARALLELISM", "2")
                            + " (MELLCHAT_PARALLELISM),"
                            + " embedded MiniCluster, heap state backend,"
                            + " checkpoints every 10 s to local disk, JDBC batches of 500 / 200 ms, Redis frames"
                            + " batched every 10 ms; PostgreSQL and Redis on the same machine.");
            int rows = 200_000;
            double[] ceiling = PostgresCeiling.measure(db, rows);
            r.line(
                    String.format(
                            "PostgreSQL alone, for comparison (server-side `INSERT … SELECT` of %,d rows"
                                    + " into a copy of `messages` with its indexes, one session per core, nothing"
                                    + " else running): **%,.0f rows/s**; %,.0f rows/s without the full-text column"
                                    + " and its index. The job stores a row per message, so on this machine the"
                                    + " pipeline cannot pass the first figure.",
                            rows, ceiling[0], ceiling[1]));
        }
    }

    /** Where the CPU went between the first and the last stored row, per message. */
    static String cpuLine(CpuMeter.Usage u, long messages) {
        double us = 1e6 / messages;
        return String.format(
                "CPU between the first and the last row (%.0f core-seconds available): job %.1f s"
                        + " (**%.0f µs per message**), PostgreSQL %.1f s (%.0f µs per message), Redis %.1f s;"
                        + " the machine was busy %.1f s, and %.1f s went to other guests of the hypervisor"
                        + " (steal).",
                u.capacity(),
                u.job(),
                u.job() * us,
                u.postgres(),
                u.postgres() * us,
                u.redis(),
                u.busy(),
                u.steal());
    }

    /** The best rate over {@code seconds} consecutive samples. */
    private static double bestWindow(List<long[]> samples, int seconds) {
        double best = 0;
        for (int i = 0; i + seconds < samples.size(); i++) {
            long[] a = samples.get(i);
            long[] b = samples.get(i + seconds);
            if (a[1] > 0) {
                best = Math.max(best, (b[1] - a[1]) / ((b[0] - a[0]) / 1e9));
            }
        }
        return best;
    }
}
