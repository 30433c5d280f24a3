package io.mellchat.job.functions;

import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Lets event time advance while chat is quiet: a stream is joined with the heartbeat's ticks (whose
 * watermark follows the wall clock), so the operator after it sees the lesser of the two watermarks
 * — the chat's while chat flows, the clock's while every chat source is idle. Without it, the last
 * stats window and trending decay would wait for the next message.
 */
public final class WatermarkPacer {
    private static final MapStateDescriptor<Void, Void> NO_STATE =
            new MapStateDescriptor<>("pacer", Types.VOID, Types.VOID);

    private WatermarkPacer() {}

    /** The ticks, broadcast to every subtask. */
    public static BroadcastStream<Long> broadcast(DataStream<Long> ticks) {
        return ticks.broadcast(NO_STATE);
    }

    public static <T> SingleOutputStreamOperator<T> pace(
            DataStream<T> stream, BroadcastStream<Long> ticks, String name) {
        return stream.connect(ticks)
                .process(new PassThrough<T>(), stream.getType())
                .name(name)
                .uid(name);
    }

    private static final class PassThrough<T> extends BroadcastProcessFunction<T, Long, T> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(T value, ReadOnlyContext ctx, Collector<T> out) {
            out.collect(value);
        }

        @Override
        public void processBroadcastElement(Long tick, Context ctx, Collector<T> out) {}
    }
}
