package io.mellchat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the newest complete checkpoint under a local checkpoint directory ({@code <dir>/<job
 * id>/chk-<n>/_metadata}), so that {@code ./mellchat run} resumes where the last run stopped —
 * after Ctrl-C, a crash, {@code kill -9} or a reboot — and prunes old runs.
 */
public final class RetainedCheckpoints {
    private RetainedCheckpoints() {}

    public static Optional<Path> latest(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> jobs = Files.list(dir)) {
            return jobs.filter(RetainedCheckpoints::isJobFolder)
                    .flatMap(RetainedCheckpoints::checkpointsOf)
                    .filter(c -> Files.isRegularFile(c.resolve("_metadata")))
                    .max(Comparator.comparing(RetainedCheckpoints::modified));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint directory " + dir, e);
        }
    }

    /**
     * Deletes the checkpoint folders of all runs but those to keep. Only folders Flink made (named
     * by a job id) are touched, whatever else the directory holds.
     */
    public static void pruneExcept(Path dir, List<Path> keep) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> jobs = Files.list(dir)) {
            for (Path job : jobs.filter(RetainedCheckpoints::isJobFolder).toList()) {
                if (keep.stream().noneMatch(k -> k.startsWith(job))) {
                    deleteTree(job);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune checkpoint directory " + dir, e);
        }
    }

    /** A folder of one run's checkpoints: Flink names it by the job id (32 hex digits). */
    static boolean isJobFolder(Path p) {
        return Files.isDirectory(p) && p.getFileName().toString().matches("[0-9a-f]{32}");
    }

    private static Stream<Path> checkpointsOf(Path job) {
        try (Stream<Path> s = Files.list(job)) {
            return s.filter(p -> p.getFileName().toString().startsWith("chk-")).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p.resolve("_metadata"));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
