package io.mellchat.serving.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.UserAction;
import io.mellchat.serving.auth.Principal;
import io.mellchat.serving.http.Access;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Cursor;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.http.RouteTable;
import io.mellchat.serving.redis.ActionWriter;
import io.mellchat.serving.store.MessageStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /messages}: history newest first with filters and cursor paging ({@code before=}), deleted
 * messages only for moderators who ask {@code include_deleted=true}; upvotes (any token) and hiding
 * (moderator, streamer, admin), both sent to the job as user actions.
 */
public final class MessageService implements HttpService {
    private final RouteTable routes;
    private final MessageStore store;
    private final ActionWriter actions;
    private final Votes votes;

    MessageService(RouteTable routes, MessageStore store, ActionWriter actions, Votes votes) {
        this.routes = routes;
        this.store = store;
        this.actions = actions;
        this.votes = votes;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.on(rules, Api.PREFIX)
                .get("/messages", this::list)
                .post(
                        "/messages/{id}/upvote",
                        (req, res) -> votes.vote(req, res, UserAction.Target.MESSAGE))
                .post("/messages/{id}/hide", this::hide)
                .done();
    }

    private void list(ServerRequest req, ServerResponse res) {
        Params p = Params.of(req);
        boolean includeDeleted = includeDeleted(req, p);
        Optional<MessageStore.Position> before =
                p.text("before")
                        .map(
                                c -> {
                                    List<String> parts = Cursor.decode("before", c, 2);
                                    try {
                                        return new MessageStore.Position(
                                                Params.parseInstant("before", parts.get(0)),
                                                UUID.fromString(parts.get(1)));
                                    } catch (RuntimeException e) {
                                        throw ApiException.badField(
                                                "before", "is not a cursor returned as \"next\"");
                                    }
                                });
        int limit = p.integer("limit", 50, 1, 500);
        List<ChatMessage> rows =
                store.list(
                        new MessageStore.Query(
                                p.platform("platform"),
                                p.channel("channel", p.platform("platform")),
                                p.text("stream"),
                                p.text("category"),
                                before,
                                limit,
                                includeDeleted));
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            ChatMessage last = rows.get(limit - 1);
            next = Cursor.encode(last.timestamp(), last.id());
        }
        List<JsonNode> items =
                rows.stream().map(m -> (JsonNode) Json.MAPPER.valueToTree(m)).toList();
        Api.ok(res, Api.page(items, next));
    }

    /** {@code include_deleted=true} is for moderators, streamers and admins only. */
    static boolean includeDeleted(ServerRequest req, Params p) {
        if (!p.bool("include_deleted")) {
            return false;
        }
        Access.require(req, "see deleted items (include_deleted=true)", Access.MODERATORS);
        return true;
    }

    private void hide(ServerRequest req, ServerResponse res) {
        Principal p = Access.require(req, "hide messages", Access.MODERATORS);
        UUID id = Params.of(req).pathUuid("id");
        ActionWriter.Location where =
                store.location(id).orElseThrow(() -> ApiException.notFound("no message " + id));
        UserAction a =
                actions.write(
                        UserAction.Type.HIDE,
                        UserAction.Target.MESSAGE,
                        id,
                        p.actor(),
                        p.role().id(),
                        where);
        ObjectNode body = Json.object();
        body.put("accepted", true);
        body.put("action_id", a.actionId());
        Api.accepted(res, body);
    }
}
