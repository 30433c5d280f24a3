package io.mellchat.connectors.youtube.client;

import io.mellchat.connectors.common.Backoff;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import io.mellchat.model.ChatMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What both YouTube clients share: per-channel backoff, the end of a stream (a video's split ends,
 * a handle waits for its next stream), and the wording of statuses.
 */
abstract class PollingClient implements YouTubeChatApi {
    /** The wait after an answer shaped unlike anything known. */
    static final Duration UNEXPECTED_WAIT = Duration.ofSeconds(5);

    /** The shortest wait between two polls of a chat, whatever YouTube says. */
    static final long MIN_WAIT_MS = 250;

    protected final YouTubeClientConfig config;
    protected final HttpJson http;
    protected final SkipCounter skips;
    protected final Clock clock;
    private final Map<String, Backoff> backoffs = new HashMap<>();

    PollingClient(YouTubeClientConfig config, HttpJson http, SkipCounter skips, Clock clock) {
        this.config = config;
        this.http = http;
        this.skips = skips;
        this.clock = clock;
    }

    @Override
    public ChatCursor start(ChannelSpec spec) {
        return ChatCursor.start(
                config.dataApi() ? ChatCursor.API : ChatCursor.WEB, spec.ref().channel());
    }

    @Override
    public void release(ChannelSpec spec) {
        backoffs.remove(spec.ref().key());
    }

    @Override
    public void abort() {
        http.abort();
    }

    @Override
    public void close() {
        http.close();
    }

    EventBase events(ChannelSpec spec) {
        return new EventBase(spec, clock.instant());
    }

    /** The next wait after a failure of this channel. */
    Duration backoff(ChannelSpec spec) {
        return backoffs.computeIfAbsent(spec.ref().key(), k -> Backoff.standard()).next();
    }

    void recovered(ChannelSpec spec) {
        Backoff b = backoffs.get(spec.ref().key());
        if (b != null) {
            b.reset();
        }
    }

    /** A failure that retries on its own (5xx, network, rate limit): the same cursor later. */
    PollResult retry(ChannelSpec spec, ChatCursor c, String what, Duration atLeast) {
        Duration wait = max(backoff(spec), atLeast);
        return PollResult.of(
                c, c, wait, ChannelStatus.RECONNECTING, what + "; retrying in " + seconds(wait));
    }

    /** Something a person must fix: status {@code error}, checked again after a while. */
    PollResult needsPerson(ChatCursor page, ChatCursor next, String detail) {
        return PollResult.of(
                page,
                next,
                config.recheckInterval(),
                ChannelStatus.ERROR,
                detail + " (checking again every " + seconds(config.recheckInterval()) + ")");
    }

    /**
     * The stream is over: a video's split is finished; a handle or channel id waits for its next
     * live stream.
     */
    PollResult ended(
            ChannelSpec spec, ChatCursor page, ChatCursor c, List<ChatItem> items, String why) {
        onEnded(spec);
        String channel = spec.ref().channel();
        if (ChatCursor.followsChannel(channel)) {
            Duration wait = config.effectiveResolveInterval();
            return PollResult.page(
                    items,
                    page,
                    c.toResolve(),
                    wait,
                    ChannelStatus.OFFLINE,
                    why
                            + "; waiting for the next live stream of "
                            + channel
                            + " (checking every "
                            + seconds(wait)
                            + ")");
        }
        return PollResult.page(
                items,
                page,
                c.withPhase(ChatCursor.Phase.ENDED),
                Duration.ZERO,
                ChannelStatus.OFFLINE,
                why);
    }

    /** A handle or channel id that is not live now: look again later. */
    PollResult notLive(ChannelSpec spec, ChatCursor c) {
        Duration wait = config.effectiveResolveInterval();
        return PollResult.of(
                c,
                c.toResolve(),
                wait,
                ChannelStatus.OFFLINE,
                spec.ref().channel() + " is not live now; checking every " + seconds(wait));
    }

    /** Called when a chat ends (bookkeeping of subclasses). */
    void onEnded(ChannelSpec spec) {}

    static long newestMicros(List<ChatItem> items) {
        long newest = 0;
        for (ChatItem i : items) {
            if (i.event() instanceof ChatMessage) {
                Instant t = i.event().timestamp();
                newest = Math.max(newest, t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000);
            }
        }
        return newest;
    }

    static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String seconds(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%.1f h", s / 3600.0);
        }
        if (s >= 120) {
            return (s / 60) + " min";
        }
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
