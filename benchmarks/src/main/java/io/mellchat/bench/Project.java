package io.mellchat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paths of this checkout's build outputs and how to start its processes. */
final class Project {
    private Project() {}

    static Path root() {
        return Path.of(System.getProperty("mellchat.root", ".")).toAbsolutePath().normalize();
    }

    static Path work() throws IOException {
        Path p = root().resolve("benchmarks/target/bench-work");
        Files.createDirectories(p);
        return p;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test classpath Maven wrote for a module ({@code target/test-classpath.txt}). */
    static String testClasspath(String module) {
        Path m = root().resolve(module).resolve("target");
        return m.resolve("test-classes")
                + ":"
                + m.resolve("classes")
                + ":"
                + read(m.resolve("test-classpath.txt"));
    }

    /** The job's local classpath, as {@code ./mellchat run} uses it. */
    static String jobClasspath() {
        Path t = root().resolve("flink-job/target");
        return t.resolve("classes") + ":" + read(t.resolve("local-classpath.txt"));
    }

    /** JVM flags Flink needs on JDK 17+ (the root pom's flink.jvm.opens) and on JDK 24+. */
    static List<String> flinkJvmFlags() {
        Matcher m =
                Pattern.compile("<flink.jvm.opens>([^<]+)</")
                        .matcher(read(root().resolve("pom.xml")));
        List<String> flags = new ArrayList<>();
        if (m.find()) {
            flags.addAll(List.of(m.group(1).trim().split("\\s+")));
        }
        if (Runtime.version().feature() >= 24) {
            flags.add("--enable-native-access=ALL-UNNAMED");
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        return flags;
    }

    static String read(Path p) {
        try {
            return Files.readString(p).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "missing " + p + " (run ./mellchat bench, which builds it)", e);
        }
    }
}
