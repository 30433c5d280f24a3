package io.mellchat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code GET /api/v1/questions?sort=top&limit=50} under wrk (Debian's package) against serving. */
final class RestBench {
    static final String PATH = "/api/v1/questions?sort=top&limit=50";

    private RestBench() {}

    static void run(Report r, int port, BenchDatabase db) throws Exception {
        r.heading("REST: GET " + PATH + " (wrk)");
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            r.line("wrk is not installed (apt-get install -y wrk): skipped.");
            return;
        }
        long questions = db.count("SELECT count(*) FROM questions");
        Path out = Project.work().resolve("wrk.txt");
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                "wrk",
                                "-t2",
                                "-c32",
                                "-d15s",
                                "--latency",
                                "http://127.0.0.1:" + port + PATH));
        Process p =
                new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(out.toFile())
                        .start();
        p.waitFor(60, TimeUnit.SECONDS);
        String text = Files.readString(out);
        r.table(
                List.of("figure", "value"),
                List.of(
                        List.of(
                                "questions in the database (from the latency run)",
                                Long.toString(questions)),
                        List.of("requests/s", find(text, "Requests/sec:\\s+([\\d.]+)")),
                        List.of("latency p50", find(text, "\\s50%\\s+(\\S+)")),
                        List.of("latency p99", find(text, "\\s99%\\s+(\\S+)")),
                        List.of(
                                "non-2xx answers",
                                find(text, "Non-2xx or 3xx responses:\\s+(\\d+)", "0"))));
        r.line(
                "Settings: `"
                        + String.join(" ", cmd)
                        + "` (2 threads, 32 connections, 15 s) on the same 2 cores as serving"
                        + " and PostgreSQL; rate limits off for the measurement (MELLCHAT_RATE_LIMIT_ADDRESS=0, MELLCHAT_RATE_LIMIT_TOKEN=0).");
    }

    private static String find(String text, String regex) {
        return find(text, regex, "?");
    }

    private static String find(String text, String regex, String dflt) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : dflt;
    }
}
