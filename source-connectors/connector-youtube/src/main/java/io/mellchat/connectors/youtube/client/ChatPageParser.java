package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mellchat.model.ChannelSpec;
import java.time.Instant;
import java.util.List;

/**
 * Whole chat pages as text to model events, as the clients read them: a Data API {@code
 * liveChatMessages.list} answer or a web client {@code get_live_chat} answer. For tools, replays
 * and benchmarks; the clients also read the paging fields of the same answers.
 */
public final class ChatPageParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataApiParser dataApi;
    private final InnerTubeParser web;

    public ChatPageParser(SkipCounter skips, int maxItemChars) {
        this.dataApi = new DataApiParser(skips, maxItemChars);
        this.web = new InnerTubeParser(skips, maxItemChars);
    }

    /** The items of a {@code liveChatMessageListResponse}. */
    public List<ChatItem> dataApiPage(String json, ChannelSpec spec, Instant receivedAt) {
        return dataApi.parse(read(json).path("items"), new EventBase(spec, receivedAt));
    }

    /** The items of a {@code get_live_chat} answer. */
    public List<ChatItem> webPage(String json, ChannelSpec spec, Instant receivedAt) {
        JsonNode actions =
                read(json)
                        .path("continuationContents")
                        .path("liveChatContinuation")
                        .path("actions");
        return web.parse(actions, new EventBase(spec, receivedAt));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not a JSON chat page: " + e.getOriginalMessage(), e);
        }
    }
}
