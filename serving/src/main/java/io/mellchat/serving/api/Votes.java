package io.mellchat.serving.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.model.UserAction;
import io.mellchat.serving.auth.Principal;
import io.mellchat.serving.http.Access;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.redis.ActionWriter;
import io.mellchat.serving.store.UpvoteStore;
import java.util.UUID;

/**
 * Upvotes of questions and messages: one vote per voter per item. A repeated vote (already in the
 * {@code upvotes} table, or already marked in Redis) is answered {@code {"accepted": true,
 * "duplicate": true}} and not sent to the job.
 */
final class Votes {
    private final ActionWriter actions;
    private final UpvoteStore upvotes;

    Votes(ActionWriter actions, UpvoteStore upvotes) {
        this.actions = actions;
        this.upvotes = upvotes;
    }

    void vote(ServerRequest req, ServerResponse res, UserAction.Target target) {
        Principal p = Access.require(req, "upvote", Access.ANY);
        UUID id = Params.of(req).pathUuid("id");
        String voter = p.actor();
        ObjectNode body = Json.object();
        body.put("accepted", true);
        if (upvotes.voted(target.id(), id, voter) || !actions.firstVote(target, id, voter)) {
            body.put("duplicate", true);
            Api.accepted(res, body);
            return;
        }
        UserAction a;
        try {
            a = actions.write(UserAction.Type.UPVOTE, target, id, voter, p.role().id());
        } catch (RuntimeException e) {
            actions.forgetVote(target, id, voter);
            throw e;
        }
        body.put("duplicate", false);
        body.put("action_id", a.actionId());
        Api.accepted(res, body);
    }
}
