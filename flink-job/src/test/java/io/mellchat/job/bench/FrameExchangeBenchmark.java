package io.mellchat.job.bench;

import io.mellchat.job.Events;
import io.mellchat.job.functions.Frames;
import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.FrameItemSerializer;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
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

/**
 * The exchange in front of the frame batcher, which every chat message crosses as a frame: one
 * frame item written and read back, with {@link FrameItemSerializer} and, for comparison, with the
 * POJO serializer Flink would choose for the class.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class FrameExchangeBenchmark {
    private final DataOutputSerializer out = new DataOutputSerializer(1024);
    private final DataInputDeserializer in = new DataInputDeserializer();
    private final TypeSerializer<FrameItem> pojo =
            TypeInformation.of(FrameItem.class).createSerializer(new SerializerConfigImpl());
    private FrameItem frame;

    @Setup
    public void frame() {
        frame =
                Frames.message(
                        Events.msg(
                                "c0ffee00-1234-4bcd-9def-000000000042",
                                "viewer_4711",
                                "how do you beat the second boss without the double jump? Kappa",
                                42));
    }

    @Benchmark
    public FrameItem frameItemSerializer() throws IOException {
        return roundTrip(FrameItemSerializer.INSTANCE);
    }

    @Benchmark
    public FrameItem pojoSerializer() throws IOException {
        return roundTrip(pojo);
    }

    private FrameItem roundTrip(TypeSerializer<FrameItem> s) throws IOException {
        out.clear();
        s.serialize(frame, out);
        in.setBuffer(out.getSharedBuffer(), 0, out.length());
        return s.deserialize(in);
    }
}
