package io.mellchat.job;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;

/**
 * Wraps a sink and fails the job once, after a number of records, to prove that a restore from the
 * last checkpoint ends with the same results. Each named instance fails once per JVM run of a test.
 */
@SuppressWarnings("deprecation")
public final class FailOnceSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;
    private static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();
    private static final Map<String, AtomicBoolean> FAILED = new ConcurrentHashMap<>();

    private final Sink<T> delegate;
    private final String name;
    private final int failAfter;

    public FailOnceSink(Sink<T> delegate, String name, int failAfter) {
        this.delegate = delegate;
        this.name = name;
        this.failAfter = failAfter;
        SEEN.put(name, new AtomicInteger());
        FAILED.put(name, new AtomicBoolean());
    }

    /** Whether the named sink has failed the job. */
    public static boolean failed(String name) {
        AtomicBoolean f = FAILED.get(name);
        return f != null && f.get();
    }

    @Override
    public SinkWriter<T> createWriter(InitContext context) throws IOException {
        SinkWriter<T> w = delegate.createWriter(context);
        AtomicInteger seen = SEEN.get(name);
        AtomicBoolean failed = FAILED.get(name);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) throws IOException, InterruptedException {
                if (seen.incrementAndGet() == failAfter && failed.compareAndSet(false, true)) {
                    throw new IOException(
                            "injected failure in " + name + " after " + failAfter + " records");
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
