package io.mellchat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.junit.jupiter.api.Test;

class LocalRunnerTest {
    @Test
    void theEmbeddedClusterRetainsCheckpointsAndLeavesBufferTimeoutsToTheJob() {
        Path dir = Path.of("/tmp/mellchat-checkpoints");
        Configuration conf = LocalRunner.flinkConfiguration(JobConfig.fromEnv(Map.of()), dir);
        // the job sets 2 ms on its live path only (ChatJobGraphTest); the rest keeps Flink's
        // default
        assertThat(conf.getOptional(ExecutionOptions.BUFFER_TIMEOUT)).isEmpty();
        assertThat(conf.get(CheckpointingOptions.CHECKPOINTS_DIRECTORY))
                .isEqualTo(dir.toUri().toString());
        assertThat(conf.get(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS)).isEqualTo(2);
        assertThat(conf.toMap())
                .containsEntry(
                        "execution.checkpointing.externalized-checkpoint-retention",
                        "RETAIN_ON_CANCELLATION");
    }
}
