package io.mellchat.connectors.replay;

import io.mellchat.model.ChannelRef;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.apache.flink.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a recording line by line and emits each event when it is due ({@code loop start + offset /
 * speed}); waits in between without a thread of its own, waking up at once on {@link #wakeUp()}.
 * Malformed lines are counted, logged once, and skipped. The first event of each channel is
 * preceded by a {@code live} status so that replayed channels show up like live ones.
 */
final class ReplaySplitReader implements SplitReader<ReplayRecord, ReplaySplit> {
    private static final Logger LOG = LoggerFactory.getLogger(ReplaySplitReader.class);
    private static final int MAX_BATCH = 1_000;
    private static final long MAX_WAIT_MILLIS = 200;

    /** Pause between the last event of a loop and the first of the next. */
    private static final long LOOP_GAP_MILLIS = 2_000;

    private final ReplayOptions options;
    private final Counter skipped;
    private final LongSupplier clock;
    private final Queue<ReplaySplit> splits = new ArrayDeque<>();
    private final Set<ChannelRef> announced = new HashSet<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean wakeUp;

    private ReplaySplit current;
    private BufferedReader reader;
    private int loop;
    private long line;
    private long loopStart;
    private long lastDue;
    private RecordedEvent ahead;
    private boolean loggedSkip;

    ReplaySplitReader(ReplayOptions options, Counter skipped, LongSupplier clock) {
        this.options = options;
        this.skipped = skipped;
        this.clock = clock;
    }

    @Override
    public RecordsWithSplitIds<ReplayRecord> fetch() throws IOException {
        RecordsBySplits.Builder<ReplayRecord> batch = new RecordsBySplits.Builder<>();
        if (current == null && !startNext()) {
            waitMillis(MAX_WAIT_MILLIS);
            return batch.build();
        }
        String id = current.splitId();
        int n = 0;
        while (n < MAX_BATCH) {
            if (ahead == null && !readAhead()) {
                if (options.loop() && line > 0) {
                    startLoop(loop + 1, Math.max(lastDue, clock.getAsLong()) + LOOP_GAP_MILLIS);
                    continue;
                }
                closeReader();
                batch.addFinishedSplit(id);
                current = null;
                break;
            }
            long due = dueMillis(ahead.offsetMillis());
            long now = clock.getAsLong();
            if (due > now) {
                if (n == 0) {
                    waitMillis(Math.min(due - now, MAX_WAIT_MILLIS));
                }
                break;
            }
            line++;
            lastDue = due;
            ChatEvent event = LoopRewriter.rewrite(ahead.event(), loop, eventTime(ahead));
            ahead = null;
            if (announced.add(event.channelRef()) && !(event instanceof ChannelStatusChanged)) {
                ChannelStatusChanged live =
                        new ChannelStatusChanged(
                                event.platform(),
                                event.channel(),
                                event.stream(),
                                ChannelStatus.LIVE,
                                "replaying a recording",
                                ChannelStatusChanged.ORIGIN_REPLAY,
                                event.timestamp());
                batch.add(id, new ReplayRecord(live, loop, line - 1, loopStart));
            }
            batch.add(id, new ReplayRecord(event, loop, line, loopStart));
            n++;
        }
        return batch.build();
    }

    private long dueMillis(long offset) {
        return options.speed() == ReplayOptions.MAX_SPEED
                ? loopStart
                : loopStart + (long) (offset / options.speed());
    }

    /**
     * When the replayed event happens: its due time, or at maximum speed the moment it is emitted
     * (so windows and trending see a burst of live chat rather than times far in the future).
     */
    private Instant eventTime(RecordedEvent e) {
        return Instant.ofEpochMilli(
                options.speed() == ReplayOptions.MAX_SPEED
                        ? clock.getAsLong()
                        : dueMillis(e.offsetMillis()));
    }

    private boolean startNext() throws IOException {
        current = splits.poll();
        if (current == null) {
            return false;
        }
        long start = current.loopStartMillis() == 0 ? clock.getAsLong() : current.loopStartMillis();
        startLoop(current.loop(), start);
        long skip = current.nextLine();
        while (line < skip && readAhead()) {
            line++;
            ahead = null;
        }
        LOG.info("replaying {} from loop {} line {}", current.recording(), loop, line);
        return true;
    }

    private void startLoop(int newLoop, long start) throws IOException {
        closeReader();
        reader = RecordingFiles.open(current.recording());
        loop = newLoop;
        loopStart = start;
        line = 0;
        ahead = null;
    }

    /** Reads the next event line into {@link #ahead}; false at the end of the file. */
    private boolean readAhead() throws IOException {
        String text;
        while ((text = reader.readLine()) != null) {
            if (RecordedEvent.isComment(text)) {
                continue;
            }
            try {
                ahead = RecordedEvent.parse(text);
                return true;
            } catch (IllegalArgumentException e) {
                skipped.inc();
                if (!loggedSkip) {
                    loggedSkip = true;
                    LOG.warn(
                            "skipping malformed line of {} ({}); further ones are only counted",
                            current.recording(),
                            e.getMessage());
                }
            }
        }
        return false;
    }

    private void waitMillis(long millis) {
        lock.lock();
        try {
            if (!wakeUp) {
                woken.await(millis, TimeUnit.MILLISECONDS);
            }
            wakeUp = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void handleSplitsChanges(SplitsChange<ReplaySplit> change) {
        if (change instanceof SplitsAddition) {
            splits.addAll(change.splits());
        }
    }

    @Override
    public void wakeUp() {
        lock.lock();
        try {
            wakeUp = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeReader();
    }

    List<ReplaySplit> pending() {
        return List.copyOf(splits);
    }
}
