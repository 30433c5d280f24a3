package io.mellchat.connectors.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReplaySourceITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    @Test
    void replaysTheBundledRecordingThroughAJob() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        List<ChatEvent> out =
                env.fromSource(
                                new ReplaySource(
                                        new ReplayOptions(
                                                ReplayOptions.BUNDLED,
                                                ReplayOptions.MAX_SPEED,
                                                false)),
                                WatermarkStrategy.noWatermarks(),
                                "replay")
                        .executeAndCollect(10_000);
        long messages = out.stream().filter(e -> e instanceof ChatMessage).count();
        assertThat(messages).isGreaterThan(300);
        assertThat(
                        out.stream()
                                .filter(e -> e instanceof ChatMessage)
                                .map(e -> ((ChatMessage) e).id())
                                .distinct()
                                .count())
                .isEqualTo(messages);
    }
}
