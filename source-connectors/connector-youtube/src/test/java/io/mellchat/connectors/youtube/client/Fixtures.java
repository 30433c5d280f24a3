package io.mellchat.connectors.youtube.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixtures (real JSON from the protocol notes) and a counting {@link SkipCounter}. */
final class Fixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ChannelSpec SPEC = ChannelSpec.parse("youtube:dQw4w9WgXcQ", "show");
    static final Instant RECEIVED = Instant.parse("2024-06-01T12:00:00Z");

    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/youtube/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String textOrName) {
        try {
            return JSON.readTree(textOrName.endsWith(".json") ? text(textOrName) : textOrName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON-lines fixture as an array. */
    static ArrayNode lines(String name) {
        ArrayNode a = JSON.createArrayNode();
        for (String line : text(name).split("\n")) {
            if (!line.isBlank()) {
                a.add(json(line));
            }
        }
        return a;
    }

    static EventBase base() {
        return new EventBase(SPEC, RECEIVED);
    }

    static List<ChatEvent> events(List<ChatItem> items) {
        List<ChatEvent> out = new ArrayList<>();
        items.forEach(i -> out.add(i.event()));
        return out;
    }

    /** Counts skips by reason. */
    static final class Skips implements SkipCounter {
        final Map<String, Integer> counts = new LinkedHashMap<>();

        @Override
        public synchronized void skipped(String reason, String context) {
            counts.merge(reason, 1, Integer::sum);
        }

        synchronized int count(String reason) {
            return counts.getOrDefault(reason, 0);
        }
    }
}
