package io.mellchat.connectors.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.UserAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.metrics.SimpleCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;

/** Against the local Redis, on a stream of its own. */
class ActionsSplitReaderTest {
    static final String URL = "redis://127.0.0.1:6379";
    private final String key = "test:actions:" + UUID.randomUUID();
    private final SimpleCounter skipped = new SimpleCounter();

    @AfterEach
    void drop() {
        try (Jedis j = new Jedis("127.0.0.1", 6379)) {
            j.del(key);
        }
    }

    static UserAction vote(String id) {
        return new UserAction(
                id,
                UserAction.Type.UPVOTE,
                UserAction.Target.QUESTION,
                UUID.nameUUIDFromBytes(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "viewer:" + id,
                "viewer",
                Instant.parse("2026-01-01T00:00:00Z"),
                "default",
                "twitch",
                "chan");
    }

    private String add(Map<String, String> fields) {
        try (Jedis j = new Jedis("127.0.0.1", 6379)) {
            return j.xadd(key, StreamEntryID.NEW_ENTRY, fields).toString();
        }
    }

    private static List<ActionRecord> records(RecordsWithSplitIds<ActionRecord> batch) {
        List<ActionRecord> out = new ArrayList<>();
        while (batch.nextSplit() != null) {
            ActionRecord r;
            while ((r = batch.nextRecordFromSplit()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void readsActionsInOrderSkippingMalformedEntries() {
        add(vote("a").toStreamFields());
        add(Map.of("type", "upvote"));
        String third = add(vote("c").toStreamFields());
        ActionsSplitReader reader = new ActionsSplitReader(URL, skipped);
        reader.handleSplitsChanges(
                new SplitsAddition<>(List.of(new ActionsSplit(key, ActionsSplit.BEGINNING))));
        List<ActionRecord> got = records(reader.fetch());
        reader.close();
        assertThat(got).hasSize(3);
        assertThat(got.get(0).action()).isEqualTo(vote("a"));
        assertThat(got.get(1).action()).isNull();
        assertThat(got.get(2).entryId()).isEqualTo(third);
        assertThat(skipped.getCount()).isEqualTo(1);
    }

    @Test
    void resumesAfterTheCheckpointedId() {
        String first = add(vote("a").toStreamFields());
        add(vote("b").toStreamFields());
        ActionsSplitReader reader = new ActionsSplitReader(URL, skipped);
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(new ActionsSplit(key, first))));
        List<ActionRecord> got = records(reader.fetch());
        reader.close();
        assertThat(got).extracting(r -> r.action().actionId()).containsExactly("b");
    }

    @Test
    void anEmptyStreamAnswersWithinTheBlockTime() {
        ActionsSplitReader reader = new ActionsSplitReader(URL, skipped);
        reader.handleSplitsChanges(
                new SplitsAddition<>(List.of(new ActionsSplit(key, ActionsSplit.BEGINNING))));
        long start = System.nanoTime();
        assertThat(records(reader.fetch())).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(3_000_000_000L);
        reader.close();
    }
}
