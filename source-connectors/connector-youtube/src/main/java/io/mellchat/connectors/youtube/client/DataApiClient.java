package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data API v3 mode: {@code videos.list} gives a video's {@code activeLiveChatId}, then {@code
 * liveChatMessages.list} is polled page by page, never faster than {@code pollingIntervalMillis}
 * and stretched further by the {@link QuotaBudget}. A handle is resolved with {@code channels.list
 * ?forHandle} (1 unit) and {@code search.list?eventType=live} (its own daily bucket). Errors are
 * matched on their {@code reason}: rate limits back off, an exhausted quota waits for the reset, an
 * ended chat ends the split (or waits for a handle's next stream), 5xx retries the same page.
 */
final class DataApiClient extends PollingClient {
    private static final Map<String, String> HEADERS = Map.of("Accept", "application/json");
    private static final long DEFAULT_INTERVAL_MS = 5_000;

    private final QuotaBudget budget;
    private final DataApiParser parser;
    private final Set<String> restored = new HashSet<>();

    DataApiClient(
            YouTubeClientConfig config,
            HttpJson http,
            QuotaBudget budget,
            SkipCounter skips,
            Clock clock) {
        super(config, http, skips, clock);
        this.budget = budget;
        this.parser = new DataApiParser(skips, config.maxItemChars());
    }

    @Override
    public PollResult poll(ChannelSpec spec, ChatCursor cursor) throws InterruptedException {
        String key = spec.ref().key();
        if (restored.add(key)) {
            budget.restore(key, cursor.day(), cursor.units());
        }
        PollResult r = pollPhase(spec, cursor);
        ChatCursor next = r.next().withUnits(budget.day(), budget.spentBy(key));
        return new PollResult(r.items(), r.page(), next, r.delay(), r.status());
    }

    private PollResult pollPhase(ChannelSpec spec, ChatCursor c) throws InterruptedException {
        try {
            if (budget.exhausted() && c.phase() != ChatCursor.Phase.ENDED) {
                return PollResult.of(
                        c,
                        c,
                        budget.untilReset(),
                        ChannelStatus.ERROR,
                        "the quota budget of "
                                + config.quotaBudget()
                                + " units a day"
                                + " (MELLCHAT_YOUTUBE_QUOTA_BUDGET) is used up; polling resumes at "
                                + budget.resetText());
            }
            switch (c.phase()) {
                case RESOLVE:
                    return resolve(spec, c);
                case START:
                    return video(spec, c, c);
                case POLL:
                    return messages(spec, c);
                default:
                    return PollResult.of(
                            c, c, Duration.ZERO, ChannelStatus.OFFLINE, "the stream has ended");
            }
        } catch (HttpJson.Aborted e) {
            return PollResult.unchanged(
                    c, Duration.ofMillis(Math.max(c.waitMs(), DEFAULT_INTERVAL_MS)));
        } catch (IOException e) {
            return retry(
                    spec,
                    c,
                    "cannot reach the YouTube Data API (" + e.getMessage() + ")",
                    Duration.ZERO);
        } catch (RuntimeException e) {
            // an answer shaped unlike anything known: counted, and retried later, never a crash
            skips.skipped("unexpected_answer", spec.ref().key() + ": " + e);
            return retry(
                    spec,
                    c,
                    "unexpected answer from YouTube (" + e.getMessage() + ")",
                    UNEXPECTED_WAIT);
        }
    }

    @Override
    public void release(ChannelSpec spec) {
        super.release(spec);
        budget.polling(spec.ref().key(), false);
    }

    @Override
    void onEnded(ChannelSpec spec) {
        budget.polling(spec.ref().key(), false);
    }

    private PollResult resolve(ChannelSpec spec, ChatCursor c)
            throws IOException, InterruptedException {
        String channel = spec.ref().channel();
        ChatCursor at = c;
        if (at.owner().isEmpty()) {
            HttpJson.Answer a = get(spec, at, 1, "channels?part=id&forHandle=" + enc(channel));
            if (!a.ok()) {
                return failure(spec, at, GoogleError.of(a));
            }
            String id = a.json().path("items").path(0).path("id").asText("");
            if (id.isEmpty()) {
                return needsPerson(
                        at, at, "YouTube has no channel " + channel + ": check the handle");
            }
            at = at.withOwner(id);
        }
        if (!budget.takeSearch()) {
            return PollResult.of(
                    c,
                    at,
                    budget.untilReset(),
                    ChannelStatus.ERROR,
                    "the "
                            + config.searchBudget()
                            + " search.list calls a day that find the live stream of "
                            + channel
                            + " are used up; checking again at "
                            + budget.resetText()
                            + " (give the video id, youtube:<videoId>, to read it now)");
        }
        HttpJson.Answer a =
                get(
                        spec,
                        at,
                        0,
                        "search?part=id&type=video&eventType=live&maxResults=1&channelId="
                                + enc(at.owner()));
        if (!a.ok()) {
            return failure(spec, at, GoogleError.of(a));
        }
        String video = a.json().path("items").path(0).path("id").path("videoId").asText("");
        if (!PageScraper.isVideoId(video)) {
            return notLive(spec, at);
        }
        return video(spec, c, at.withVideo(video));
    }

    /** Finds the live chat of {@code c.video()}. */
    private PollResult video(ChannelSpec spec, ChatCursor page, ChatCursor c)
            throws IOException, InterruptedException {
        HttpJson.Answer a =
                get(
                        spec,
                        c,
                        QuotaBudget.VIDEOS_COST,
                        "videos?part=liveStreamingDetails&id=" + enc(c.video()));
        if (!a.ok()) {
            return failure(spec, c, GoogleError.of(a));
        }
        JsonNode item = a.json().path("items").path(0);
        boolean follows = ChatCursor.followsChannel(spec.ref().channel());
        if (item.isMissingNode()) {
            return follows
                    ? notLive(spec, c)
                    : needsPerson(
                            page,
                            c,
                            "YouTube has no video "
                                    + c.video()
                                    + ": check the channel name youtube:"
                                    + c.video());
        }
        JsonNode live = item.path("liveStreamingDetails");
        String chat = live.path("activeLiveChatId").asText("");
        if (!chat.isEmpty()) {
            recovered(spec);
            return messages(spec, c.withChat(chat));
        }
        if (live.isMissingNode()) {
            return ended(spec, page, c, List.of(), "video " + c.video() + " is not a live stream");
        }
        if (live.hasNonNull("actualEndTime")) {
            return ended(spec, page, c, List.of(), "the stream has ended");
        }
        if (follows) {
            return notLive(spec, c);
        }
        String when = live.path("scheduledStartTime").asText("");
        return PollResult.of(
                page,
                c,
                config.recheckInterval(),
                ChannelStatus.OFFLINE,
                "video "
                        + c.video()
                        + " is not live yet"
                        + (when.isEmpty() ? "" : " (scheduled for " + when + ")")
                        + "; checking every "
                        + seconds(config.recheckInterval()));
    }

    private PollResult messages(ChannelSpec spec, ChatCursor c)
            throws IOException, InterruptedException {
        String query =
                "liveChat/messages?part=id,snippet,authorDetails&liveChatId="
                        + enc(c.chat())
                        + "&maxResults="
                        + config.maxResults()
                        + (c.token().isEmpty() ? "" : "&pageToken=" + enc(c.token()));
        HttpJson.Answer a = get(spec, c, QuotaBudget.LIST_COST, query);
        if (!a.ok()) {
            return failure(spec, c, GoogleError.of(a));
        }
        JsonNode json = a.json();
        if (!json.isObject()) {
            return retry(
                    spec,
                    c,
                    "the Data API answered something that is not JSON",
                    Duration.ofMillis(c.waitMs()));
        }
        recovered(spec);
        JsonNode items = json.path("items");
        List<ChatItem> parsed = parser.parse(items, events(spec));
        boolean ended = json.hasNonNull("offlineAt");
        for (JsonNode item : items) {
            ended |= DataApiParser.isChatEnd(item);
        }
        if (ended) {
            String at = json.path("offlineAt").asText("");
            return ended(
                    spec,
                    c,
                    c,
                    parsed,
                    "the stream has ended" + (at.isEmpty() ? "" : " (" + at + ")"));
        }
        long asked =
                Math.max(
                        MIN_WAIT_MS,
                        json.path("pollingIntervalMillis").asLong(DEFAULT_INTERVAL_MS));
        String nextToken = json.path("nextPageToken").asText(c.token());
        budget.polling(spec.ref().key(), true);
        Duration interval = max(Duration.ofMillis(asked), budget.interval());
        ChatCursor next = c.nextPage(nextToken, asked, newestMicros(parsed));
        return PollResult.page(
                parsed, c, next, interval, ChannelStatus.LIVE, budget.describe(interval, asked));
    }

    private PollResult failure(ChannelSpec spec, ChatCursor c, GoogleError e) {
        String channel = spec.ref().channel();
        switch (e.reason()) {
            case "rateLimitExceeded":
                return retry(
                        spec,
                        c,
                        "YouTube asked to slow down (" + e.label() + ")",
                        Duration.ofMillis(2 * Math.max(c.waitMs(), DEFAULT_INTERVAL_MS)));
            case "quotaExceeded":
            case "dailyLimitExceeded":
                return PollResult.of(
                        c,
                        c,
                        budget.untilReset(),
                        ChannelStatus.ERROR,
                        "the YouTube API quota is exhausted ("
                                + e.label()
                                + "); it resets at "
                                + budget.resetText()
                                + ". Raise the quota of the key's Google Cloud project, lower"
                                + " MELLCHAT_YOUTUBE_QUOTA_BUDGET, or unset MELLCHAT_YOUTUBE_API_KEY for keyless mode");
            case "liveChatEnded":
                return ended(spec, c, c, List.of(), "the live chat has ended (" + e.label() + ")");
            case "liveChatNotFound":
                return needsPerson(
                        c,
                        restart(c, channel),
                        "YouTube knows no live chat for youtube:"
                                + channel
                                + " ("
                                + e.label()
                                + ")");
            case "liveChatDisabled":
                return needsPerson(
                        c,
                        restart(c, channel),
                        "live chat is disabled for this stream ("
                                + e.label()
                                + "); the streamer can turn it on");
            case "forbidden":
                return needsPerson(
                        c,
                        restart(c, channel),
                        "YouTube refuses to show this chat with this API key (" + e.label() + ")");
            case "pageTokenInvalid":
                return PollResult.of(
                        c,
                        c.nextPage("", c.waitMs(), 0),
                        Duration.ofMillis(Math.max(c.waitMs(), 1_000)),
                        ChannelStatus.RECONNECTING,
                        "YouTube refused the page token; reading from the newest messages");
            case "keyInvalid":
            case "accessNotConfigured":
            case "ipRefererBlocked":
                return needsPerson(
                        c,
                        c,
                        "YouTube refused the API key ("
                                + e.label()
                                + "): check"
                                + " MELLCHAT_YOUTUBE_API_KEY and that the YouTube Data API v3 is enabled for its project");
            default:
                if (e.serverSide()) {
                    return retry(
                            spec,
                            c,
                            "YouTube answered " + e.label() + " (same page)",
                            Duration.ZERO);
                }
                return needsPerson(c, c, "YouTube answered " + e.label() + ": " + e.message());
        }
    }

    /** After a chat error: a video looks up its chat again, a handle its live stream. */
    private static ChatCursor restart(ChatCursor c, String channel) {
        return ChatCursor.followsChannel(channel) ? c.toResolve() : c.withVideo(c.video());
    }

    private HttpJson.Answer get(ChannelSpec spec, ChatCursor c, int units, String pathAndQuery)
            throws IOException, InterruptedException {
        if (units > 0) {
            budget.spend(spec.ref().key(), units);
        }
        String base = config.apiUrl().toString();
        URI uri =
                URI.create(
                        (base.endsWith("/") ? base : base + "/")
                                + pathAndQuery
                                + "&key="
                                + enc(config.apiKey()));
        return http.get(uri, HEADERS);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
