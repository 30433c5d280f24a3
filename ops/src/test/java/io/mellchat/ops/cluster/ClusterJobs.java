package io.mellchat.ops.cluster;

import io.mellchat.ops.FlinkCli;
import io.mellchat.ops.testing.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs the uploaded job jar on the shared cluster with a replay, and describes a job for failure
 * messages.
 */
public final class ClusterJobs {
    private ClusterJobs() {}

    /**
     * Runs the job (parallelism 2) replaying {@code recording} at real-time speed; waits until all
     * tasks run.
     */
    public static String run(Path recording, Optional<String> savepoint) throws Exception {
        return run(savepoint, List.of("--replay", recording.toString(), "--speed", "1"));
    }

    /** Runs the job with the given job arguments (none: only the live platform channels). */
    public static String run(Optional<String> savepoint, List<String> args) throws Exception {
        SharedCluster.Resources r = SharedCluster.get();
        Await.until(
                Duration.ofSeconds(60),
                () -> r.cluster().rest().taskManagersAndFreeSlots()[1] >= 2,
                () -> "no free slots");
        String id =
                r.cluster().rest().run(r.jarId(), FlinkCli.ENTRY_CLASS, 2, savepoint, false, args);
        Await.until(
                Duration.ofSeconds(90),
                () -> r.cluster().rest().allTasksRunning(id),
                () -> "job not running" + info(id));
        return id;
    }

    /** Cancels the job if it still runs and waits until its slots are free again. */
    public static void cancel(String job) throws Exception {
        FlinkCluster c = SharedCluster.get().cluster();
        if (job != null
                && !List.of("CANCELED", "FINISHED", "FAILED").contains(c.rest().state(job))) {
            c.rest().cancel(job);
            Await.until(
                    Duration.ofSeconds(60),
                    () -> c.rest().taskManagersAndFreeSlots()[1] >= 2,
                    () -> "slots not freed after cancelling " + job);
        }
    }

    public static String info(String id) {
        FlinkCluster c = SharedCluster.get().cluster();
        try {
            return "; job "
                    + c.rest().state(id)
                    + c.rest().lastFailure(id).map(f -> ", failure: " + f).orElse("")
                    + "; JobManager log:"
                    + c.tail(c.jobManager());
        } catch (Exception e) {
            return "; job state unknown: " + e.getMessage();
        }
    }
}
