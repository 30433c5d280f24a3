package io.mellchat.serving.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The serving benchmarks ({@code ./mellchat bench} runs them): {@code http} (GET
 * /api/v1/questions?sort=top&limit=50; target ≥ 5,000 req/s, p99 ≤ 20 ms) and {@code ws} (2,000
 * clients on one channel, 200 msg/s; target every frame delivered, p99 delay ≤ 250 ms). Starts its
 * own server on loopback against a throw-away database and Redis prefix.
 *
 * <p>Arguments: {@code [http|ws|all] [seconds]}; environment {@code BENCH_CONNECTIONS}, {@code
 * BENCH_WS_CLIENTS}, {@code BENCH_WS_RATE}.
 */
public final class ServingBench {
    private ServingBench() {}

    public static void main(String[] args) throws Exception {
        // only the report on standard output
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        String what = args.length > 0 ? args[0] : "all";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        System.out.println(
                "MellChat serving benchmarks, "
                        + Runtime.getRuntime().availableProcessors()
                        + " cores, Java "
                        + Runtime.version()
                        + ", "
                        + Instant.now());
        boolean ok = true;
        if (what.equals("http") || what.equals("all")) {
            ok &= http(seconds);
        }
        if (what.equals("ws") || what.equals("all")) {
            ok &= ws(seconds);
        }
        System.out.println(ok ? "all targets met" : "some targets missed");
        System.exit(0);
    }

    static boolean http(int seconds) throws Exception {
        int connections = Integer.parseInt(System.getenv().getOrDefault("BENCH_CONNECTIONS", "32"));
        String limit = System.getenv().getOrDefault("BENCH_RATE_LIMIT", "100000000");
        String path =
                System.getenv().getOrDefault("BENCH_PATH", "/api/v1/questions?sort=top&limit=50");
        Map<String, String> env =
                Map.of(
                        "MELLCHAT_RATE_LIMIT_ADDRESS", limit,
                        "MELLCHAT_RATE_LIMIT_TOKEN", limit,
                        "MELLCHAT_PG_POOL_SIZE", "16");
        try (BenchServer s = new BenchServer(env)) {
            var d = s.stack.data();
            for (int i = 0; i < 300; i++) {
                d.question(
                        "twitch",
                        "bench",
                        "default",
                        "bench question number " + i + " about keyboards and things?",
                        Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i),
                        i % 37,
                        1 + i % 3,
                        (i % 11) / 10.0,
                        false);
            }
            HttpBench.Result r =
                    HttpBench.run(
                            s.port(),
                            path,
                            connections,
                            Duration.ofSeconds(5),
                            Duration.ofSeconds(seconds));
            System.out.println(
                    HttpBench.report(
                            "GET "
                                    + path
                                    + ", "
                                    + connections
                                    + " connections, rate limit "
                                    + limit
                                    + "/min",
                            r));
            boolean met =
                    r.rate() >= 5_000
                            && r.latency().percentileMillis(0.99) <= 20
                            && r.errors() == 0;
            System.out.println(
                    "  target >= 5000 req/s and p99 <= 20 ms: " + (met ? "met" : "MISSED"));
            return met;
        }
    }

    static boolean ws(int seconds) throws Exception {
        int clients = Integer.parseInt(System.getenv().getOrDefault("BENCH_WS_CLIENTS", "2000"));
        int rate = Integer.parseInt(System.getenv().getOrDefault("BENCH_WS_RATE", "200"));
        try (BenchServer s =
                new BenchServer(
                        Map.of(
                                "MELLCHAT_WS_BATCH_MS",
                                System.getenv().getOrDefault("MELLCHAT_WS_BATCH_MS", "50")))) {
            WsFanoutBench.Result r =
                    WsFanoutBench.run(s, clients, rate, Duration.ofSeconds(seconds));
            System.out.println(WsFanoutBench.report(r));
            boolean met = r.delivered() == r.expected() && r.delay().percentileMillis(0.99) <= 250;
            System.out.println(
                    "  target every frame delivered and p99 <= 250 ms: "
                            + (met ? "met" : "MISSED"));
            return met;
        }
    }
}
