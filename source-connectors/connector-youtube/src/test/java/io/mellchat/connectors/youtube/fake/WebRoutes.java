package io.mellchat.connectors.youtube.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.connectors.youtube.fake.FakeYouTubeServer.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The fake's web client: a channel's {@code /live} page, the {@code /live_chat} bootstrap page
 * (ytcfg and ytInitialData), and {@code get_live_chat} with continuations and {@code timeoutMs}.
 */
final class WebRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HISTORY = 200;
    private static final String RECENT = "recent";

    private final FakeYouTubeServer yt;

    WebRoutes(FakeYouTubeServer yt) {
        this.yt = yt;
    }

    Reply handle(String method, String path, Map<String, String> q, String body) {
        if (path.equals("/live_chat")) {
            return liveChatPage(q.getOrDefault("v", ""));
        }
        if (path.equals("/youtubei/v1/live_chat/get_live_chat") && method.equals("POST")) {
            return getLiveChat(q, body);
        }
        if (path.endsWith("/live")) {
            String who =
                    path.startsWith("/channel/")
                            ? path.substring("/channel/".length(), path.length() - 5)
                            : path.substring(1, path.length() - 5);
            return channelLivePage(who);
        }
        yt.record("web", path, "", 404);
        return new Reply(404, "text/html", "<html>404</html>");
    }

    private Reply channelLivePage(String who) {
        FakeChannel c = yt.channelOf(who);
        if (c == null) {
            yt.record("live_page", who, "", 404);
            return new Reply(404, "text/html", "<html>This page isn't available.</html>");
        }
        FakeLiveVideo live = c.live();
        String canonical =
                live == null
                        ? "https://www.youtube.com/channel/" + c.channelId()
                        : "https://www.youtube.com/watch?v=" + live.videoId();
        yt.record("live_page", who, "", 200);
        return Reply.html(
                "<html><head><link rel=\"canonical\" href=\""
                        + canonical
                        + "\"></head><body></body></html>");
    }

    private Reply liveChatPage(String videoId) {
        FakeLiveVideo v = yt.video(videoId);
        ObjectNode data = JSON.createObjectNode();
        ObjectNode contents = data.putObject("contents");
        if (v != null && v.chatDisabled()) {
            contents.putObject("messageRenderer")
                    .putObject("text")
                    .putArray("runs")
                    .addObject()
                    .put("text", "Chat is disabled for this live stream.");
        } else if (v != null && v.ended()) {
            contents.putObject("liveChatRenderer")
                    .putArray("continuations")
                    .addObject()
                    .putObject("liveChatReplayContinuationData")
                    .put("continuation", "replay");
        } else if (v != null) {
            ObjectNode r = contents.putObject("liveChatRenderer");
            int size = v.size();
            r.putArray("continuations")
                    .addObject()
                    .putObject("invalidationContinuationData")
                    .put("continuation", token(videoId, Integer.toString(size)))
                    .put("timeoutMs", yt.keylessTimeout().toMillis());
            ArrayNode actions = r.putArray("actions");
            v.items(Math.max(0, size - HISTORY), HISTORY).forEach(i -> actions.add(i.webAction()));
            if (yt.viewSelector()) {
                ArrayNode menu =
                        r.putObject("header")
                                .putObject("liveChatHeaderRenderer")
                                .putObject("viewSelector")
                                .putObject("sortFilterSubMenuRenderer")
                                .putArray("subMenuItems");
                menu.addObject()
                        .put("title", "Top chat")
                        .putObject("continuation")
                        .putObject("reloadContinuationData")
                        .put("continuation", token(videoId, "top"));
                menu.addObject()
                        .put("title", "Live chat")
                        .putObject("continuation")
                        .putObject("reloadContinuationData")
                        .put("continuation", token(videoId, RECENT));
            }
        }
        yt.record("live_chat_page", videoId, "", 200);
        String html =
                "<!DOCTYPE html><html><head><script>ytcfg.set({\"INNERTUBE_API_KEY\":\""
                        + FakeYouTubeServer.INNERTUBE_KEY
                        + "\",\"INNERTUBE_CONTEXT_CLIENT_VERSION\":\""
                        + FakeYouTubeServer.CLIENT_VERSION
                        + "\",\"VISITOR_DATA\":\"fakeVisitor%3D\"});"
                        + " ytcfg.set(\"EXPERIMENT_FLAGS\", {});</script></head><body><script>window[\"ytInitialData\"] = "
                        + data
                        + ";</script></body></html>";
        return Reply.html(html);
    }

    private Reply getLiveChat(Map<String, String> q, String body) {
        JsonNode req;
        try {
            req = JSON.readTree(body);
        } catch (Exception e) {
            req = JSON.createObjectNode();
        }
        String continuation = req.path("continuation").asText("");
        String[] parts = decode(continuation);
        String videoId = parts == null ? "" : parts[0];
        Reply r = getLiveChatReply(q, req, parts);
        yt.record("get_live_chat", videoId, continuation, r.status());
        return r;
    }

    private Reply getLiveChatReply(Map<String, String> q, JsonNode req, String[] parts) {
        String key = q.get("key");
        if (key != null && !key.equals(FakeYouTubeServer.INNERTUBE_KEY)) {
            return error(
                    400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.");
        }
        JsonNode client = req.path("context").path("client");
        if (!client.path("clientName").asText().equals("WEB")
                || client.path("clientVersion").asText().isEmpty()) {
            return error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.");
        }
        FakeLiveVideo v = parts == null ? null : yt.video(parts[0]);
        if (v == null) {
            return error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.");
        }
        String pollKey = "web:" + v.videoId();
        if (!yt.guard().check(pollKey)) {
            return error(429, "RESOURCE_EXHAUSTED", "Too many requests.");
        }
        FakeError failure = yt.takeFailure();
        if (failure != null) {
            return error(failure.webStatus, failure.webStatusName, "injected " + failure);
        }
        int from =
                parts[1].equals(RECENT) || parts[1].equals("top")
                        ? Math.max(0, v.size() - HISTORY)
                        : Integer.parseInt(parts[1]);
        List<FakeChatItem> page = v.items(from, HISTORY);
        if (v.ended()) {
            // the last actions without a continuation; an empty answer once nothing is left
            ObjectNode r = JSON.createObjectNode();
            r.putObject("responseContext").put("visitorData", "fakeVisitor%3D");
            if (!page.isEmpty()) {
                ArrayNode actions =
                        r.putObject("continuationContents")
                                .putObject("liveChatContinuation")
                                .putArray("actions");
                page.forEach(i -> actions.add(i.webAction()));
            }
            return Reply.json(200, r);
        }
        long timeout = yt.keylessTimeout().toMillis();
        ObjectNode r = JSON.createObjectNode();
        r.putObject("responseContext").put("visitorData", "fakeVisitor%3D");
        ObjectNode chat = r.putObject("continuationContents").putObject("liveChatContinuation");
        chat.putArray("continuations")
                .addObject()
                .putObject("timedContinuationData")
                .put("timeoutMs", timeout)
                .put("continuation", token(v.videoId(), Integer.toString(from + page.size())));
        if (!page.isEmpty()) {
            ArrayNode actions = chat.putArray("actions");
            page.forEach(i -> actions.add(i.webAction()));
        }
        yt.guard().answered(pollKey, timeout);
        return Reply.json(200, r);
    }

    static String token(String videoId, String position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        ("fk1:" + videoId + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code [videoId, position]}, or null for a token the fake did not make. */
    private static String[] decode(String token) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] p = s.split(":", 3);
            if (p.length != 3 || !p[0].equals("fk1")) {
                return null;
            }
            if (!p[2].equals(RECENT) && !p[2].equals("top")) {
                Integer.parseInt(p[2]);
            }
            return new String[] {p[1], p[2]};
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Reply error(int code, String status, String message) {
        ObjectNode r = JSON.createObjectNode();
        r.putObject("error").put("code", code).put("message", message).put("status", status);
        return Reply.json(code, r);
    }
}
