package io.mellchat.connectors.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.UserAction;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;

class RedisActionsSourceITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    @Test
    void streamsTheActionsServingWrote() throws Exception {
        String key = "test:actions:" + UUID.randomUUID();
        try (Jedis j = new Jedis("127.0.0.1", 6379)) {
            for (String id : List.of("a", "b", "c")) {
                j.xadd(
                        key,
                        StreamEntryID.NEW_ENTRY,
                        ActionsSplitReaderTest.vote(id).toStreamFields());
            }
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            List<UserAction> got =
                    env.fromSource(
                                    new RedisActionsSource(ActionsSplitReaderTest.URL, key),
                                    WatermarkStrategy.noWatermarks(),
                                    "actions")
                            .executeAndCollect(3);
            assertThat(got).extracting(UserAction::actionId).containsExactly("a", "b", "c");
        } finally {
            try (Jedis j = new Jedis("127.0.0.1", 6379)) {
                j.del(key);
            }
        }
    }
}
