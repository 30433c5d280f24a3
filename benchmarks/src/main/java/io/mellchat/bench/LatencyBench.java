package io.mellchat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End-to-end latency: a recording replayed at its own pace (2,000 messages/s over three channels)
 * through the job as {@code ./mellchat run} runs it (embedded MiniCluster) → Redis → the real
 * serving process → a WebSocket client. Latency = when the client got a message − the message's
 * timestamp (the moment the replay source emitted it; same clock). The first 10 s are warm-up and
 * reported separately. Then REST is measured with wrk against the same serving process and the
 * questions the job stored.
 */
final class LatencyBench {
    static final int WARMUP_SECONDS = 10;

    private LatencyBench() {}

    static void run(Report r, int rate, int seconds, boolean rest) throws Exception {
        r.heading(
                "End-to-end latency: replay at "
                        + rate
                        + " msg/s → job → Redis → serving → WebSocket client");
        Path work = Project.work();
        int messages = rate * seconds;
        Path recording =
                ChatTraffic.write(
                        work.resolve("latency.jsonl"), "lat", messages, 3, seconds * 1000L);
        try (BenchDatabase db = new BenchDatabase()) {
            int port = Processes.freePort();
            Process serving =
                    Processes.serving(
                            Map.of(
                                    "MELLCHAT_PG_URL", db.config().url(),
                                    // the REST measurement afterwards must not hit rate limits
                                    "MELLCHAT_RATE_LIMIT_ADDRESS", "0",
                                    "MELLCHAT_RATE_LIMIT_TOKEN", "0"),
                            port,
                            work.resolve("latency-serving.log"));
            Process job = null;
            Client client = new Client();
            try {
                String channels =
                        "twitch:"
                                + ChatTraffic.channel("lat", 0)
                                + ",youtube:"
                                + ChatTraffic.channel("lat", 1)
                                + ",kick:"
                                + ChatTraffic.channel("lat", 2);
                WebSocket ws =
                        HttpClient.newHttpClient()
                                .newWebSocketBuilder()
                                .buildAsync(
                                        URI.create(
                                                "ws://127.0.0.1:"
                                                        + port
                                                        + "/ws?channels="
                                                        + channels),
                                        client)
                                .join();
                job =
                        Processes.job(
                                Map.of("MELLCHAT_PG_URL", db.config().url()),
                                work.resolve("latency-job.log"),
                                "--replay",
                                recording.toString(),
                                "--speed",
                                "1");
                long end = System.nanoTime() + Duration.ofSeconds(seconds + 120).toNanos();
                while (client.received.get() < messages
                        && System.nanoTime() < end
                        && job.isAlive()) {
                    Thread.sleep(500);
                }
                Processes.stop(job);
                job = null;
                ws.abort();
                report(r, client, messages);
                if (rest) {
                    RestBench.run(r, port, db);
                }
            } finally {
                Processes.stop(job);
                Processes.stop(serving);
            }
        }
    }

    private static void report(Report r, Client c, int messages) {
        long first = c.firstTimestamp.get();
        long[] all = c.samples.stream().mapToLong(s -> s[1]).toArray();
        long[] steady =
                c.samples.stream()
                        .filter(s -> s[0] >= first + WARMUP_SECONDS * 1000L)
                        .mapToLong(s -> s[1])
                        .toArray();
        Stats a = new Stats(all);
        Stats s = new Stats(steady);
        r.table(
                List.of("", "messages", "p50", "p99", "max"),
                List.of(
                        List.of(
                                "after " + WARMUP_SECONDS + " s warm-up",
                                String.format("%,d", s.count()),
                                s.percentile(50) + " ms",
                                s.percentile(99) + " ms",
                                s.max() + " ms"),
                        List.of(
                                "whole run",
                                String.format("%,d of %,d", a.count(), messages),
                                a.percentile(50) + " ms",
                                a.percentile(99) + " ms",
                                a.max() + " ms")));
        r.line(
                String.format(
                        "Targets p50 ≤ 30 ms, p99 ≤ 150 ms (steady state): p50 %s, p99 %s. Includes the job's frame batching"
                                + " (MELLCHAT_FRAME_BATCH_INTERVAL 10 ms) and serving's WebSocket batching (MELLCHAT_WS_BATCH_MS 25 ms).",
                        s.percentile(50) <= 30 ? "met" : "missed",
                        s.percentile(99) <= 150 ? "met" : "missed"));
    }

    /** Records, for every chat message in a frame, (message time, latency) in ms. */
    static final class Client implements WebSocket.Listener {
        private static final ObjectMapper JSON = new ObjectMapper();
        final ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        final AtomicLong received = new AtomicLong();
        final AtomicLong firstTimestamp = new AtomicLong(Long.MAX_VALUE);
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                long now = System.currentTimeMillis();
                try {
                    JsonNode f = JSON.readTree(partial.toString());
                    if ("message".equals(f.path("type").asText())) {
                        JsonNode d = f.path("data");
                        for (JsonNode m : d.isArray() ? d : List.of(d)) {
                            if (m.path("platform_message_id").asText().startsWith("lat-")) {
                                long ts =
                                        Instant.parse(m.path("timestamp").asText()).toEpochMilli();
                                firstTimestamp.accumulateAndGet(ts, Math::min);
                                samples.add(new long[] {ts, now - ts});
                                received.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    // not a chat frame
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }
}
