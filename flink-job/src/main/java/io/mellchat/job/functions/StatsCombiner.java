package io.mellchat.job.functions;

import io.mellchat.job.records.StatsEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.ChainingStrategy;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;

/**
 * Combines the per-message stats events of each channel into one partial count per bucket of event
 * time before they reach the windows, which then merge a few partials instead of every message
 * (four windows, each behind a shuffle). Chained to the per-channel operator.
 *
 * <p>A bucket ({@code bucketMillis}, a divisor of every window size, so a bucket lies in exactly
 * one window of each size) is emitted, stamped with its latest event time, when the watermark
 * passes its end — before the watermark itself goes on, so it is never late at the windows — and
 * everything held is emitted before each checkpoint barrier, when the input goes idle and at the
 * end of input. So the operator keeps no state of its own and a restore neither loses nor repeats
 * counts. An event that is already late is passed on alone, as before; so are events without a
 * timestamp.
 */
public final class StatsCombiner extends AbstractStreamOperator<StatsEvent>
        implements OneInputStreamOperator<StatsEvent, StatsEvent> {
    private static final long serialVersionUID = 1L;

    /** Past this many held buckets everything is emitted (a bound on memory, not expected). */
    static final int MAX_PENDING = 10_000;

    private final long bucketMillis;
    private transient Map<Bucket, StatsEvent> pending;
    private transient long watermark;

    private record Bucket(String stream, String platform, String channel, long index) {}

    public StatsCombiner(long bucketMillis) {
        if (bucketMillis <= 0) {
            throw new IllegalArgumentException("bucketMillis must be positive: " + bucketMillis);
        }
        this.bucketMillis = bucketMillis;
        setChainingStrategy(ChainingStrategy.ALWAYS);
    }

    @Override
    public void open() throws Exception {
        super.open();
        pending = new HashMap<>();
        watermark = Long.MIN_VALUE;
    }

    @Override
    public void processElement(StreamRecord<StatsEvent> record) {
        if (!record.hasTimestamp() || record.getTimestamp() <= watermark) {
            output.collect(record);
            return;
        }
        StatsEvent e = record.getValue();
        Bucket b =
                new Bucket(
                        e.stream,
                        e.platform,
                        e.channel,
                        Math.floorDiv(record.getTimestamp(), bucketMillis));
        StatsEvent held = pending.get(b);
        if (held == null) {
            e.atMillis = Math.max(e.atMillis, record.getTimestamp());
            pending.put(b, e);
            if (pending.size() > MAX_PENDING) {
                emitAll();
            }
        } else {
            held.add(e);
            held.atMillis = Math.max(held.atMillis, record.getTimestamp());
        }
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        watermark = mark.getTimestamp();
        Iterator<Map.Entry<Bucket, StatsEvent>> it = pending.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Bucket, StatsEvent> held = it.next();
            long lastMillisOfBucket = (held.getKey().index() + 1) * bucketMillis - 1;
            if (lastMillisOfBucket <= watermark) {
                emit(held.getKey(), held.getValue());
                it.remove();
            }
        }
        super.processWatermark(mark);
    }

    @Override
    public void processWatermarkStatus(WatermarkStatus status) throws Exception {
        if (status.isIdle()) {
            emitAll();
        }
        super.processWatermarkStatus(status);
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        emitAll();
        super.prepareSnapshotPreBarrier(checkpointId);
    }

    @Override
    public void finish() throws Exception {
        emitAll();
        super.finish();
    }

    /** The largest bucket that divides every window size: their greatest common divisor. */
    public static long bucketMillis(Duration... windows) {
        long g = 0;
        for (Duration w : windows) {
            long a = w.toMillis();
            long b = g;
            while (b != 0) {
                long t = a % b;
                a = b;
                b = t;
            }
            g = a;
        }
        return g;
    }

    /** How many buckets are held (for tests). */
    int pendingBuckets() {
        return pending.size();
    }

    private void emitAll() {
        pending.forEach(this::emit);
        pending.clear();
    }

    /** Stamped with its latest event time, kept inside its bucket whatever the events said. */
    private void emit(Bucket b, StatsEvent e) {
        long first = b.index() * bucketMillis;
        long at = Math.min(Math.max(e.atMillis, first), first + bucketMillis - 1);
        output.collect(new StreamRecord<>(e, at));
    }
}
