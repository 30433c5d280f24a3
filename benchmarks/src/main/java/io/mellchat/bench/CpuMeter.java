package io.mellchat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a benchmark's CPU went: the job process, PostgreSQL's and Redis's processes, and the
 * machine as a whole, including the time the hypervisor gave to other guests ({@code steal}). On a
 * virtual machine whose speed drifts, CPU time per message is a steadier figure than messages per
 * second. Reads {@code /proc} (Linux); elsewhere {@link #available()} is false.
 */
final class CpuMeter {
    /** CPU used between two readings, in seconds, and the machine's share of it. */
    record Usage(
            double job, double postgres, double redis, double busy, double steal, double wall) {
        /** The machine's cores fully used for {@code wall} seconds. */
        double capacity() {
            return wall * Runtime.getRuntime().availableProcessors();
        }
    }

    /** A reading: per-process CPU times and the machine's counters. */
    static final class Reading {
        private final long at = System.nanoTime();
        private final Map<Long, Double> postgres;
        private final Map<Long, Double> redis;
        private final double job;
        private final long[] machine;

        private Reading(
                double job, Map<Long, Double> postgres, Map<Long, Double> redis, long[] machine) {
            this.job = job;
            this.postgres = postgres;
            this.redis = redis;
            this.machine = machine;
        }
    }

    private static final Path PROC = Path.of("/proc");

    /** Linux reports process and machine times in ticks of 1/100 s on every architecture. */
    private static final double USER_HZ = 100.0;

    private final ProcessHandle job;

    CpuMeter(ProcessHandle job) {
        this.job = job;
    }

    static boolean available() {
        return Files.isReadable(PROC.resolve("stat"));
    }

    Reading read() {
        Map<Long, Double> pg = new HashMap<>();
        Map<Long, Double> redis = new HashMap<>();
        try (Stream<Path> procs = Files.list(PROC)) {
            procs.forEach(
                    dir -> {
                        String name = dir.getFileName().toString();
                        if (!name.chars().allMatch(Character::isDigit)) {
                            return;
                        }
                        // comm, not the executable: Debian's redis-server is a link to
                        // redis-check-rdb
                        String comm = read(dir.resolve("comm")).strip();
                        if (comm.equals("postgres")) {
                            pg.put(Long.parseLong(name), cpu(dir));
                        } else if (comm.startsWith("redis-server")) {
                            redis.put(Long.parseLong(name), cpu(dir));
                        }
                    });
        } catch (IOException e) {
            // no /proc: only the job's figure is known
        }
        return new Reading(cpu(PROC.resolve(Long.toString(job.pid()))), pg, redis, machine());
    }

    /** CPU used between {@code a} and {@code b}; processes started in between count in full. */
    static Usage between(Reading a, Reading b) {
        long[] m = new long[b.machine.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = b.machine[i] - a.machine[i];
        }
        // /proc/stat cpu line: user nice system idle iowait irq softirq steal (in USER_HZ ticks)
        double busy = (m[0] + m[1] + m[2] + m[5] + m[6]) / USER_HZ;
        double steal = m[7] / USER_HZ;
        return new Usage(
                b.job - a.job,
                delta(a.postgres, b.postgres),
                delta(a.redis, b.redis),
                busy,
                steal,
                (b.at - a.at) / 1e9);
    }

    private static double delta(Map<Long, Double> a, Map<Long, Double> b) {
        double sum = 0;
        for (Map.Entry<Long, Double> e : b.entrySet()) {
            sum += e.getValue() - a.getOrDefault(e.getKey(), 0.0);
        }
        return sum;
    }

    /** utime + stime of {@code /proc/PID/stat}, in seconds; 0 once the process is gone. */
    private static double cpu(Path proc) {
        String stat = read(proc.resolve("stat"));
        // the command name in parentheses may hold spaces: fields are counted after its ')'
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return 0;
        }
        String[] f = stat.substring(close + 2).split(" ");
        // after ')': state is field 3 of stat(5), so utime (14) and stime (15) are at 11 and 12
        return f.length > 12 ? (Long.parseLong(f[11]) + Long.parseLong(f[12])) / USER_HZ : 0;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }

    private static long[] machine() {
        try {
            for (String line : Files.readAllLines(PROC.resolve("stat"))) {
                if (line.startsWith("cpu ")) {
                    String[] f = line.trim().split("\\s+");
                    long[] v = new long[8];
                    for (int i = 0; i < v.length && i + 1 < f.length; i++) {
                        v[i] = Long.parseLong(f[i + 1]);
                    }
                    return v;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc: the machine's figures stay zero
        }
        return new long[8];
    }
}
