package io.mellchat.connectors.common;

import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsRemoval;

/**
 * Base of the split readers of push protocols (Twitch IRC, Kick's Pusher socket): the protocol
 * client's threads {@link #emit} events into a bounded queue — blocking when it is full, which
 * pushes back on the socket — and {@link #fetch()} hands them to Flink in batches. Events for a
 * channel that was removed are dropped.
 *
 * <p>Subclasses implement {@link #subscribe}, {@link #unsubscribe} (both called on the fetcher
 * thread; they must not block for long: connect asynchronously) and {@link #close()}.
 */
public abstract class QueueingSplitReader implements SplitReader<ChannelRecord, ChannelSplit> {
    private static final int MAX_BATCH = 2_000;
    private static final Item WAKE_UP = new Item("", null);

    private final BlockingQueue<Item> queue;
    private final Map<String, ChannelSplit> splits = new ConcurrentHashMap<>();
    private final Set<String> finished = ConcurrentHashMap.newKeySet();
    private final long pollMillis;

    private record Item(String splitId, ChannelRecord record) {}

    protected QueueingSplitReader(int queueCapacity, long pollMillis) {
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.pollMillis = pollMillis;
    }

    protected QueueingSplitReader() {
        this(10_000, 500);
    }

    /** Start receiving a channel (connect, join, subscribe…). */
    protected abstract void subscribe(ChannelSplit split);

    /** Stop receiving a channel. */
    protected abstract void unsubscribe(ChannelSplit split);

    /** The splits currently read, by split id. */
    protected final Map<String, ChannelSplit> splits() {
        return splits;
    }

    /**
     * Hands an event of a channel to Flink; blocks while the queue is full. Safe from any thread.
     *
     * @throws InterruptedException when the reader is shutting down
     */
    protected final void emit(String splitId, ChatEvent event) throws InterruptedException {
        if (splits.containsKey(splitId)) {
            queue.put(new Item(splitId, ChannelRecord.of(event)));
        }
    }

    /** Hands a record (event and/or new position) of a channel to Flink. */
    protected final void emit(String splitId, ChannelRecord record) throws InterruptedException {
        if (splits.containsKey(splitId)) {
            queue.put(new Item(splitId, record));
        }
    }

    /** Reports a channel's connection status (an ordinary event, written to {@code channels}). */
    protected final void emitStatus(ChannelSplit split, ChannelStatus status, String detail)
            throws InterruptedException {
        emit(split.splitId(), ChannelStatusChanged.of(split.spec(), status, detail, Instant.now()));
    }

    @Override
    public RecordsWithSplitIds<ChannelRecord> fetch() throws IOException {
        RecordsBySplits.Builder<ChannelRecord> batch = new RecordsBySplits.Builder<>();
        try {
            Item first = queue.poll(pollMillis, TimeUnit.MILLISECONDS);
            if (first != null) {
                add(batch, first);
                List<Item> more = new ArrayList<>();
                queue.drainTo(more, MAX_BATCH);
                more.forEach(i -> add(batch, i));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for chat events", e);
        }
        if (!finished.isEmpty()) {
            List<String> done = new ArrayList<>(finished);
            finished.removeAll(done);
            batch.addFinishedSplits(done);
        }
        return batch.build();
    }

    private void add(RecordsBySplits.Builder<ChannelRecord> batch, Item item) {
        if (item != WAKE_UP && splits.containsKey(item.splitId())) {
            batch.add(item.splitId(), item.record());
        }
    }

    @Override
    public void handleSplitsChanges(SplitsChange<ChannelSplit> change) {
        if (change instanceof SplitsAddition) {
            for (ChannelSplit s : change.splits()) {
                splits.put(s.splitId(), s);
                subscribe(s);
            }
        } else if (change instanceof SplitsRemoval) {
            for (ChannelSplit s : change.splits()) {
                if (splits.remove(s.splitId()) != null) {
                    unsubscribe(s);
                    finished.add(s.splitId());
                }
            }
            wakeUp();
        }
    }

    /** Marks a split finished (e.g. the platform says the chat ended for good). */
    protected final void finish(String splitId) {
        ChannelSplit s = splits.remove(splitId);
        if (s != null) {
            finished.add(splitId);
            wakeUp();
        }
    }

    @Override
    public void wakeUp() {
        queue.offer(WAKE_UP);
    }
}
