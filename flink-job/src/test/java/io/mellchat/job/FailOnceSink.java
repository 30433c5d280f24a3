package io.mellchat.job;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;

/**
 * Wraps a sink and fails the job once, after a number of records, to prove that a restore from the
 * last checkpoint ends with the same results. Static counters: one failure per test run.
 */
@SuppressWarnings("deprecation")
public final class FailOnceSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;
    public static final AtomicBoolean FAILED = new AtomicBoolean();
    private static final AtomicInteger SEEN = new AtomicInteger();

    private final Sink<T> delegate;
    private final int failAfter;

    public FailOnceSink(Sink<T> delegate, int failAfter) {
        this.delegate = delegate;
        this.failAfter = failAfter;
        FAILED.set(false);
        SEEN.set(0);
    }

    @Override
    public SinkWriter<T> createWriter(InitContext context) throws IOException {
        SinkWriter<T> w = delegate.createWriter(context);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) throws IOException, InterruptedException {
                if (SEEN.incrementAndGet() == failAfter && FAILED.compareAndSet(false, true)) {
                    throw new IOException("injected failure after " + failAfter + " records");
                }
                w.write(element, ctx);
            }

            @Override
            public void flush(boolean endOfInput) throws IOException, InterruptedException {
                w.flush(endOfInput);
            }

            @Override
            public void close() throws Exception {
                w.close();
            }
        };
    }
}
