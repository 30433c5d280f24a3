package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Optional;

/**
 * The live-chat part of a web client answer, from the bootstrap page ({@code liveChatRenderer}) or
 * from {@code get_live_chat} ({@code continuationContents.liveChatContinuation}): the next
 * continuation, how long to wait for it, whether the chat is live (a replay continuation means the
 * stream is over), and the actions.
 *
 * @param continuation the next continuation token ("" when there is none)
 * @param timeoutMs the wait YouTube asked for (0 when it did not say)
 * @param live true for live continuations (invalidation, timed, reload)
 * @param actions the chat actions ({@code actions}), possibly missing
 */
record LiveChatPage(String continuation, long timeoutMs, boolean live, JsonNode actions) {
    private static final String[] LIVE_KINDS = {
        "invalidationContinuationData", "timedContinuationData", "reloadContinuationData"
    };
    private static final String[] REPLAY_KINDS = {
        "liveChatReplayContinuationData", "playerSeekContinuationData"
    };

    /** Reads a {@code liveChatContinuation} or a {@code liveChatRenderer}; empty if it is none. */
    static Optional<LiveChatPage> of(JsonNode chat) {
        if (!chat.isObject()) {
            return Optional.empty();
        }
        JsonNode actions = chat.has("actions") ? chat.path("actions") : MissingNode.getInstance();
        for (JsonNode c : chat.path("continuations")) {
            for (String kind : LIVE_KINDS) {
                JsonNode d = c.path(kind);
                if (d.hasNonNull("continuation")) {
                    return Optional.of(
                            new LiveChatPage(
                                    d.path("continuation").asText(),
                                    d.path("timeoutMs").asLong(0),
                                    true,
                                    actions));
                }
            }
        }
        for (JsonNode c : chat.path("continuations")) {
            for (String kind : REPLAY_KINDS) {
                if (c.has(kind)) {
                    return Optional.of(new LiveChatPage("", 0, false, actions));
                }
            }
        }
        // no continuation at all: the chat has nothing more to give
        return Optional.of(new LiveChatPage("", 0, false, actions));
    }

    /**
     * The continuation of the "Live chat" view (every message) from the page's view selector; the
     * page itself opens on "Top chat", which YouTube filters.
     */
    static Optional<String> allMessagesContinuation(JsonNode liveChatRenderer) {
        JsonNode items =
                liveChatRenderer
                        .path("header")
                        .path("liveChatHeaderRenderer")
                        .path("viewSelector")
                        .path("sortFilterSubMenuRenderer")
                        .path("subMenuItems");
        if (!items.isArray() || items.isEmpty()) {
            return Optional.empty();
        }
        String c =
                items.get(items.size() - 1)
                        .path("continuation")
                        .path("reloadContinuationData")
                        .path("continuation")
                        .asText("");
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
    }

    /** The {@code liveChatRenderer} of a live_chat page or of a watch page; missing if none. */
    static JsonNode renderer(JsonNode initialData) {
        JsonNode live = initialData.path("contents").path("liveChatRenderer");
        if (!live.isMissingNode()) {
            return live;
        }
        return initialData
                .path("contents")
                .path("twoColumnWatchNextResults")
                .path("conversationBar")
                .path("liveChatRenderer");
    }

    /** Why a page has no chat, as YouTube says it ("Chat is disabled for this live stream."). */
    static String unavailableReason(JsonNode initialData) {
        JsonNode m = initialData.path("contents").path("messageRenderer").path("text");
        return m.isMissingNode() ? "" : RunsText.plain(m);
    }
}
