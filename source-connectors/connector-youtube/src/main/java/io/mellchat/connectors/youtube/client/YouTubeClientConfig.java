package io.mellchat.connectors.youtube.client;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the YouTube clients talk to YouTube. An empty {@code apiKey} selects the keyless (InnerTube)
 * mode; a key selects the Data API v3.
 *
 * @param apiKey the Data API key ({@code MELLCHAT_YOUTUBE_API_KEY}); empty for keyless mode
 * @param apiUrl the Data API base, e.g. {@code https://www.googleapis.com/youtube/v3}
 * @param webUrl the web base for keyless mode, e.g. {@code https://www.youtube.com}
 * @param maxResults {@code maxResults} of {@code liveChatMessages.list} (200–2000)
 * @param quotaBudget Data API units this source may spend per day (YouTube's default quota is
 *     10,000)
 * @param quotaHorizon how long the remaining budget must last at most; zero = until the daily reset
 * @param searchBudget {@code search.list} calls per day for resolving handles (a separate bucket)
 * @param keylessMaxWait the longest wait between keyless polls, whatever {@code timeoutMs} says
 * @param resolveInterval how often a handle that is not live is checked; zero = the mode's default
 * @param recheckInterval how often a channel in error (chat disabled, forbidden…) is checked again
 * @param requestTimeout the timeout of one HTTP request
 * @param maxItemChars chat items with a longer text are skipped and counted
 */
public record YouTubeClientConfig(
        String apiKey,
        URI apiUrl,
        URI webUrl,
        int maxResults,
        long quotaBudget,
        Duration quotaHorizon,
        int searchBudget,
        Duration keylessMaxWait,
        Duration resolveInterval,
        Duration recheckInterval,
        Duration requestTimeout,
        int maxItemChars)
        implements Serializable {

    public static final URI DEFAULT_API_URL = URI.create("https://www.googleapis.com/youtube/v3");
    public static final URI DEFAULT_WEB_URL = URI.create("https://www.youtube.com");

    public YouTubeClientConfig {
        apiKey = apiKey == null ? "" : apiKey.trim();
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(webUrl, "webUrl");
        Objects.requireNonNull(quotaHorizon, "quotaHorizon");
        Objects.requireNonNull(keylessMaxWait, "keylessMaxWait");
        Objects.requireNonNull(resolveInterval, "resolveInterval");
        Objects.requireNonNull(recheckInterval, "recheckInterval");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (maxResults < 200 || maxResults > 2000) {
            throw new IllegalArgumentException(
                    "maxResults must be within 200..2000 (YouTube's limits): " + maxResults);
        }
        if (quotaBudget < 10) {
            throw new IllegalArgumentException(
                    "the YouTube quota budget must be at least 10 units: " + quotaBudget);
        }
    }

    /** The defaults against the given endpoints. */
    public static YouTubeClientConfig defaults(String apiKey, URI apiUrl, URI webUrl) {
        return new YouTubeClientConfig(
                apiKey,
                apiUrl,
                webUrl,
                500,
                10_000,
                Duration.ZERO,
                100,
                Duration.ofSeconds(8),
                Duration.ZERO,
                Duration.ofMinutes(5),
                Duration.ofSeconds(15),
                65_536);
    }

    /** Data API mode when a key is set, keyless otherwise. */
    public boolean dataApi() {
        return !apiKey.isEmpty();
    }

    /** How often a handle that is not live is checked: 60 s keyless, 15 min with the API. */
    public Duration effectiveResolveInterval() {
        if (!resolveInterval.isZero()) {
            return resolveInterval;
        }
        // 15 min keeps search.list within its 100-call daily bucket (96 calls a day)
        return dataApi() ? Duration.ofMinutes(15) : Duration.ofSeconds(60);
    }

    public YouTubeClientConfig withApiKey(String key) {
        return new YouTubeClientConfig(
                key,
                apiUrl,
                webUrl,
                maxResults,
                quotaBudget,
                quotaHorizon,
                searchBudget,
                keylessMaxWait,
                resolveInterval,
                recheckInterval,
                requestTimeout,
                maxItemChars);
    }

    public YouTubeClientConfig withQuota(long budget, Duration horizon) {
        return new YouTubeClientConfig(
                apiKey,
                apiUrl,
                webUrl,
                maxResults,
                budget,
                horizon,
                searchBudget,
                keylessMaxWait,
                resolveInterval,
                recheckInterval,
                requestTimeout,
                maxItemChars);
    }

    public YouTubeClientConfig withIntervals(
            Duration resolve, Duration recheck, Duration keylessMax) {
        return new YouTubeClientConfig(
                apiKey,
                apiUrl,
                webUrl,
                maxResults,
                quotaBudget,
                quotaHorizon,
                searchBudget,
                keylessMax,
                resolve,
                recheck,
                requestTimeout,
                maxItemChars);
    }

    @Override
    public String toString() {
        return "YouTubeClientConfig[mode="
                + (dataApi() ? "data-api" : "keyless")
                + ", apiUrl="
                + apiUrl
                + ", webUrl="
                + webUrl
                + ", quotaBudget="
                + quotaBudget
                + "]";
    }
}
