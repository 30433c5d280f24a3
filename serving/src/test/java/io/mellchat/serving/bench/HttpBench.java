package io.mellchat.serving.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP/1.1 load (keep-alive connections, one virtual thread each) against one URL path,
 * bounded in time; reports throughput and latency percentiles. Only loopback targets.
 */
final class HttpBench {
    record Result(long requests, long errors, double seconds, Histogram latency) {
        double rate() {
            return requests / seconds;
        }
    }

    static Result run(int port, String path, int connections, Duration warmup, Duration duration)
            throws InterruptedException {
        byte[] request =
                ("GET "
                                + path
                                + " HTTP/1.1\r\nHost: 127.0.0.1:"
                                + port
                                + "\r\nAccept: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        Histogram all = new Histogram();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            threads.add(
                    Thread.ofVirtual()
                            .start(
                                    () -> {
                                        Histogram h = new Histogram();
                                        while (System.nanoTime() < end) {
                                            try (Socket s = new Socket("127.0.0.1", port)) {
                                                s.setTcpNoDelay(true);
                                                OutputStream out = s.getOutputStream();
                                                InputStream in =
                                                        new BufferedInputStream(
                                                                s.getInputStream(), 64 * 1024);
                                                while (System.nanoTime() < end) {
                                                    long t0 = System.nanoTime();
                                                    out.write(request);
                                                    out.flush();
                                                    int status = readResponse(in);
                                                    long t1 = System.nanoTime();
                                                    if (status != 200) {
                                                        errors.incrementAndGet();
                                                    } else if (t0 >= measureFrom) {
                                                        h.record(t1 - t0);
                                                    }
                                                }
                                            } catch (IOException e) {
                                                errors.incrementAndGet();
                                            }
                                        }
                                        all.add(h);
                                    }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(all.count(), errors.get(), duration.toNanos() / 1e9, all);
    }

    /** Reads one response; returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int status = -1;
        long length = -1;
        boolean chunked = false;
        while (true) {
            line.setLength(0);
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            if (line.isEmpty()) {
                break;
            }
            String l = line.toString();
            if (status < 0) {
                status = Integer.parseInt(l.substring(9, 12));
            } else if (l.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Long.parseLong(l.substring(15).trim());
            } else if (l.regionMatches(true, 0, "Transfer-Encoding:", 0, 18)
                    && l.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            throw new IOException("chunked responses are not expected here");
        }
        in.skipNBytes(Math.max(0, length));
        return status;
    }

    static String report(String what, Result r) {
        return String.format(
                "%s: %.0f req/s over %.0f s (%d requests, %d errors); latency %s [%s]",
                what,
                r.rate(),
                r.seconds(),
                r.requests(),
                r.errors(),
                r.latency().summary(),
                Instant.now());
    }
}
