package io.mellchat.serving.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WebSocket fan-out: many clients on one channel, messages published on Redis at a fixed rate (one
 * message per frame, the worst case); every client counts the messages it receives and the delay
 * from publish to receipt. Clients are minimal WebSocket readers on virtual threads.
 */
final class WsFanoutBench {
    private static final String MARKER_TEXT = "\"message\":\"bench ";

    /** Receives the bytes of one text message (buffer, length). */
    interface TextSink {
        void accept(byte[] buf, int len);
    }

    record Result(
            int clients,
            long published,
            long expected,
            long delivered,
            long closedEarly,
            DelayHistogram delay,
            double seconds) {}

    static Result run(BenchServer server, int clients, int ratePerSecond, Duration duration)
            throws Exception {
        String channel = "twitch:fanout";
        CountDownLatch connected = new CountDownLatch(clients);
        AtomicLong delivered = new AtomicLong();
        AtomicInteger closedEarly = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean finished =
                new java.util.concurrent.atomic.AtomicBoolean();
        DelayHistogram all = new DelayHistogram();
        List<Thread> readers = new ArrayList<>();
        List<Socket> sockets = new ArrayList<>();
        int port = server.port();
        for (int i = 0; i < clients; i++) {
            Socket s = new Socket("127.0.0.1", port);
            synchronized (sockets) {
                sockets.add(s);
            }
            readers.add(
                    Thread.ofVirtual()
                            .start(
                                    () -> {
                                        try {
                                            read(
                                                    s,
                                                    port,
                                                    "/ws?channels=" + channel,
                                                    connected,
                                                    (buf, len) -> {
                                                        long now = System.nanoTime();
                                                        // Latin-1: a plain copy, then the intrinsic
                                                        // indexOf
                                                        String text =
                                                                new String(
                                                                        buf,
                                                                        0,
                                                                        len,
                                                                        StandardCharsets
                                                                                .ISO_8859_1);
                                                        int idx = 0;
                                                        while ((idx =
                                                                        text.indexOf(
                                                                                MARKER_TEXT, idx))
                                                                >= 0) {
                                                            int p =
                                                                    text.indexOf(
                                                                                    ' ',
                                                                                    idx
                                                                                            + MARKER_TEXT
                                                                                                    .length())
                                                                            + 1;
                                                            long sent = 0;
                                                            while (text.charAt(p) >= '0'
                                                                    && text.charAt(p) <= '9') {
                                                                sent =
                                                                        sent * 10
                                                                                + (text.charAt(p)
                                                                                        - '0');
                                                                p++;
                                                            }
                                                            all.record(now - sent);
                                                            delivered.incrementAndGet();
                                                            idx = p;
                                                        }
                                                    });
                                        } catch (IOException e) {
                                            if (!finished.get()) {
                                                closedEarly.incrementAndGet();
                                            }
                                        }
                                    }));
            if (i % 100 == 99) {
                Thread.sleep(20); // ramp up connections
            }
        }
        connected.await();
        // let the snapshots go out
        Thread.sleep(2_000);
        String redisChannel = server.stack.prefix() + "messages:twitch:fanout";
        var redis = server.stack.ctx().redis().pool();
        // warm-up at the same rate (not measured: "warmup" lines do not match the marker)
        publish(
                redis,
                redisChannel,
                "warmup",
                ratePerSecond,
                (long) ratePerSecond * WARMUP_SECONDS);
        Thread.sleep(1_000);
        long total = (long) ratePerSecond * duration.toSeconds();
        long t0 = System.nanoTime();
        publish(redis, redisChannel, "bench", ratePerSecond, total);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long expected = total * clients;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (delivered.get() < expected - closedEarly.get() * total
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        finished.set(true);
        for (Socket s : sockets) {
            s.close();
        }
        for (Thread t : readers) {
            t.join(5_000);
        }
        return new Result(
                clients, total, expected, delivered.get(), closedEarly.get(), all, seconds);
    }

    private static final int WARMUP_SECONDS = 5;

    /** Publishes {@code count} one-message frames at {@code rate} per second. */
    private static void publish(
            redis.clients.jedis.JedisPooled redis,
            String channel,
            String label,
            int rate,
            long count) {
        long interval = 1_000_000_000L / rate;
        long t0 = System.nanoTime();
        for (long n = 0; n < count; n++) {
            long wait = t0 + n * interval - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            redis.publish(
                    channel,
                    "{\"type\":\"message\",\"stream\":\"default\",\"platform\":\"twitch\",\"channel\":\"fanout\",\"data\":[{\"id\":\""
                            + java.util.UUID.randomUUID()
                            + "\",\"platform\":\"twitch\",\"channel\":\"fanout\",\"stream\":\"default\",\"platform_message_id\":\"p"
                            + label
                            + n
                            + "\",\"user_id\":\"1\",\"username\":\"viewer\",\"display_name\":\"Viewer\",\"message\":\""
                            + label
                            + " "
                            + n
                            + " "
                            + System.nanoTime()
                            + "\",\"timestamp\":\"2025-01-01T00:00:00Z\",\"kind\":\"chat\",\"badges\":[],\"color\":\"#ff0000\",\"emotes\":[],\"upvotes\":0,\"deleted\":false}]}");
        }
    }

    /** Upgrades, then hands every text message to the consumer until the socket ends. */
    private static void read(
            Socket s, int port, String path, CountDownLatch connected, TextSink onText)
            throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(
                ("GET "
                                + path
                                + " HTTP/1.1\r\nHost: 127.0.0.1:"
                                + port
                                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        DataInputStream in =
                new DataInputStream(new BufferedInputStream(s.getInputStream(), 64 * 1024));
        int matched = 0;
        while (matched < 4) { // \r\n\r\n
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed during handshake");
            }
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        connected.countDown();
        byte[] message = new byte[64 * 1024];
        int length = 0;
        while (true) {
            int b0 = in.read();
            if (b0 < 0) {
                return;
            }
            int b1 = in.readUnsignedByte();
            long len = b1 & 0x7f;
            if (len == 126) {
                len = in.readUnsignedShort();
            } else if (len == 127) {
                len = in.readLong();
            }
            int opcode = b0 & 0x0f;
            boolean fin = (b0 & 0x80) != 0;
            if (length + len > message.length) {
                message =
                        java.util.Arrays.copyOf(
                                message, (int) Math.max(message.length * 2L, length + len));
            }
            in.readFully(message, length, (int) len);
            if (opcode == 8) {
                return;
            }
            if (opcode == 1 || opcode == 0) {
                length += (int) len;
                if (fin) {
                    onText.accept(message, length);
                    length = 0;
                }
            }
        }
    }

    static String report(Result r) {
        return String.format(
                "WebSocket fan-out: %d clients, %d messages at %.0f msg/s; delivered %d of %d (%.4f%%), %d clients closed early; delay %s",
                r.clients(),
                r.published(),
                r.published() / r.seconds(),
                r.delivered(),
                r.expected(),
                100.0 * r.delivered() / Math.max(1, r.expected()),
                r.closedEarly(),
                r.delay().summary());
    }
}
