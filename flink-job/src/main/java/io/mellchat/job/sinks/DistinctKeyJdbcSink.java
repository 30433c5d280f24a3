package io.mellchat.job.sinks;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.StatefulSink;
import org.apache.flink.api.connector.sink2.TwoPhaseCommittingSink;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;
import org.apache.flink.connector.jdbc.core.datastream.sink.committer.JdbcCommitable;
import org.apache.flink.connector.jdbc.core.datastream.sink.writer.JdbcWriter;
import org.apache.flink.connector.jdbc.core.datastream.sink.writer.JdbcWriterState;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.util.function.SerializableFunction;

/**
 * The JDBC connector's sink, with batches that never hold two records of the same key.
 *
 * <p>pgjdbc's {@code reWriteBatchedInserts} turns a batch of upserts into a few multi-row {@code
 * INSERT … VALUES (…), (…) ON CONFLICT … DO UPDATE} statements, which PostgreSQL executes for a
 * fraction of the per-row cost, but refuses ("cannot affect row a second time") when one statement
 * holds the same key twice: a message and its deletion, written through the same sink so the
 * deletion never lands first. This sink tracks the keys of the open batch and flushes it before a
 * key comes again. The batch interval is kept here rather than on the connector's own timer thread
 * (it is off there), so that every flush is one this sink knows of: the open batch is exactly the
 * records written since the last flush, and its size mirrors the connector's count.
 */
public final class DistinctKeyJdbcSink<T>
        implements StatefulSink<T, JdbcWriterState>, TwoPhaseCommittingSink<T, JdbcCommitable> {
    private static final long serialVersionUID = 1L;

    private final JdbcSink<T> delegate;
    private final SerializableFunction<T, Object> key;
    private final int batchSize;
    private final long intervalMillis;

    /**
     * @param delegate built with {@code batchSize} and a batch interval of 0 (no timer thread)
     */
    DistinctKeyJdbcSink(
            JdbcSink<T> delegate,
            SerializableFunction<T, Object> key,
            int batchSize,
            long intervalMillis) {
        this.delegate = delegate;
        this.key = key;
        this.batchSize = batchSize;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public Writer<T> createWriter(InitContext context) throws IOException {
        return new Writer<>(delegate.createWriter(context), context, this);
    }

    @Override
    public Writer<T> restoreWriter(InitContext context, Collection<JdbcWriterState> state)
            throws IOException {
        return new Writer<>(delegate.restoreWriter(context, state), context, this);
    }

    @Override
    public Committer<JdbcCommitable> createCommitter() throws IOException {
        return delegate.createCommitter();
    }

    @Override
    public SimpleVersionedSerializer<JdbcCommitable> getCommittableSerializer() {
        return delegate.getCommittableSerializer();
    }

    @Override
    public SimpleVersionedSerializer<JdbcWriterState> getWriterStateSerializer() {
        return delegate.getWriterStateSerializer();
    }

    static final class Writer<T>
            implements StatefulSinkWriter<T, JdbcWriterState>,
                    PrecommittingSinkWriter<T, JdbcCommitable> {
        private final JdbcWriter<T> delegate;
        private final ProcessingTimeService time;
        private final SerializableFunction<T, Object> key;
        private final int batchSize;
        private final long intervalMillis;
        private final Set<Object> open = new HashSet<>();
        private long batchNumber;
        private boolean closed;

        Writer(JdbcWriter<T> delegate, InitContext context, DistinctKeyJdbcSink<T> sink) {
            this.delegate = delegate;
            this.time = context.getProcessingTimeService();
            this.key = sink.key;
            this.batchSize = sink.batchSize;
            this.intervalMillis = sink.intervalMillis;
        }

        @Override
        public void write(T element, Context context) throws IOException, InterruptedException {
            Object k = key.apply(element);
            if (!open.add(k)) {
                flushOpenBatch();
                open.add(k);
            }
            delegate.write(element, context);
            if (open.size() >= batchSize) {
                // the connector has just executed the batch itself
                endBatch();
            } else if (open.size() == 1 && intervalMillis > 0) {
                long batch = batchNumber;
                time.registerTimer(
                        time.getCurrentProcessingTime() + intervalMillis,
                        at -> {
                            if (!closed && batchNumber == batch && !open.isEmpty()) {
                                flushOpenBatch();
                            }
                        });
            }
        }

        private void flushOpenBatch() throws IOException, InterruptedException {
            delegate.flush(false);
            endBatch();
        }

        private void endBatch() {
            open.clear();
            batchNumber++;
        }

        @Override
        public void flush(boolean endOfInput) throws IOException, InterruptedException {
            delegate.flush(endOfInput);
            endBatch();
        }

        @Override
        public Collection<JdbcCommitable> prepareCommit() throws IOException, InterruptedException {
            return delegate.prepareCommit();
        }

        @Override
        public List<JdbcWriterState> snapshotState(long checkpointId) throws IOException {
            return delegate.snapshotState(checkpointId);
        }

        @Override
        public void close() throws Exception {
            closed = true;
            delegate.close();
        }
    }
}
