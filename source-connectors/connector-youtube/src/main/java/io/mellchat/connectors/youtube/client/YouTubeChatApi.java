package io.mellchat.connectors.youtube.client;

import io.mellchat.model.ChannelSpec;
import java.time.Clock;

/**
 * Reads YouTube live chat one poll at a time. Each call makes at most one or two HTTP requests and
 * returns at once: the caller waits {@link PollResult#delay()} before it polls the channel again
 * (that wait is how the server's polling interval is honoured). Protocol errors never escape as
 * exceptions: they become statuses and delays in the result.
 *
 * <p>Implementations keep per-channel bookkeeping (quota, backoff); one instance serves all
 * channels of one reader and is used from one thread, except {@link #abort()}.
 */
public interface YouTubeChatApi extends AutoCloseable {

    /** The cursor a channel starts from when there is no saved position. */
    ChatCursor start(ChannelSpec spec);

    /**
     * Polls a channel once from {@code cursor}.
     *
     * @throws InterruptedException if the thread was interrupted while waiting for YouTube
     */
    PollResult poll(ChannelSpec spec, ChatCursor cursor) throws InterruptedException;

    /** The channel is no longer read: forget its bookkeeping. */
    default void release(ChannelSpec spec) {}

    /** Makes a poll that waits for YouTube return now, from any thread (it is retried later). */
    void abort();

    @Override
    void close();

    /** Data API mode when the config has a key, keyless otherwise. */
    static YouTubeChatApi create(YouTubeClientConfig config, SkipCounter skips, Clock clock) {
        HttpJson http = new HttpJson(config.requestTimeout());
        return config.dataApi()
                ? new DataApiClient(config, http, new QuotaBudget(config, clock), skips, clock)
                : new InnerTubeClient(config, http, skips, clock);
    }
}
