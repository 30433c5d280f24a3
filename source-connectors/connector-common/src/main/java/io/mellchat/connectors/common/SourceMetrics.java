package io.mellchat.connectors.common;

import io.mellchat.model.Platform;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics of a platform source, safe to update from protocol threads: {@code
 * mellchat_source_skipped_total{platform,reason}} for every skipped input (each reason logged
 * once), and per channel {@code messages} (+ a per-second meter), {@code reconnects}, {@code
 * parseFailures} and {@code lastMessageTime} (epoch ms).
 */
public final class SourceMetrics {
    private static final Logger LOG = LoggerFactory.getLogger(SourceMetrics.class);

    private final MetricGroup group;
    private final Platform platform;
    private final Map<String, Counter> skipped = new ConcurrentHashMap<>();
    private final Map<String, ChannelMetrics> channels = new ConcurrentHashMap<>();

    public SourceMetrics(MetricGroup group, Platform platform) {
        this.group = group.addGroup("platform", platform.id());
        this.platform = platform;
    }

    /** Counts a skipped input and logs the first one of each reason with its context. */
    public void skipped(String reason, String context) {
        Counter c =
                skipped.computeIfAbsent(
                        reason,
                        r -> {
                            LOG.warn(
                                    "{}: skipping input ({}), further ones are only counted: {}",
                                    platform,
                                    r,
                                    abbreviate(context));
                            return group.addGroup("reason", r)
                                    .counter(
                                            "mellchat_source_skipped_total",
                                            new ThreadSafeSimpleCounter());
                        });
        c.inc();
    }

    public long skippedCount(String reason) {
        Counter c = skipped.get(reason);
        return c == null ? 0 : c.getCount();
    }

    public void message(String channel, Instant at) {
        ChannelMetrics m = channel(channel);
        m.messages.inc();
        m.lastMessage.set(at.toEpochMilli());
    }

    public void reconnect(String channel) {
        channel(channel).reconnects.inc();
    }

    public void parseFailure(String channel) {
        channel(channel).parseFailures.inc();
    }

    private ChannelMetrics channel(String channel) {
        return channels.computeIfAbsent(
                channel, c -> new ChannelMetrics(group.addGroup("channel", c)));
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300
                ? s
                : s.substring(0, 300) + "…(" + s.length() + " chars)";
    }

    private static final class ChannelMetrics {
        final Counter messages;
        final Counter reconnects;
        final Counter parseFailures;
        final AtomicLong lastMessage = new AtomicLong();

        ChannelMetrics(MetricGroup g) {
            messages = g.counter("messages", new ThreadSafeSimpleCounter());
            g.meter("messagesPerSecond", new MeterView(messages));
            reconnects = g.counter("reconnects", new ThreadSafeSimpleCounter());
            parseFailures = g.counter("parseFailures", new ThreadSafeSimpleCounter());
            g.gauge("lastMessageTime", lastMessage::get);
        }
    }
}
