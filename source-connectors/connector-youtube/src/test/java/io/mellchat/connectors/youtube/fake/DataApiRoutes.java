package io.mellchat.connectors.youtube.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.connectors.youtube.fake.FakeYouTubeServer.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The fake's Data API v3: {@code videos}, {@code channels}, {@code search}, {@code
 * liveChat/messages}.
 */
final class DataApiRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "/youtube/v3/";

    private final FakeYouTubeServer yt;
    private final java.util.Set<String> endAnnounced = new java.util.HashSet<>();

    DataApiRoutes(FakeYouTubeServer yt) {
        this.yt = yt;
    }

    Reply handle(String method, String path, Map<String, String> q, String body) {
        String endpoint = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        if (!FakeYouTubeServer.API_KEY.equals(q.getOrDefault("key", ""))) {
            yt.record(endpoint, "", "", 400);
            return error(400, "keyInvalid", "API key not valid. Please pass a valid API key.");
        }
        switch (endpoint) {
            case "videos":
                return videos(q.getOrDefault("id", ""));
            case "channels":
                return channels(q.getOrDefault("forHandle", q.getOrDefault("id", "")));
            case "search":
                return search(q.getOrDefault("channelId", ""));
            case "liveChat/messages":
                return messages(q);
            default:
                yt.record(endpoint, "", "", 404);
                return error(404, "notFound", "no such endpoint " + endpoint);
        }
    }

    private Reply videos(String id) {
        FakeLiveVideo v = yt.video(id);
        ObjectNode r = list("youtube#videoListResponse");
        if (v != null) {
            ObjectNode item = ((ArrayNode) r.path("items")).addObject();
            item.put("kind", "youtube#video").put("id", id);
            ObjectNode live = item.putObject("liveStreamingDetails");
            live.put("actualStartTime", "2024-01-01T00:00:00Z");
            if (v.ended()) {
                live.put("actualEndTime", FakeLiveVideo.rfc3339(v.endedAt()));
            } else {
                live.put("activeLiveChatId", v.liveChatId());
            }
        }
        yt.record("videos", id, "", 200);
        return Reply.json(200, r);
    }

    private Reply channels(String handle) {
        FakeChannel c = yt.channelOf(handle);
        ObjectNode r = list("youtube#channelListResponse");
        if (c != null) {
            ((ArrayNode) r.path("items"))
                    .addObject()
                    .put("kind", "youtube#channel")
                    .put("id", c.channelId());
        }
        yt.record("channels", handle, "", 200);
        return Reply.json(200, r);
    }

    private Reply search(String channelId) {
        FakeChannel c = yt.channelOf(channelId);
        FakeLiveVideo live = c == null ? null : c.live();
        ObjectNode r = list("youtube#searchListResponse");
        if (live != null) {
            ((ArrayNode) r.path("items"))
                    .addObject()
                    .put("kind", "youtube#searchResult")
                    .putObject("id")
                    .put("kind", "youtube#video")
                    .put("videoId", live.videoId());
        }
        yt.record("search", channelId, "", 200);
        return Reply.json(200, r);
    }

    private Reply messages(Map<String, String> q) {
        String chatId = q.getOrDefault("liveChatId", "");
        String token = q.getOrDefault("pageToken", "");
        Reply r =
                messagesReply(chatId, token, Integer.parseInt(q.getOrDefault("maxResults", "500")));
        yt.record("messages", chatId, token, r.status());
        return r;
    }

    private Reply messagesReply(String chatId, String token, int maxResults) {
        FakeLiveVideo v = yt.chat(chatId);
        if (v == null) {
            return error(
                    404,
                    "liveChatNotFound",
                    "The live chat that you are trying to retrieve cannot be found.");
        }
        String pollKey = "api:" + chatId;
        if (!yt.guard().check(pollKey)) {
            return error(
                    403,
                    "rateLimitExceeded",
                    "The request was sent too soon after the previous one.");
        }
        FakeError failure = yt.takeFailure();
        if (failure != null) {
            return error(failure.dataStatus, failure.dataReason, "injected " + failure);
        }
        if (v.chatDisabled()) {
            return error(
                    403,
                    "liveChatDisabled",
                    "Live chat is not enabled for the specified broadcast.");
        }
        if (v.ended() && !endAnnounced.add(chatId)) {
            return error(403, "liveChatEnded", "The live chat is no longer live.");
        }
        int from;
        try {
            from =
                    token.isEmpty()
                            ? Math.max(0, v.size() - maxResults)
                            : Integer.parseInt(token.substring(1));
        } catch (RuntimeException e) {
            return error(400, "pageTokenInvalid", "The page token is invalid.");
        }
        List<FakeChatItem> page = v.items(from, maxResults);
        long interval = yt.pollingInterval().toMillis();
        ObjectNode r = list("youtube#liveChatMessageListResponse");
        r.put("nextPageToken", "T" + (from + page.size()));
        r.put("pollingIntervalMillis", interval);
        r.putObject("pageInfo").put("totalResults", page.size()).put("resultsPerPage", page.size());
        ArrayNode items = (ArrayNode) r.path("items");
        page.forEach(i -> items.add(i.dataApi()));
        if (v.ended() && from + page.size() >= v.size()) {
            Instant at = v.endedAt();
            r.put("offlineAt", FakeLiveVideo.rfc3339(at));
            ObjectNode end = items.addObject();
            end.put("kind", "youtube#liveChatMessage").put("id", "LCC.end." + v.videoId());
            end.putObject("snippet")
                    .put("type", "chatEndedEvent")
                    .put("liveChatId", chatId)
                    .put("publishedAt", FakeLiveVideo.rfc3339(at))
                    .put("hasDisplayContent", false);
        } else if (v.ended()) {
            endAnnounced.remove(chatId); // more pages to go before the end
        }
        yt.guard().answered(pollKey, interval);
        return Reply.json(200, r);
    }

    private static ObjectNode list(String kind) {
        ObjectNode r = JSON.createObjectNode();
        r.put("kind", kind).put("etag", "fake");
        r.putArray("items");
        return r;
    }

    static Reply error(int code, String reason, String message) {
        ObjectNode r = JSON.createObjectNode();
        ObjectNode e = r.putObject("error");
        e.put("code", code).put("message", message);
        e.putArray("errors")
                .addObject()
                .put("message", message)
                .put(
                        "domain",
                        reason.equals("quotaExceeded") ? "youtube.quota" : "youtube.liveChat")
                .put("reason", reason);
        return Reply.json(code, r);
    }
}
