package io.mellchat.serving.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.model.ChannelRef;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.Platform;
import io.mellchat.serving.http.Access;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.http.RouteTable;
import io.mellchat.serving.live.ChannelDirectory;
import io.mellchat.serving.store.ChannelStore;
import io.mellchat.serving.store.ChannelStore.Channel;
import java.util.List;
import java.util.Optional;

/**
 * {@code /channels}: the channel list (anyone; served from the cached directory), and adding or
 * removing live channels (admin, streamer). Added channels are written to the {@code channels}
 * table with origin {@code live} and status {@code connecting}; the job discovers them.
 */
public final class ChannelService implements HttpService {
    private final RouteTable routes;
    private final ChannelStore store;
    private final ChannelDirectory directory;
    private final long maxBody;

    public ChannelService(
            RouteTable routes, ChannelStore store, ChannelDirectory directory, long maxBody) {
        this.routes = routes;
        this.store = store;
        this.directory = directory;
        this.maxBody = maxBody;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.on(rules, Api.PREFIX)
                .get("/channels", this::list)
                .post("/channels", this::add)
                .delete("/channels/{platform}/{channel}", this::remove)
                .done();
    }

    private void list(ServerRequest req, ServerResponse res) {
        Params p = Params.of(req);
        Optional<String> stream = p.text("stream");
        Optional<String> platform = p.platform("platform");
        List<ObjectNode> items =
                directory.all().stream()
                        .filter(c -> stream.map(s -> s.equals(c.stream())).orElse(true))
                        .filter(c -> platform.map(s -> s.equals(c.platform())).orElse(true))
                        .map(Channel::toJson)
                        .toList();
        Api.ok(res, Api.page(items, null));
    }

    private void add(ServerRequest req, ServerResponse res) {
        Access.require(req, "add channels", Access.OWNERS);
        ObjectNode body = Json.readObject(req, maxBody);
        String platform =
                Json.text(body, "platform")
                        .orElseThrow(
                                () ->
                                        ApiException.badField(
                                                "platform",
                                                "is required (twitch, youtube or kick)"));
        String channel =
                Json.text(body, "channel")
                        .orElseThrow(() -> ApiException.badField("channel", "is required"));
        String stream = Json.text(body, "stream").orElse(ChannelSpec.DEFAULT_STREAM);
        ChannelSpec spec;
        try {
            Platform.of(platform);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("platform", e.getMessage());
        }
        try {
            ChannelSpec.validStream(stream);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("stream", e.getMessage());
        }
        try {
            spec = ChannelSpec.parse(platform + ":" + channel, stream);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("channel", e.getMessage());
        }
        Channel added =
                store.add(spec)
                        .orElseThrow(
                                () ->
                                        ApiException.conflict(
                                                "channel " + spec.ref().key() + " already exists"));
        directory.invalidate();
        res.header(
                HeaderNames.LOCATION,
                Api.PREFIX + "/channels/" + added.platform() + "/" + added.channel());
        Json.send(res, Status.CREATED_201, added.toJson());
    }

    private void remove(ServerRequest req, ServerResponse res) {
        Access.require(req, "remove channels", Access.OWNERS);
        Params p = Params.of(req);
        ChannelRef ref;
        try {
            ref = ChannelRef.of(Platform.of(p.pathText("platform")), p.pathText("channel"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("channel", e.getMessage());
        }
        if (!store.remove(ref.platform().id(), ref.channel())) {
            throw ApiException.notFound("no channel " + ref.key());
        }
        directory.invalidate();
        res.status(Status.NO_CONTENT_204).send();
    }
}
