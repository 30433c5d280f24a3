package io.mellchat.connectors.youtube;

import io.mellchat.connectors.youtube.client.YouTubeClientConfig;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of the YouTube source: how to reach YouTube ({@link YouTubeClientConfig}) and how
 * often channels are discovered. {@link #fromEnv()} reads them from the environment, validated once
 * with messages that name the variable:
 *
 * <table>
 *   <tr><td>{@code MELLCHAT_YOUTUBE_API_KEY}</td><td>Data API key; none = keyless mode</td></tr>
 *   <tr><td>{@code MELLCHAT_YOUTUBE_API_URL}</td><td>{@code https://www.googleapis.com/youtube/v3}</td></tr>
 *   <tr><td>{@code MELLCHAT_YOUTUBE_WEB_URL}</td><td>{@code https://www.youtube.com}</td></tr>
 *   <tr><td>{@code MELLCHAT_YOUTUBE_QUOTA_BUDGET}</td><td>Data API units a day, 10000</td></tr>
 *   <tr><td>{@code MELLCHAT_YOUTUBE_QUOTA_HORIZON}</td><td>how long the budget must last at most
 *       (e.g. {@code 6h}); default until the daily reset</td></tr>
 *   <tr><td>{@code MELLCHAT_YOUTUBE_MAX_RESULTS}</td><td>200–2000, 500</td></tr>
 *   <tr><td>{@code MELLCHAT_YOUTUBE_RESOLVE_INTERVAL}</td><td>how often a handle that is not live is
 *       checked: 60s keyless, 15m with a key</td></tr>
 *   <tr><td>{@code MELLCHAT_YOUTUBE_KEYLESS_MAX_WAIT}</td><td>longest keyless wait, 8s</td></tr>
 * </table>
 */
public final class YouTubeSourceOptions implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private final YouTubeClientConfig client;
    private final Duration discoveryInterval;

    public YouTubeSourceOptions(YouTubeClientConfig client, Duration discoveryInterval) {
        this.client = Objects.requireNonNull(client, "client");
        this.discoveryInterval = Objects.requireNonNull(discoveryInterval, "discoveryInterval");
    }

    /** Options against the given endpoints with every default (tests point these at fakes). */
    public static YouTubeSourceOptions of(String apiKey, URI apiUrl, URI webUrl) {
        return new YouTubeSourceOptions(
                YouTubeClientConfig.defaults(apiKey, apiUrl, webUrl), Duration.ofSeconds(5));
    }

    public static YouTubeSourceOptions fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * @throws YouTubeConfigException naming the variable that is wrong
     */
    public static YouTubeSourceOptions fromEnv(Map<String, String> env) {
        YouTubeClientConfig d =
                YouTubeClientConfig.defaults(
                        env.getOrDefault("MELLCHAT_YOUTUBE_API_KEY", ""),
                        url(env, "MELLCHAT_YOUTUBE_API_URL", YouTubeClientConfig.DEFAULT_API_URL),
                        url(env, "MELLCHAT_YOUTUBE_WEB_URL", YouTubeClientConfig.DEFAULT_WEB_URL));
        try {
            YouTubeClientConfig c =
                    new YouTubeClientConfig(
                            d.apiKey(),
                            d.apiUrl(),
                            d.webUrl(),
                            (int) number(env, "MELLCHAT_YOUTUBE_MAX_RESULTS", d.maxResults()),
                            number(env, "MELLCHAT_YOUTUBE_QUOTA_BUDGET", d.quotaBudget()),
                            duration(env, "MELLCHAT_YOUTUBE_QUOTA_HORIZON", d.quotaHorizon()),
                            d.searchBudget(),
                            duration(env, "MELLCHAT_YOUTUBE_KEYLESS_MAX_WAIT", d.keylessMaxWait()),
                            duration(env, "MELLCHAT_YOUTUBE_RESOLVE_INTERVAL", d.resolveInterval()),
                            d.recheckInterval(),
                            d.requestTimeout(),
                            d.maxItemChars());
            return new YouTubeSourceOptions(c, Duration.ofSeconds(5));
        } catch (YouTubeConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new YouTubeConfigException(
                    "invalid YouTube setting: "
                            + e.getMessage()
                            + " (see MELLCHAT_YOUTUBE_MAX_RESULTS, MELLCHAT_YOUTUBE_QUOTA_BUDGET)",
                    e);
        }
    }

    public YouTubeClientConfig client() {
        return client;
    }

    public Duration discoveryInterval() {
        return discoveryInterval;
    }

    public YouTubeSourceOptions withClient(YouTubeClientConfig c) {
        return new YouTubeSourceOptions(c, discoveryInterval);
    }

    public YouTubeSourceOptions withDiscoveryInterval(Duration d) {
        return new YouTubeSourceOptions(client, d);
    }

    private static URI url(Map<String, String> env, String name, URI fallback) {
        String v = env.getOrDefault(name, "").trim();
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            URI u = URI.create(v);
            if (u.getHost() == null
                    || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new YouTubeConfigException(
                    name + "='" + v + "' is not a URL: give e.g. " + fallback, e);
        }
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String v = env.getOrDefault(name, "").trim().replace("_", "").replace(",", "");
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new YouTubeConfigException(
                    name + "='" + v + "' is not a whole number (default " + fallback + ")", e);
        }
    }

    /**
     * {@code 500ms}, {@code 30s}, {@code 15m}, {@code 6h}, {@code 1d} or ISO-8601 ({@code PT6H}).
     */
    static Duration duration(Map<String, String> env, String name, Duration fallback) {
        String v = env.getOrDefault(name, "").trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return fallback;
        }
        Matcher m = SHORT_DURATION.matcher(v);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                switch (m.group(2)) {
                    case "ms":
                        return Duration.ofMillis(n);
                    case "s":
                        return Duration.ofSeconds(n);
                    case "m":
                        return Duration.ofMinutes(n);
                    case "h":
                        return Duration.ofHours(n);
                    default:
                        return Duration.ofDays(n);
                }
            }
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new YouTubeConfigException(
                    name + "='" + v + "' is not a duration: give e.g. 30s, 15m or 6h", e);
        }
    }

    @Override
    public String toString() {
        return "YouTubeSourceOptions[" + client + ", discovery every " + discoveryInterval + "]";
    }
}
