package io.mellchat.serving.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.serving.auth.ApiKeys;
import io.mellchat.serving.auth.Principal;
import io.mellchat.serving.auth.Role;
import io.mellchat.serving.http.Access;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.http.RouteTable;
import java.util.List;

/**
 * {@code /keys}: API keys for integrations (admin only). The key is returned once, at creation;
 * only its hash is stored. A key is used as {@code Authorization: Bearer mk_…} with its role.
 */
public final class KeyService implements HttpService {
    private final RouteTable routes;
    private final ApiKeys keys;
    private final long maxBody;

    KeyService(RouteTable routes, ApiKeys keys, long maxBody) {
        this.routes = routes;
        this.keys = keys;
        this.maxBody = maxBody;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.on(rules, Api.PREFIX)
                .get("/keys", this::list)
                .post("/keys", this::create)
                .delete("/keys/{id}", this::revoke)
                .done();
    }

    private void list(ServerRequest req, ServerResponse res) {
        Access.require(req, "list API keys", Access.ADMINS);
        List<ObjectNode> items = keys.list().stream().map(KeyService::json).toList();
        Api.ok(res, Api.page(items, null));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Principal p = Access.require(req, "create API keys", Access.ADMINS);
        ObjectNode body = Json.readObject(req, maxBody);
        String name =
                Json.text(body, "name")
                        .map(String::trim)
                        .orElseThrow(
                                () ->
                                        ApiException.badField(
                                                "name", "is required: what the key is for"));
        if (name.isEmpty() || name.length() > 100) {
            throw ApiException.badField("name", "must be 1 to 100 characters");
        }
        String roleText =
                Json.text(body, "role")
                        .orElseThrow(
                                () ->
                                        ApiException.badField(
                                                "role",
                                                "is required: admin, streamer, moderator or viewer"));
        Role role =
                Role.parse(roleText)
                        .orElseThrow(
                                () ->
                                        ApiException.badField(
                                                "role",
                                                "must be admin, streamer, moderator or viewer"));
        ApiKeys.Created c = keys.create(name, role, p.actor());
        ObjectNode out = json(c.info());
        out.put("key", c.key());
        Json.send(res, Status.CREATED_201, out);
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        Access.require(req, "revoke API keys", Access.ADMINS);
        var id = Params.of(req).pathUuid("id");
        if (!keys.revoke(id)) {
            throw ApiException.notFound("no active API key " + id);
        }
        res.status(Status.NO_CONTENT_204).send();
    }

    private static ObjectNode json(ApiKeys.KeyInfo k) {
        ObjectNode n = Json.object();
        n.put("id", k.id().toString());
        n.put("name", k.name());
        n.put("role", k.role().id());
        n.put("hint", k.hint());
        n.put("created_at", k.createdAt().toString());
        n.put("created_by", k.createdBy());
        if (k.revokedAt().isPresent()) {
            n.put("revoked_at", k.revokedAt().get().toString());
        } else {
            n.putNull("revoked_at");
        }
        if (k.lastUsedAt().isPresent()) {
            n.put("last_used_at", k.lastUsedAt().get().toString());
        } else {
            n.putNull("last_used_at");
        }
        return n;
    }
}
