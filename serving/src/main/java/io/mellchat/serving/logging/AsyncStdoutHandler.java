package io.mellchat.serving.logging;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Writes formatted records to standard output from one background thread, so request threads never
 * wait on the terminal. The queue is bounded: when it is full, records are dropped and counted, and
 * the count is reported in the next record written.
 */
public final class AsyncStdoutHandler extends Handler {
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(16_384);
    private final AtomicLong dropped = new AtomicLong();
    private final PrintStream out;
    private final Thread writer;

    public AsyncStdoutHandler() {
        this.out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        setFormatter(new JsonLogFormatter());
        writer = Thread.ofPlatform().daemon().name("mellchat-log").start(this::drain);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        if (!queue.offer(getFormatter().format(record))) {
            dropped.incrementAndGet();
        }
    }

    private void drain() {
        List<String> batch = new ArrayList<>(256);
        while (true) {
            try {
                String first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, 1023);
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    out.print(
                            "{\"level\":\"WARNING\",\"logger\":\"mellchat.log\",\"msg\":\"dropped "
                                    + lost
                                    + " log records: output too slow\"}\n");
                }
                for (String s : batch) {
                    out.print(s);
                }
                out.flush();
                batch.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void flush() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!queue.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        out.flush();
    }

    @Override
    public void close() {
        flush();
        writer.interrupt();
    }
}
