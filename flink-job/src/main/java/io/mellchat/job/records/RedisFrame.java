package io.mellchat.job.records;

import java.util.Objects;

/** A payload for Redis: published on a pub/sub channel (or, for the heartbeat, set at a key). */
public class RedisFrame {
    public String channel;
    public String payload;

    public RedisFrame() {}

    public RedisFrame(String channel, String payload) {
        this.channel = channel;
        this.payload = payload;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedisFrame
                && Objects.equals(((RedisFrame) o).channel, channel)
                && Objects.equals(((RedisFrame) o).payload, payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channel, payload);
    }

    @Override
    public String toString() {
        return "RedisFrame[" + channel + " " + payload + "]";
    }
}
