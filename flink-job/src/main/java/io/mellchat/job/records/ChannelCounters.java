package io.mellchat.job.records;

import java.util.Objects;

/** Absolute message count and last message time of a channel, written to {@code channels}. */
public class ChannelCounters {
    public String platform;
    public String channel;
    public long messagesTotal;
    public long lastMessageAtMillis;

    public ChannelCounters() {}

    public ChannelCounters(String platform, String channel, long total, long lastAt) {
        this.platform = platform;
        this.channel = channel;
        this.messagesTotal = total;
        this.lastMessageAtMillis = lastAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelCounters
                && ((ChannelCounters) o).messagesTotal == messagesTotal
                && ((ChannelCounters) o).lastMessageAtMillis == lastMessageAtMillis
                && Objects.equals(((ChannelCounters) o).platform, platform)
                && Objects.equals(((ChannelCounters) o).channel, channel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(platform, channel, messagesTotal, lastMessageAtMillis);
    }

    @Override
    public String toString() {
        return "ChannelCounters[" + platform + ":" + channel + " " + messagesTotal + "]";
    }
}
