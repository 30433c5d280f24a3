package io.mellchat.job.records;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatusChanged;
import java.util.Objects;

/**
 * Absolute message count and last message time of a channel, written to {@code channels}. The
 * channel's stream and origin go along so that a replayed channel's row can be created by whichever
 * of its status and its counters reaches PostgreSQL first.
 */
public class ChannelCounters {
    public String platform;
    public String channel;
    public String stream = ChannelSpec.DEFAULT_STREAM;
    public String origin = ChannelStatusChanged.ORIGIN_LIVE;
    public long messagesTotal;
    public long lastMessageAtMillis;

    public ChannelCounters() {}

    public ChannelCounters(String platform, String channel, long total, long lastAt) {
        this.platform = platform;
        this.channel = channel;
        this.messagesTotal = total;
        this.lastMessageAtMillis = lastAt;
    }

    /** A copy located in {@code stream}, with the channel's {@code origin}. */
    public ChannelCounters at(String stream, String origin) {
        ChannelCounters c =
                new ChannelCounters(platform, channel, messagesTotal, lastMessageAtMillis);
        c.stream = stream;
        c.origin = origin;
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelCounters
                && ((ChannelCounters) o).messagesTotal == messagesTotal
                && ((ChannelCounters) o).lastMessageAtMillis == lastMessageAtMillis
                && Objects.equals(((ChannelCounters) o).platform, platform)
                && Objects.equals(((ChannelCounters) o).channel, channel)
                && Objects.equals(((ChannelCounters) o).stream, stream)
                && Objects.equals(((ChannelCounters) o).origin, origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(platform, channel, stream, origin, messagesTotal, lastMessageAtMillis);
    }

    @Override
    public String toString() {
        return "ChannelCounters[" + platform + ":" + channel + " " + messagesTotal + "]";
    }
}
