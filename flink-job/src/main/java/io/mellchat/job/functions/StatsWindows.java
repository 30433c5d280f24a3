package io.mellchat.job.functions;

import io.mellchat.job.records.StatsAccumulator;
import io.mellchat.job.records.StatsEvent;
import io.mellchat.job.records.StatsRow;
import io.mellchat.model.ChatJson;
import java.time.Duration;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Windowed statistics: messages, questions, unique chatters, upvotes and per-category counts in
 * tumbling event-time windows, per channel and per stream. A window fires when the watermark passes
 * its end, and again for every late event within the allowed lateness (rows are upserts of absolute
 * counts).
 */
public final class StatsWindows {
    private StatsWindows() {}

    /** Per channel ({@code perChannel}) or per stream. */
    public static DataStream<StatsRow> of(
            DataStream<StatsEvent> events,
            Duration size,
            Duration lateness,
            boolean perChannel,
            String name) {
        return events.keyBy(perChannel ? new ByChannel() : new ByStream())
                .window(TumblingEventTimeWindows.of(size))
                .allowedLateness(lateness)
                .aggregate(new Count(), new ToRow(perChannel))
                .name(name)
                .uid(name);
    }

    static final class ByChannel implements KeySelector<StatsEvent, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(StatsEvent e) {
            return e.stream + "\n" + e.platform + "\n" + e.channel;
        }
    }

    static final class ByStream implements KeySelector<StatsEvent, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(StatsEvent e) {
            return e.stream;
        }
    }

    /** Counts the events of a window. */
    public static final class Count
            implements AggregateFunction<StatsEvent, StatsAccumulator, StatsAccumulator> {
        private static final long serialVersionUID = 1L;

        @Override
        public StatsAccumulator createAccumulator() {
            return new StatsAccumulator();
        }

        @Override
        public StatsAccumulator add(StatsEvent e, StatsAccumulator acc) {
            acc.add(e);
            return acc;
        }

        @Override
        public StatsAccumulator getResult(StatsAccumulator acc) {
            return acc;
        }

        @Override
        public StatsAccumulator merge(StatsAccumulator a, StatsAccumulator b) {
            return a.merge(b);
        }
    }

    /** Turns a window's counts into its row. */
    static final class ToRow
            extends ProcessWindowFunction<StatsAccumulator, StatsRow, String, TimeWindow> {
        private static final long serialVersionUID = 1L;
        private final boolean perChannel;

        ToRow(boolean perChannel) {
            this.perChannel = perChannel;
        }

        @Override
        public void process(
                String key,
                Context ctx,
                Iterable<StatsAccumulator> counts,
                Collector<StatsRow> out) {
            StatsAccumulator acc = counts.iterator().next();
            StatsRow r = new StatsRow();
            if (perChannel) {
                String[] parts = key.split("\n", 3);
                r.stream = parts[0];
                r.platform = parts[1];
                r.channel = parts[2];
            } else {
                r.stream = key;
                r.platform = StatsRow.ALL;
                r.channel = StatsRow.ALL;
            }
            r.windowStart = ctx.window().getStart();
            r.windowEnd = ctx.window().getEnd();
            r.messages = acc.messages;
            r.questions = acc.questions;
            r.uniqueChatters = acc.chatters.size();
            r.upvotes = acc.upvotes;
            r.categoriesJson = ChatJson.write(new java.util.TreeMap<>(acc.categories));
            out.collect(r);
        }
    }
}
