package io.mellchat.job.records;

import java.util.Objects;

/**
 * Something to publish on Redis for one channel. Items of type {@code message} are batched into one
 * frame; any other item is published as is ({@code json} is then the whole frame), after the batch
 * of messages before it, so that clients see events in order.
 */
public class FrameItem {
    public static final String MESSAGE = "message";

    /** {@code platform:channel}: the batching key. */
    public String channelKey;

    /** Frame type: {@code message}, {@code deleted}, {@code channel}… */
    public String type;

    /** The Redis pub/sub channel to publish on. */
    public String redisChannel;

    public String stream;
    public String platform;
    public String channel;

    /** For messages: the Message JSON; otherwise the complete frame JSON. */
    public String json;

    public FrameItem() {}

    public FrameItem(
            String type,
            String redisChannel,
            String stream,
            String platform,
            String channel,
            String json) {
        this.channelKey = platform + ":" + channel;
        this.type = type;
        this.redisChannel = redisChannel;
        this.stream = stream;
        this.platform = platform;
        this.channel = channel;
        this.json = json;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameItem
                && Objects.equals(((FrameItem) o).type, type)
                && Objects.equals(((FrameItem) o).redisChannel, redisChannel)
                && Objects.equals(((FrameItem) o).json, json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, redisChannel, json);
    }

    @Override
    public String toString() {
        return "FrameItem[" + type + " on " + redisChannel + "]";
    }
}
