package io.mellchat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether the job's state stays bounded: one minute of generated chat replayed in a loop at a
 * steady rate (every loop stores new messages) through the job as {@code ./mellchat run} runs it,
 * checkpoints every 10 s. Once a minute it records the messages stored so far, the size of the
 * latest completed checkpoint on disk and the job's live heap (after a full GC, via {@code jcmd}).
 */
final class StateBench {
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private StateBench() {}

    static void run(Report r, int minutes, int rate, String dedupeTtl) throws Exception {
        r.heading(
                String.format(
                        "State over time: %,d messages/s for %d minutes (dedupe TTL %s)",
                        rate, minutes, dedupeTtl));
        Path work = Project.work();
        Path recording =
                ChatTraffic.write(
                        work.resolve("state.jsonl"), "state", rate * 60, 60, 60_000, false);
        Path checkpoints = work.resolve("state-job.checkpoints");
        deleteTree(checkpoints);
        try (BenchDatabase db = new BenchDatabase()) {
            Map<String, String> env =
                    Map.of(
                            "MELLCHAT_PG_URL",
                            db.config().url(),
                            "MELLCHAT_CHECKPOINT_INTERVAL",
                            "10s",
                            "MELLCHAT_CHECKPOINT_DIR",
                            checkpoints.toString(),
                            "MELLCHAT_DEDUPE_TTL",
                            dedupeTtl);
            Process job =
                    Processes.job(
                            env,
                            work.resolve("state-job.log"),
                            "--replay",
                            recording.toString(),
                            "--speed",
                            "1");
            List<List<String>> rows = new ArrayList<>();
            long start = System.nanoTime();
            long previous = 0;
            try {
                for (int minute = 1; minute <= minutes && job.isAlive(); minute++) {
                    long at = start + TimeUnit.MINUTES.toNanos(minute);
                    while (System.nanoTime() < at && job.isAlive()) {
                        Thread.sleep(500);
                    }
                    long stored =
                            db.count(
                                    "SELECT coalesce(sum(messages_total), 0) FROM channels"
                                            + " WHERE channel LIKE 'replay-state-%'");
                    Optional<Path> latest = latestCheckpoint(checkpoints);
                    rows.add(
                            List.of(
                                    String.valueOf(minute),
                                    String.format("%,d", stored),
                                    String.format("%,.0f", (stored - previous) / 60.0),
                                    latest.map(StateBench::megabytes).orElse("–"),
                                    latest.map(p -> p.getFileName().toString()).orElse("–"),
                                    liveHeap(job.pid())));
                    previous = stored;
                    System.err.println(
                            "state bench: minute " + minute + " " + rows.get(rows.size() - 1));
                }
            } finally {
                Processes.stop(job);
            }
            r.table(
                    List.of(
                            "minute",
                            "messages stored",
                            "messages/s in that minute",
                            "latest checkpoint (MB)",
                            "checkpoint",
                            "live heap after GC (MB)"),
                    rows);
            r.line(
                    "Settings: `LocalRunner --replay FILE --speed 1` looping a one-minute recording of"
                            + " 60 channels and 5,000 viewers, heap state backend, full checkpoints every"
                            + " 10 s to local disk, MELLCHAT_DEDUPE_TTL="
                            + dedupeTtl
                            + ". State that is kept for a time (dedupe ids, users' recent messages,"
                            + " open questions) grows until its TTL and then stays flat; the rest is"
                            + " bounded by the number of channels, users and questions.");
        }
    }

    /**
     * The newest completed checkpoint ({@code <dir>/<job id>/chk-<n>} with a {@code _metadata}).
     */
    static Optional<Path> latestCheckpoint(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.find(dir, 2, (p, a) -> isCheckpoint(p))) {
            return all.max(Comparator.comparingLong(StateBench::number));
        }
    }

    private static boolean isCheckpoint(Path p) {
        return p.getFileName().toString().startsWith("chk-")
                && Files.isRegularFile(p.resolve("_metadata"));
    }

    private static long number(Path chk) {
        return Long.parseLong(chk.getFileName().toString().substring("chk-".length()));
    }

    private static String megabytes(Path chk) {
        try (Stream<Path> files = Files.walk(chk)) {
            long bytes =
                    files.filter(Files::isRegularFile)
                            .mapToLong(
                                    f -> {
                                        try {
                                            return Files.size(f);
                                        } catch (IOException e) {
                                            return 0; // pruned while we looked
                                        }
                                    })
                            .sum();
            return String.format("%,.1f", bytes / 1e6);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(gone)";
        }
    }

    /** The job's heap after a full collection, from {@code jcmd}. */
    private static String liveHeap(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            run(jcmd, String.valueOf(pid), "GC.run");
            String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
            Matcher m = HEAP_USED.matcher(info);
            return m.find() ? String.format("%,.0f", Long.parseLong(m.group(1)) / 1024.0) : "?";
        } catch (IOException | InterruptedException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
