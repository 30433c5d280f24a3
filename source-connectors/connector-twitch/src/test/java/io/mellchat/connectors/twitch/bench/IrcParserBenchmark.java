package io.mellchat.connectors.twitch.bench;

import io.mellchat.connectors.twitch.client.IrcMessage;
import io.mellchat.connectors.twitch.client.LineFramer;
import io.mellchat.connectors.twitch.client.TwitchEventMapper;
import io.mellchat.connectors.twitch.fake.TwitchLines;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Twitch PRIVMSG lines with tags → MellChat events on one thread, counted per line: {@value #LINES}
 * lines shaped like the real ones of platform-protocols.md §A10 (badges, badge-info, colour, emotes
 * after emoji, replies with escaped bodies, cheers, VIPs), each with its own id.
 *
 * <ul>
 *   <li>{@code linesToEvents}: parse and map (the source's work per line after framing);
 *   <li>{@code bytesToEvents}: the same from the raw socket bytes (framing and UTF-8 decoding
 *       included);
 *   <li>{@code parseOnly}: the parser alone, reading the tags the mapper reads.
 * </ul>
 *
 * <p>Run: {@code java -cp <test classpath> io.mellchat.connectors.twitch.bench.IrcParserBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class IrcParserBenchmark {
    static final int LINES = 1000;
    private static final ChannelSpec SPEC = ChannelSpec.parse("twitch:pajlada", "default");
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    private final TwitchEventMapper mapper = new TwitchEventMapper();
    private String[] lines;
    private byte[] stream;

    @Setup
    public void load() {
        lines = lines().toArray(new String[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String l : lines) {
            out.writeBytes((l + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        stream = out.toByteArray();
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void linesToEvents(Blackhole bh) {
        Sink sink = new Sink(bh);
        for (String line : lines) {
            mapper.map(SPEC, IrcMessage.parse(line), NOW, sink);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void bytesToEvents(Blackhole bh) {
        Sink sink = new Sink(bh);
        LineFramer framer =
                new LineFramer(
                        64 * 1024,
                        new LineFramer.Sink() {
                            @Override
                            public void line(String line) {
                                mapper.map(SPEC, IrcMessage.parse(line), NOW, sink);
                            }

                            @Override
                            public void tooLong(long bytes) {
                                bh.consume(bytes);
                            }
                        });
        for (int off = 0; off < stream.length; off += 16 * 1024) {
            framer.feed(stream, off, Math.min(16 * 1024, stream.length - off));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LINES)
    public void parseOnly(Blackhole bh) {
        for (String line : lines) {
            IrcMessage m = IrcMessage.parse(line);
            bh.consume(m.tagOr("id", ""));
            bh.consume(m.tagOr("badges", ""));
            bh.consume(m.tagLong("tmi-sent-ts", 0));
            bh.consume(m.lastParam());
        }
    }

    /** The benchmark's lines: real PRIVMSG shapes, each with a unique id. */
    static List<String> lines() {
        String[] templates = {
            TwitchLines.SIMPLE,
            TwitchLines.EMOTES,
            TwitchLines.EMOTE_AFTER_EMOJI,
            TwitchLines.REPLY,
            TwitchLines.CHEER,
            TwitchLines.VIP,
            TwitchLines.ACTION,
            TwitchLines.privmsg("pajlada", "some_viewer", "x", 1, "is this the new map? 🤔"),
            TwitchLines.privmsg(
                    "pajlada", "another1", "x", 1, "LUL that was close, gg everyone in chat")
        };
        List<String> out = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            String t = templates[i % templates.length];
            int id = t.indexOf(";id=") + 4;
            int end = t.indexOf(';', id);
            out.add(t.substring(0, id) + new UUID(i, i * 31L) + t.substring(end));
        }
        return out;
    }

    /** Consumes mapped events. */
    private static final class Sink implements TwitchEventMapper.Output {
        private final Blackhole bh;

        Sink(Blackhole bh) {
            this.bh = bh;
        }

        @Override
        public void event(ChatEvent event) {
            bh.consume(event);
        }

        @Override
        public void skipped(String reason, String detail) {
            throw new IllegalStateException("benchmark line skipped: " + reason + " " + detail);
        }
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(IrcParserBenchmark.class.getSimpleName()).build())
                .run();
    }
}
