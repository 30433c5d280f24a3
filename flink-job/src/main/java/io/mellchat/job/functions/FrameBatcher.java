package io.mellchat.job.functions;

import com.fasterxml.jackson.databind.node.TextNode;
import io.mellchat.job.records.FrameItem;
import io.mellchat.job.records.RedisFrame;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Batches the messages of one channel (keyed by {@code platform:channel}) into one {@code message}
 * frame, so that a hot channel is not one Redis round trip per message: a batch is published after
 * {@code interval} or at {@code max} messages, whichever comes first. Other frames flush the batch
 * before them, keeping the order clients see.
 */
public class FrameBatcher extends KeyedProcessFunction<String, FrameItem, RedisFrame> {
    private static final long serialVersionUID = 1L;

    private final long intervalMillis;
    private final int max;

    private transient ListState<String> batch;
    private transient ValueState<FrameItem> head;
    private transient ValueState<Integer> size;
    private transient ValueState<Long> timer;
    private transient ValueState<Long> eventTimer;

    public FrameBatcher(long intervalMillis, int max) {
        this.intervalMillis = intervalMillis;
        this.max = max;
    }

    @Override
    public void open(OpenContext context) {
        batch = getRuntimeContext().getListState(new ListStateDescriptor<>("batch", Types.STRING));
        head = getRuntimeContext().getState(new ValueStateDescriptor<>("head", FrameItem.class));
        size = getRuntimeContext().getState(new ValueStateDescriptor<>("size", Types.INT));
        timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Types.LONG));
        eventTimer =
                getRuntimeContext().getState(new ValueStateDescriptor<>("event-timer", Types.LONG));
    }

    @Override
    public void processElement(FrameItem item, Context ctx, Collector<RedisFrame> out)
            throws Exception {
        if (!FrameItem.MESSAGE.equals(item.type)) {
            flush(ctx.timerService(), out);
            out.collect(new RedisFrame(item.redisChannel, item.json));
            return;
        }
        batch.add(item.json);
        int n = size.value() == null ? 1 : size.value() + 1;
        if (n == 1) {
            FrameItem h =
                    new FrameItem(
                            item.type,
                            item.redisChannel,
                            item.stream,
                            item.platform,
                            item.channel,
                            "");
            head.update(h);
        }
        size.update(n);
        if (n >= max) {
            flush(ctx.timerService(), out);
        } else if (timer.value() == null) {
            long at = ctx.timerService().currentProcessingTime() + intervalMillis;
            ctx.timerService().registerProcessingTimeTimer(at);
            timer.update(at);
            // a bounded input ends with the final watermark, which fires event-time timers only
            Long ts = ctx.timestamp();
            if (ts != null && eventTimer.value() == null) {
                ctx.timerService().registerEventTimeTimer(ts);
                eventTimer.update(ts);
            }
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<RedisFrame> out)
            throws Exception {
        if (ctx.timeDomain() == org.apache.flink.streaming.api.TimeDomain.EVENT_TIME) {
            eventTimer.clear();
        } else {
            timer.clear();
        }
        flush(ctx.timerService(), out);
    }

    private void flush(
            org.apache.flink.streaming.api.TimerService timers, Collector<RedisFrame> out)
            throws Exception {
        Integer n = size.value();
        if (n == null || n == 0) {
            return;
        }
        FrameItem h = head.value();
        List<String> items = new ArrayList<>(n);
        batch.get().forEach(items::add);
        StringBuilder sb = new StringBuilder(64 + items.size() * 400);
        sb.append("{\"type\":\"message\",\"stream\":")
                .append(quote(h.stream))
                .append(",\"platform\":")
                .append(quote(h.platform))
                .append(",\"channel\":")
                .append(quote(h.channel))
                .append(",\"data\":[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(items.get(i));
        }
        sb.append("]}");
        out.collect(new RedisFrame(h.redisChannel, sb.toString()));
        batch.clear();
        size.clear();
        head.clear();
        Long t = timer.value();
        if (t != null) {
            timers.deleteProcessingTimeTimer(t);
            timer.clear();
        }
        Long e = eventTimer.value();
        if (e != null) {
            timers.deleteEventTimeTimer(e);
            eventTimer.clear();
        }
    }

    private static String quote(String s) {
        return new TextNode(s).toString();
    }
}
