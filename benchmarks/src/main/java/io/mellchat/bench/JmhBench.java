package io.mellchat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JMH benchmarks other modules keep in their test trees ({@code **}{@code /bench/*Benchmark}),
 * each module run with its own test classpath, with short stated settings.
 */
final class JmhBench {
    static final List<String> MODULES =
            List.of(
                    "source-connectors/connector-twitch",
                    "source-connectors/connector-kick",
                    "source-connectors/connector-youtube",
                    "classifier",
                    "flink-job");
    static final List<String> SETTINGS =
            List.of("-f", "1", "-wi", "2", "-w", "1s", "-i", "3", "-r", "2s", "-foe", "false");

    private JmhBench() {}

    static void run(Report r) throws Exception {
        r.heading("JMH micro-benchmarks");
        r.line(
                "Settings: 1 fork, 2 warm-up iterations of 1 s, 3 measured iterations of 2 s (`"
                        + String.join(" ", SETTINGS)
                        + "`). Short runs on a shared machine: treat the error column seriously.\n");
        List<List<String>> rows = new ArrayList<>();
        for (String module : MODULES) {
            Path list =
                    Project.root()
                            .resolve(module)
                            .resolve("target/test-classes/META-INF/BenchmarkList");
            if (!Files.isRegularFile(list)) {
                r.line(
                        "- "
                                + module
                                + ": no compiled benchmarks (target/test-classes/META-INF/BenchmarkList missing)");
                continue;
            }
            Path json = Project.work().resolve("jmh-" + Path.of(module).getFileName() + ".json");
            Path log = Project.work().resolve("jmh-" + Path.of(module).getFileName() + ".log");
            List<String> cmd =
                    new ArrayList<>(
                            List.of(
                                    Project.java(),
                                    "-cp",
                                    Project.testClasspath(module),
                                    "org.openjdk.jmh.Main"));
            cmd.addAll(SETTINGS);
            cmd.addAll(List.of("-rf", "json", "-rff", json.toString()));
            Process p =
                    new ProcessBuilder(cmd)
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
            if (!p.waitFor(20, TimeUnit.MINUTES) || !Files.isRegularFile(json)) {
                p.destroyForcibly();
                r.line("- " + module + ": JMH failed, see " + log);
                continue;
            }
            for (JsonNode b : new ObjectMapper().readTree(json.toFile())) {
                String name = b.path("benchmark").asText();
                name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
                StringBuilder params = new StringBuilder();
                b.path("params")
                        .fields()
                        .forEachRemaining(
                                e ->
                                        params.append(e.getKey())
                                                .append('=')
                                                .append(e.getValue().asText())
                                                .append(' '));
                JsonNode m = b.path("primaryMetric");
                rows.add(
                        List.of(
                                Path.of(module).getFileName().toString(),
                                name
                                        + (params.length() > 0
                                                ? " (" + params.toString().trim() + ")"
                                                : ""),
                                b.path("mode").asText(),
                                String.format("%,.1f", m.path("score").asDouble()),
                                String.format("± %,.1f", m.path("scoreError").asDouble()),
                                m.path("scoreUnit").asText()));
            }
        }
        r.table(List.of("module", "benchmark", "mode", "score", "error (99.9%)", "unit"), rows);
    }
}
