package io.mellchat.serving.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.common.uri.UriQuery;
import io.helidon.websocket.WsCloseCodes;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.mellchat.model.ChannelRef;
import io.mellchat.model.ChannelSpec;
import io.mellchat.serving.config.ServingConfig;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.observe.ServingMetrics;
import io.mellchat.serving.store.MessageStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /ws}: one listener per connection. Subscriptions come from the query ({@code
 * ?channels=twitch:foo,kick:bar}, {@code ?stream=name}, {@code &since=...}) or from client frames
 * {@code {"type":"subscribe"|"unsubscribe","channels":[…],"streams":[…],"since":…}}; a client that
 * subscribes to nothing gets stream {@code default}. Every subscribe is answered with {@code
 * {"type":"subscribed",…}} and a snapshot. {@code {"type":"ping"}} is answered with {@code pong}.
 */
public final class WsEndpoint implements WsListener {
    private static final Logger LOG = Logger.getLogger(WsEndpoint.class.getName());
    private static final int MAX_SUBSCRIPTIONS = 100;
    private static final int MAX_CLIENT_FRAME = 16 * 1024;

    private final FrameHub hub;
    private final Snapshots snapshots;
    private final ServingConfig.Ws config;
    private final ServingMetrics metrics;
    private ClientSession session;
    private StringBuilder partial;

    public WsEndpoint(
            FrameHub hub, Snapshots snapshots, ServingConfig.Ws config, ServingMetrics metrics) {
        this.hub = hub;
        this.snapshots = snapshots;
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    public void onOpen(WsSession ws) {
        if (hub.draining()) {
            ws.close(WsCloseCodes.GOING_AWAY, "server shutting down");
            return;
        }
        session =
                new ClientSession(
                        ws, config.queueFrames(), config.heartbeat(), metrics, this::gone);
        hub.add(session);
        session.start();
        UriQuery q = ws.prologue().query();
        List<String> channels = split(q.first("channels").orElse(""));
        List<String> streams = split(q.first("stream").orElse(q.first("streams").orElse("")));
        Optional<String> since = q.first("since").filter(s -> !s.isBlank());
        if (channels.isEmpty() && streams.isEmpty()) {
            session.implicitDefault = true;
            subscribe(List.of(), List.of(ChannelSpec.DEFAULT_STREAM), since);
        } else {
            subscribe(channels, streams, since);
        }
    }

    @Override
    public void onMessage(WsSession ws, String text, boolean last) {
        if (session == null) {
            return;
        }
        if (partial == null && last) {
            handle(text);
            return;
        }
        if (partial == null) {
            partial = new StringBuilder();
        }
        partial.append(text);
        if (partial.length() > MAX_CLIENT_FRAME) {
            partial = null;
            session.close(WsCloseCodes.TOO_BIG, "client frames are limited to 16 KiB");
            return;
        }
        if (last) {
            String whole = partial.toString();
            partial = null;
            handle(whole);
        }
    }

    private void handle(String text) {
        if (text.length() > MAX_CLIENT_FRAME) {
            session.close(WsCloseCodes.TOO_BIG, "client frames are limited to 16 KiB");
            return;
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(text);
        } catch (IOException e) {
            error("malformed JSON");
            return;
        }
        if (n == null || !n.isObject()) {
            error(
                    "send a JSON object such as {\"type\":\"subscribe\",\"channels\":[\"twitch:foo\"]}");
            return;
        }
        String type = n.path("type").asText("");
        switch (type) {
            case "subscribe" -> {
                List<String> channels = list(n, "channels");
                List<String> streams = list(n, "streams");
                if (n.hasNonNull("stream")) {
                    streams = new ArrayList<>(streams);
                    streams.add(n.get("stream").asText());
                }
                if (channels == null || streams == null) {
                    return;
                }
                if (session.implicitDefault) {
                    session.implicitDefault = false;
                    hub.unsubscribe(session, List.of(), List.of(ChannelSpec.DEFAULT_STREAM));
                }
                subscribe(
                        channels,
                        streams,
                        Optional.ofNullable(n.get("since"))
                                .filter(JsonNode::isTextual)
                                .map(JsonNode::asText));
            }
            case "unsubscribe" -> {
                List<String> channels = list(n, "channels");
                List<String> streams = list(n, "streams");
                if (n.hasNonNull("stream")) {
                    streams = new ArrayList<>(streams == null ? List.of() : streams);
                    streams.add(n.get("stream").asText());
                }
                if (channels == null || streams == null) {
                    return;
                }
                List<String> keys;
                try {
                    keys = normalise(channels);
                } catch (IllegalArgumentException e) {
                    error(e.getMessage());
                    return;
                }
                hub.unsubscribe(session, keys, streams);
                send(ack("unsubscribed"));
            }
            case "ping" -> send("{\"type\":\"pong\"}");
            default -> error("unknown type '" + type + "': use subscribe, unsubscribe or ping");
        }
    }

    private void subscribe(
            List<String> rawChannels, List<String> streams, Optional<String> sinceText) {
        List<String> channels;
        try {
            channels = normalise(rawChannels);
            streams.forEach(ChannelSpec::validStream);
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        if (session.channels.size() + session.streams.size() + channels.size() + streams.size()
                > MAX_SUBSCRIPTIONS) {
            error("at most " + MAX_SUBSCRIPTIONS + " channels and streams per connection");
            return;
        }
        Optional<MessageStore.Position> since = Optional.empty();
        if (sinceText.isPresent()) {
            try {
                since = snapshots.since(sinceText.get());
            } catch (IllegalArgumentException e) {
                error(e.getMessage());
                return;
            }
        }
        // subscribe first, so no frame published while the snapshot is read is lost
        hub.subscribe(session, channels, streams);
        send(ack("subscribed"));
        try {
            for (Frame f : snapshots.build(channels, streams, since)) {
                session.offer(f);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not build a WebSocket snapshot", e);
            error("the snapshot could not be read; live frames follow");
        }
    }

    private List<String> normalise(List<String> channels) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : channels) {
            out.add(ChannelRef.parse(c).key());
        }
        return List.copyOf(out);
    }

    private String ack(String type) {
        ObjectNode n = Json.object();
        n.put("type", type);
        ArrayNode cs = n.putArray("channels");
        session.channels.stream().sorted().forEach(cs::add);
        ArrayNode ss = n.putArray("streams");
        session.streams.stream().sorted().forEach(ss::add);
        return n.toString();
    }

    private List<String> list(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            error(field + " must be a list of strings");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            out.add(e.asText());
        }
        return out;
    }

    private void error(String detail) {
        ObjectNode n = Json.object();
        n.put("type", "error");
        n.put("error", "bad_request");
        n.put("detail", detail);
        send(n.toString());
    }

    private void send(String text) {
        session.offer(new Frame("control", "", "", "", text, null));
    }

    @Override
    public void onClose(WsSession ws, int status, String reason) {
        gone();
    }

    @Override
    public void onError(WsSession ws, Throwable t) {
        LOG.log(Level.FINE, "WebSocket error", t);
        gone();
    }

    private void gone() {
        if (session != null) {
            session.closedByClient();
            hub.remove(session);
        }
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split(",")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }
}
