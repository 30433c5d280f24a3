package io.mellchat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: cores, CPU model, memory, JDK, OS, and how busy it was. */
final class Machine {
    private Machine() {}

    static void describe(Report r) {
        r.heading("Machine");
        r.table(
                List.of("what", "value"),
                List.of(
                        List.of(
                                "cores (nproc)",
                                Integer.toString(Runtime.getRuntime().availableProcessors())),
                        List.of("CPU", cpuModel()),
                        List.of("memory", memory()),
                        List.of(
                                "JDK",
                                System.getProperty("java.vm.name") + " " + Runtime.version()),
                        List.of(
                                "OS",
                                System.getProperty("os.name")
                                        + " "
                                        + System.getProperty("os.version")),
                        List.of("load average at start (1/5/15 min)", loadAverage())));
    }

    static String loadAverage() {
        String l = read("/proc/loadavg");
        String[] p = l.split("\\s+");
        return p.length >= 3 ? p[0] + " " + p[1] + " " + p[2] : "unknown";
    }

    private static String cpuModel() {
        for (String line : read("/proc/cpuinfo").split("\n")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        for (String line : read("/proc/meminfo").split("\n")) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
