package io.mellchat.connectors.actions;

import io.mellchat.model.UserAction;
import java.net.URI;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.apache.flink.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntry;
import redis.clients.jedis.StreamEntryID;

/**
 * Reads the actions stream with {@code XREAD COUNT n BLOCK t} from the last id taken. The block is
 * short, so a wake-up (shutdown, checkpoint) is served promptly. Malformed entries are counted,
 * logged once, and skipped (the position moves past them).
 */
final class ActionsSplitReader implements SplitReader<ActionRecord, ActionsSplit> {
    private static final Logger LOG = LoggerFactory.getLogger(ActionsSplitReader.class);
    private static final int BATCH = 1_000;
    private static final int BLOCK_MILLIS = 200;

    private final String redisUrl;
    private final Counter skipped;
    private final Queue<ActionsSplit> pending = new ArrayDeque<>();
    private ActionsSplit split;
    private String lastId;
    private Jedis jedis;
    private boolean loggedSkip;

    ActionsSplitReader(String redisUrl, Counter skipped) {
        this.redisUrl = redisUrl;
        this.skipped = skipped;
    }

    @Override
    public RecordsWithSplitIds<ActionRecord> fetch() {
        RecordsBySplits.Builder<ActionRecord> batch = new RecordsBySplits.Builder<>();
        if (split == null) {
            split = pending.poll();
            if (split == null) {
                return batch.build();
            }
            lastId = split.lastId();
        }
        if (jedis == null) {
            jedis = new Jedis(URI.create(redisUrl));
        }
        List<Map.Entry<String, List<StreamEntry>>> result;
        try {
            result =
                    jedis.xread(
                            BATCH,
                            BLOCK_MILLIS,
                            new AbstractMap.SimpleEntry<>(
                                    split.streamKey(), new StreamEntryID(lastId)));
        } catch (RuntimeException e) {
            closeConnection();
            throw e;
        }
        if (result != null) {
            for (Map.Entry<String, List<StreamEntry>> stream : result) {
                for (StreamEntry entry : stream.getValue()) {
                    lastId = entry.getID().toString();
                    batch.add(split.splitId(), new ActionRecord(parse(entry), lastId));
                }
            }
        }
        return batch.build();
    }

    private UserAction parse(StreamEntry entry) {
        try {
            return UserAction.fromStreamFields(entry.getFields());
        } catch (IllegalArgumentException e) {
            skipped.inc();
            if (!loggedSkip) {
                loggedSkip = true;
                LOG.warn(
                        "skipping malformed action entry {} ({}); further ones are only counted",
                        entry.getID(),
                        e.getMessage());
            }
            return null;
        }
    }

    @Override
    public void handleSplitsChanges(SplitsChange<ActionsSplit> change) {
        if (change instanceof SplitsAddition) {
            pending.addAll(change.splits());
        }
    }

    @Override
    public void wakeUp() {
        // XREAD blocks for at most BLOCK_MILLIS
    }

    private void closeConnection() {
        if (jedis != null) {
            try {
                jedis.close();
            } catch (RuntimeException e) {
                // already broken
            }
            jedis = null;
        }
    }

    @Override
    public void close() {
        closeConnection();
    }
}
