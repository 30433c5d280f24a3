package io.mellchat.connectors.youtube.reader;

import io.mellchat.connectors.common.ChannelRecord;
import io.mellchat.connectors.common.ChannelSplit;
import io.mellchat.connectors.common.SourceMetrics;
import io.mellchat.connectors.youtube.client.ChatCursor;
import io.mellchat.connectors.youtube.client.CursorCodec;
import io.mellchat.connectors.youtube.client.PollResult;
import io.mellchat.connectors.youtube.client.YouTubeChatApi;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChannelStatusChanged;
import io.mellchat.model.ChatMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsRemoval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling split reader of YouTube: all channels of one subtask on the fetcher thread, no thread
 * of its own. {@link #fetch()} waits until the next channel is due ({@link PollSchedule}), polls it
 * once through the {@link YouTubeChatApi} and hands over its events, each with the split position
 * right after it; the channel is then scheduled again after the delay YouTube asked for. A chat
 * that ended for good finishes its split. {@link #wakeUp()} ends the wait and cuts a request in
 * flight short (it is repeated later).
 */
public final class YouTubeSplitReader implements SplitReader<ChannelRecord, ChannelSplit> {
    private static final Logger LOG = LoggerFactory.getLogger(YouTubeSplitReader.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(1);
    private static final Duration MIN_RESUME_WAIT = Duration.ofSeconds(1);

    private final YouTubeChatApi api;
    private final SourceMetrics metrics;
    private final Clock clock;
    private final PollSchedule schedule = new PollSchedule();
    private final Map<String, SplitProgress> splits = new HashMap<>();
    private final List<String> removed = new ArrayList<>();

    public YouTubeSplitReader(YouTubeChatApi api, SourceMetrics metrics, Clock clock) {
        this.api = api;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public RecordsWithSplitIds<ChannelRecord> fetch() throws IOException {
        RecordsBySplits.Builder<ChannelRecord> batch = new RecordsBySplits.Builder<>();
        if (!removed.isEmpty()) {
            batch.addFinishedSplits(removed);
            removed.clear();
        }
        Optional<String> due;
        try {
            due = schedule.awaitDue(MAX_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the next YouTube poll", e);
        }
        SplitProgress split = due.map(splits::get).orElse(null);
        if (split == null) {
            return batch.build();
        }
        String id = due.get();
        PollResult r;
        try {
            r = api.poll(split.spec(), split.cursor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            schedule.schedule(id, Duration.ZERO);
            throw new IOException("interrupted while polling YouTube for " + id, e);
        }
        for (Emission e : split.accept(r, clock.instant())) {
            batch.add(id, toRecord(e));
            if (e.event() instanceof ChatMessage) {
                metrics.message(split.spec().ref().channel(), e.event().timestamp());
            } else if (e.event() instanceof ChannelStatusChanged
                    && ((ChannelStatusChanged) e.event()).status() == ChannelStatus.RECONNECTING) {
                metrics.reconnect(split.spec().ref().channel());
            }
        }
        if (r.finished()) {
            LOG.info("YouTube chat of {} has ended; its split is finished", id);
            splits.remove(id);
            api.release(split.spec());
            batch.addFinishedSplit(id);
        } else {
            schedule.schedule(id, r.delay());
        }
        return batch.build();
    }

    private static ChannelRecord toRecord(Emission e) {
        if (e.event() == null) {
            return ChannelRecord.position(e.position());
        }
        return e.position() == null
                ? ChannelRecord.of(e.event())
                : ChannelRecord.of(e.event(), e.position());
    }

    @Override
    public void handleSplitsChanges(SplitsChange<ChannelSplit> change) {
        if (change instanceof SplitsAddition) {
            for (ChannelSplit s : change.splits()) {
                ChatCursor c = restore(s);
                splits.put(s.splitId(), new SplitProgress(s.spec(), c));
                // a resumed chat waits the interval YouTube last asked for (at least a second)
                // before its first poll: the job before the restart may just have polled it
                Duration first =
                        s.position().isEmpty()
                                ? Duration.ZERO
                                : Duration.ofMillis(
                                        Math.max(c.waitMs(), MIN_RESUME_WAIT.toMillis()));
                schedule.schedule(s.splitId(), first);
                LOG.info(
                        "reading YouTube chat {} from {}",
                        s.splitId(),
                        s.position().isEmpty() ? "now" : "its checkpoint");
            }
        } else if (change instanceof SplitsRemoval) {
            for (ChannelSplit s : change.splits()) {
                SplitProgress p = splits.remove(s.splitId());
                schedule.remove(s.splitId());
                if (p != null) {
                    api.release(p.spec());
                    removed.add(s.splitId());
                }
            }
        }
    }

    private ChatCursor restore(ChannelSplit s) {
        ChatCursor fresh = api.start(s.spec());
        if (s.position().isEmpty()) {
            return fresh;
        }
        try {
            ChatCursor c = CursorCodec.decode(s.position());
            if (!c.mode().equals(fresh.mode())) {
                LOG.info(
                        "{}: the YouTube mode changed to {}; starting from the newest messages",
                        s.splitId(),
                        fresh.mode());
                return fresh;
            }
            return c;
        } catch (IllegalArgumentException e) {
            metrics.skipped("bad_position", s.splitId() + ": " + s.position());
            return fresh;
        }
    }

    @Override
    public void wakeUp() {
        schedule.wakeUp();
        api.abort();
    }

    @Override
    public void close() {
        api.close();
    }

    /** The splits being read now (for tests). */
    int splitCount() {
        return splits.size();
    }
}
