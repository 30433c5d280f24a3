package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChannelStatus;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keyless mode: the live-chat polling of YouTube's own web client (unofficial "InnerTube" API). A
 * handle or channel id is resolved through its {@code /live} page; a video's chat is bootstrapped
 * from {@code /live_chat?is_popout=1&v=…} (API key, client version, visitor data, continuation of
 * the "Live chat" view) and then read with {@code POST /youtubei/v1/live_chat/get_live_chat}, one
 * continuation after the other, waiting the {@code timeoutMs} each answer asks for (at most {@link
 * YouTubeClientConfig#keylessMaxWait()}, since a page only reaches back about ten seconds).
 */
final class InnerTubeClient extends PollingClient {
    static final String LIVE_DETAIL = "reading live chat (keyless web client)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DEFAULT_WAIT_MS = 5_000;
    private static final Map<String, String> PAGE_HEADERS =
            Map.of(
                    "User-Agent",
                    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                            + " Chrome/126.0 Safari/537.36",
                    "Accept-Language",
                    "en-US,en;q=0.9",
                    // skips the EU cookie consent interstitial
                    "Cookie",
                    "CONSENT=YES+cb; SOCS=CAI");

    private final InnerTubeParser parser;

    InnerTubeClient(YouTubeClientConfig config, HttpJson http, SkipCounter skips, Clock clock) {
        super(config, http, skips, clock);
        this.parser = new InnerTubeParser(skips, config.maxItemChars());
    }

    @Override
    public PollResult poll(ChannelSpec spec, ChatCursor c) throws InterruptedException {
        try {
            switch (c.phase()) {
                case RESOLVE:
                    return resolve(spec, c);
                case START:
                    return bootstrap(spec, c, c);
                case POLL:
                    return getLiveChat(spec, c);
                default:
                    return PollResult.of(
                            c, c, Duration.ZERO, ChannelStatus.OFFLINE, "the stream has ended");
            }
        } catch (HttpJson.Aborted e) {
            return PollResult.unchanged(c, Duration.ofMillis(Math.max(c.waitMs(), 1_000)));
        } catch (IOException e) {
            return retry(spec, c, "cannot reach YouTube (" + e.getMessage() + ")", Duration.ZERO);
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

    private PollResult resolve(ChannelSpec spec, ChatCursor c)
            throws IOException, InterruptedException {
        String channel = spec.ref().channel();
        String path =
                ChatCursor.isHandle(channel)
                        ? "/" + channel + "/live"
                        : "/channel/" + channel + "/live";
        HttpJson.Answer a = http.get(web(path), PAGE_HEADERS);
        if (a.status() == 404) {
            return needsPerson(
                    c, c, "YouTube has no channel " + channel + ": check the channel name");
        }
        if (!a.ok()) {
            return pageFailure(spec, c, a);
        }
        Optional<String> video = PageScraper.canonicalVideo(a.body());
        if (video.isEmpty()) {
            return notLive(spec, c);
        }
        return bootstrap(spec, c, c.withVideo(video.get()));
    }

    /** Opens the chat of {@code c.video()} from its live_chat page. */
    private PollResult bootstrap(ChannelSpec spec, ChatCursor page, ChatCursor c)
            throws IOException, InterruptedException {
        HttpJson.Answer a =
                http.get(web("/live_chat?is_popout=1&v=" + enc(c.video())), PAGE_HEADERS);
        if (a.status() == 404) {
            return noChat(spec, page, c, "YouTube has no video " + c.video());
        }
        if (!a.ok()) {
            return pageFailure(spec, c, a);
        }
        JsonNode data = PageScraper.initialData(a.body());
        JsonNode renderer = LiveChatPage.renderer(data);
        Optional<LiveChatPage> chat = LiveChatPage.of(renderer);
        if (chat.isEmpty()) {
            String why = LiveChatPage.unavailableReason(data);
            if (why.toLowerCase(Locale.ROOT).contains("disabled")) {
                return ChatCursor.followsChannel(spec.ref().channel())
                        ? needsPerson(page, c.toResolve(), "live chat is disabled for this stream")
                        : needsPerson(page, c, "live chat is disabled for video " + c.video());
            }
            return noChat(
                    spec,
                    page,
                    c,
                    why.isEmpty() ? "video " + c.video() + " has no live chat now" : why);
        }
        if (!chat.get().live()) {
            return ended(spec, page, c, List.of(), "the stream has ended");
        }
        JsonNode cfg = PageScraper.ytcfg(a.body());
        ChatCursor opened =
                c.withClient(
                                cfg.path("INNERTUBE_API_KEY").asText(""),
                                clientVersion(cfg),
                                cfg.path("VISITOR_DATA")
                                        .asText(
                                                cfg.path("INNERTUBE_CONTEXT")
                                                        .path("client")
                                                        .path("visitorData")
                                                        .asText("")))
                        .withPhase(ChatCursor.Phase.POLL);
        recovered(spec);
        Optional<String> all = LiveChatPage.allMessagesContinuation(renderer);
        if (all.isPresent()) {
            // switch to the unfiltered "Live chat" view: its first page holds the recent messages
            ChatCursor next = opened.nextPage(all.get(), 0, 0);
            return PollResult.of(page, next, Duration.ZERO, ChannelStatus.LIVE, LIVE_DETAIL);
        }
        List<ChatItem> items = parser.parse(chat.get().actions(), events(spec));
        long wait = waitMs(chat.get().timeoutMs());
        ChatCursor next = opened.nextPage(chat.get().continuation(), wait, newestMicros(items));
        return PollResult.page(
                items, page, next, Duration.ofMillis(wait), ChannelStatus.LIVE, LIVE_DETAIL);
    }

    private PollResult getLiveChat(ChannelSpec spec, ChatCursor c)
            throws IOException, InterruptedException {
        String query =
                "/youtubei/v1/live_chat/get_live_chat?prettyPrint=false"
                        + (c.innertubeKey().isEmpty() ? "" : "&key=" + enc(c.innertubeKey()));
        HttpJson.Answer a = http.postJson(web(query), body(c), apiHeaders(c));
        if (!a.ok()) {
            return chatFailure(spec, c, GoogleError.of(a));
        }
        JsonNode json = a.json();
        JsonNode cc = json.path("continuationContents").path("liveChatContinuation");
        if (json.isMissingNode()) {
            return retry(
                    spec,
                    c,
                    "YouTube answered something that is not JSON",
                    Duration.ofMillis(c.waitMs()));
        }
        Optional<LiveChatPage> page = LiveChatPage.of(cc);
        recovered(spec);
        if (page.isEmpty() || !page.get().live()) {
            List<ChatItem> last =
                    page.isPresent() ? parser.parse(page.get().actions(), events(spec)) : List.of();
            return ended(spec, c, c, last, "the stream has ended (no more chat continuations)");
        }
        List<ChatItem> items = parser.parse(page.get().actions(), events(spec));
        long wait = waitMs(page.get().timeoutMs());
        ChatCursor next = c.nextPage(page.get().continuation(), wait, newestMicros(items));
        return PollResult.page(
                items, c, next, Duration.ofMillis(wait), ChannelStatus.LIVE, LIVE_DETAIL);
    }

    private PollResult chatFailure(ChannelSpec spec, ChatCursor c, GoogleError e) {
        if (e.serverSide()) {
            return retry(
                    spec,
                    c,
                    "YouTube answered " + e.label() + " (same continuation)",
                    Duration.ZERO);
        }
        if (e.code() == 429 || "RESOURCE_EXHAUSTED".equals(e.status())) {
            return retry(
                    spec,
                    c,
                    "YouTube asked to slow down (" + e.label() + ")",
                    Duration.ofMillis(2 * c.waitMs()));
        }
        if ("PERMISSION_DENIED".equals(e.status()) || e.code() == 403) {
            return needsPerson(
                    c,
                    c.withPhase(ChatCursor.Phase.START),
                    "YouTube refuses to show this chat ("
                            + e.label()
                            + "): it is private or members-only");
        }
        // INVALID_ARGUMENT (an expired or archived continuation), NOT_FOUND and the rest: open
        // the chat again; the page tells whether it is still live
        return PollResult.of(
                c,
                c.withVideo(c.video()),
                Duration.ofMillis(Math.max(1_000, c.waitMs())),
                ChannelStatus.RECONNECTING,
                "YouTube refused the continuation (" + e.label() + "); reopening the chat");
    }

    private PollResult pageFailure(ChannelSpec spec, ChatCursor c, HttpJson.Answer a) {
        if (a.status() == 429) {
            return retry(spec, c, "YouTube asked to slow down (HTTP 429)", Duration.ofSeconds(30));
        }
        if (a.status() >= 500) {
            return retry(spec, c, "YouTube answered HTTP " + a.status(), Duration.ZERO);
        }
        return needsPerson(
                c, c, "YouTube answered HTTP " + a.status() + " for " + spec.ref().channel());
    }

    private PollResult noChat(ChannelSpec spec, ChatCursor page, ChatCursor c, String why) {
        if (ChatCursor.followsChannel(spec.ref().channel())) {
            return notLive(spec, c);
        }
        Duration wait = config.effectiveResolveInterval();
        return PollResult.of(
                page,
                c,
                wait,
                ChannelStatus.OFFLINE,
                why
                        + " (not live yet, ended long ago, or a wrong id); checking every "
                        + seconds(wait));
    }

    private long waitMs(long timeoutMs) {
        long asked = timeoutMs > 0 ? Math.max(MIN_WAIT_MS, timeoutMs) : DEFAULT_WAIT_MS;
        return Math.min(asked, Math.max(MIN_WAIT_MS, config.keylessMaxWait().toMillis()));
    }

    private String body(ChatCursor c) {
        ObjectNode client =
                JSON.createObjectNode()
                        .put("clientName", "WEB")
                        .put(
                                "clientVersion",
                                c.clientVersion().isEmpty() ? fallbackVersion() : c.clientVersion())
                        .put("hl", "en")
                        .put("gl", "US");
        if (!c.visitorData().isEmpty()) {
            client.put("visitorData", c.visitorData());
        }
        ObjectNode body = JSON.createObjectNode();
        body.putObject("context").set("client", client);
        body.put("continuation", c.token());
        return body.toString();
    }

    private Map<String, String> apiHeaders(ChatCursor c) {
        return Map.of(
                "User-Agent", PAGE_HEADERS.get("User-Agent"),
                "Accept-Language", PAGE_HEADERS.get("Accept-Language"),
                "X-YouTube-Client-Name", "1",
                "X-YouTube-Client-Version",
                        c.clientVersion().isEmpty() ? fallbackVersion() : c.clientVersion(),
                "Origin", config.webUrl().toString());
    }

    private static String clientVersion(JsonNode cfg) {
        String v = cfg.path("INNERTUBE_CONTEXT_CLIENT_VERSION").asText("");
        return v.isEmpty() ? cfg.path("INNERTUBE_CLIENT_VERSION").asText("") : v;
    }

    /** What pytchat sends when the page had none: {@code 2.<yesterday>.01.00}. */
    private String fallbackVersion() {
        LocalDate yesterday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
        return "2." + yesterday.format(DateTimeFormatter.BASIC_ISO_DATE) + ".01.00";
    }

    private URI web(String pathAndQuery) {
        String base = config.webUrl().toString();
        return URI.create(
                (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
