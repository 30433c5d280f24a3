package io.mellchat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.flink.api.common.JobID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetainedCheckpointsTest {
    @TempDir Path dir;

    private Path checkpoint(String job, int n, long modifiedMillis) throws Exception {
        Path c = Files.createDirectories(dir.resolve(job).resolve("chk-" + n));
        Path meta = Files.writeString(c.resolve("_metadata"), "x");
        Files.setLastModifiedTime(meta, FileTime.fromMillis(modifiedMillis));
        Files.setLastModifiedTime(c, FileTime.fromMillis(modifiedMillis));
        return c;
    }

    @Test
    void resumesFromTheNewestCheckpointOfAnyRunAndPrunesOnlyFlinksFolders() throws Exception {
        String older = new JobID().toString();
        String newer = new JobID().toString();
        checkpoint(older, 7, 1_000);
        Path latest = checkpoint(newer, 3, 2_000);
        // what else the directory holds is not Flink's: never read, never deleted
        Path unrelated = Files.createDirectories(dir.resolve("photos").resolve("chk-9"));
        Files.writeString(unrelated.resolve("_metadata"), "not a checkpoint");
        Files.setLastModifiedTime(unrelated.resolve("_metadata"), FileTime.fromMillis(9_000));

        assertThat(RetainedCheckpoints.latest(dir)).contains(latest);
        RetainedCheckpoints.pruneExcept(dir, List.of(latest));
        assertThat(dir.resolve(older)).doesNotExist();
        assertThat(latest).exists();
        assertThat(unrelated).exists();

        // --fresh: every retained checkpoint goes, the rest stays
        RetainedCheckpoints.pruneExcept(dir, List.of());
        assertThat(dir.resolve(newer)).doesNotExist();
        assertThat(unrelated).exists();
        assertThat(RetainedCheckpoints.latest(dir)).isEmpty();
    }
}
