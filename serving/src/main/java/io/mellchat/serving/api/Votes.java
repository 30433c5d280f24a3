package io.mellchat.serving.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.model.UserAction;
import io.mellchat.serving.auth.Principal;
import io.mellchat.serving.http.Access;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.redis.ActionWriter;
import io.mellchat.serving.store.MessageStore;
import io.mellchat.serving.store.QuestionStore;
import io.mellchat.serving.store.UpvoteStore;
import java.util.UUID;

/**
 * Upvotes of questions and messages: one vote per voter per item. A repeated vote (already in the
 * {@code upvotes} table, or already marked in Redis) is answered {@code {"accepted": true,
 * "duplicate": true}} and not sent to the job. A vote on an item that does not exist is a 404.
 */
final class Votes {
    private final ActionWriter actions;
    private final UpvoteStore upvotes;
    private final QuestionStore questions;
    private final MessageStore messages;

    Votes(
            ActionWriter actions,
            UpvoteStore upvotes,
            QuestionStore questions,
            MessageStore messages) {
        this.actions = actions;
        this.upvotes = upvotes;
        this.questions = questions;
        this.messages = messages;
    }

    private ActionWriter.Location locate(UserAction.Target target, UUID id) {
        return (target == UserAction.Target.QUESTION
                        ? questions
                                .find(id)
                                .filter(q -> !q.deleted())
                                .map(
                                        q ->
                                                new ActionWriter.Location(
                                                        q.stream(), q.platform(), q.channel()))
                        : messages.location(id, false)) // a hidden item takes no votes
                .orElseThrow(() -> ApiException.notFound("no " + target.id() + " " + id));
    }

    void vote(ServerRequest req, ServerResponse res, UserAction.Target target) {
        Principal p = Access.require(req, "upvote", Access.ANY);
        UUID id = Params.of(req).pathUuid("id");
        String voter = p.actor();
        ActionWriter.Location where = locate(target, id);
        ObjectNode body = Json.object();
        body.put("accepted", true);
        if (upvotes.voted(target.id(), id, voter) || !actions.firstVote(target, id, voter)) {
            body.put("duplicate", true);
            Api.accepted(res, body);
            return;
        }
        UserAction a;
        try {
            a = actions.write(UserAction.Type.UPVOTE, target, id, voter, p.role().id(), where);
        } catch (RuntimeException e) {
            actions.forgetVote(target, id, voter);
            throw e;
        }
        body.put("duplicate", false);
        body.put("action_id", a.actionId());
        Api.accepted(res, body);
    }
}
