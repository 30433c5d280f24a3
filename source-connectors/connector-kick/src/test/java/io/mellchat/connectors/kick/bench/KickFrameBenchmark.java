package io.mellchat.connectors.kick.bench;

import io.mellchat.connectors.kick.client.KickEvent;
import io.mellchat.connectors.kick.client.KickEventParser;
import io.mellchat.model.ChannelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Kick chat frames → MellChat events on one thread: the envelope, the string-encoded data, emote
 * tokens, badges, the timestamp and the message id, over the real captures of part C6 (a message
 * with an emote, a reply, a celebration) and a plain line. Target: at least 300,000 frames/s.
 *
 * <p>Run: {@code java -cp <test classpath> io.mellchat.connectors.kick.bench.KickFrameBenchmark
 * [--cpu-time]}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class KickFrameBenchmark {
    private static final ChannelSpec SPEC = ChannelSpec.parse("kick:litney", "default");
    private static final Instant NOW = Instant.parse("2025-07-19T03:47:46Z");

    private final KickEventParser parser = new KickEventParser(64 * 1024);
    private String[] frames;
    private int next;

    @Setup
    public void load() {
        String emote = load("c6-2-chat-message-emote");
        String plain =
                emote.replace("[emote:3989851:litneyspears4Max]", "")
                        .replace(
                                "bbcdbcfd-8619-40c2-a0d0-ae7cf4c7a932",
                                "bbcdbcfd-8619-40c2-a0d0-000000000000");
        frames = new String[] {emote, load("c6-3-reply"), plain, load("c6-4-celebration")};
    }

    @Benchmark
    public KickEvent chatFrameToEvent() {
        String frame = frames[next];
        next = (next + 1) & 3;
        return parser.parseFrame(frame, SPEC, NOW);
    }

    private static String load(String name) {
        try (InputStream in =
                KickFrameBenchmark.class.getResourceAsStream("/kick-frames/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the JMH benchmark; with {@code --cpu-time}, instead measures frames per second of the
     * benchmark thread's CPU time, a figure that stays meaningful on a busy shared machine where
     * wall-clock throughput mostly measures the other processes.
     */
    public static void main(String[] args) throws RunnerException {
        if (args.length > 0 && "--cpu-time".equals(args[0])) {
            cpuTime();
            return;
        }
        new Runner(new OptionsBuilder().include(KickFrameBenchmark.class.getSimpleName()).build())
                .run();
    }

    private static void cpuTime() {
        KickFrameBenchmark b = new KickFrameBenchmark();
        b.load();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int perRound = 200_000;
        long sink = 0;
        double[] rates = new double[10];
        for (int round = 0; round < 5 + rates.length; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                sink += System.identityHashCode(b.chatFrameToEvent());
            }
            long cpu = threads.getCurrentThreadCpuTime() - start;
            if (round >= 5) {
                rates[round - 5] = perRound / (cpu / 1e9);
            }
        }
        Arrays.sort(rates);
        System.out.printf(
                "KickFrameBenchmark.chatFrameToEvent (CPU time): median %.0f frames/s, best %.0f, worst %.0f (%d)%n",
                rates[rates.length / 2], rates[rates.length - 1], rates[0], sink & 1);
    }
}
