package io.mellchat.serving.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.model.UserAction;
import io.mellchat.serving.auth.Principal;
import io.mellchat.serving.cache.HotCache;
import io.mellchat.serving.http.Access;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Cursor;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.http.RouteTable;
import io.mellchat.serving.redis.ActionWriter;
import io.mellchat.serving.store.QuestionStore;
import io.mellchat.serving.store.QuestionStore.Question;
import io.mellchat.serving.store.QuestionStore.Sort;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /questions}: the ranked queue ({@code sort=top|new|trending}, {@code
 * status=open|answered|all}, cursor paging), served from a cache that the live frames invalidate;
 * upvotes; answering and re-opening (moderator, streamer, admin), which answer 200 with the
 * question as it will be once the job has applied the action.
 */
public final class QuestionService implements HttpService {
    private static final Set<String> SORTS = Set.of("top", "new", "trending");
    private static final Set<String> STATUSES = Set.of("open", "answered", "all");

    private final RouteTable routes;
    private final QuestionStore store;
    private final ActionWriter actions;
    private final Votes votes;
    private final HotCache cache;

    QuestionService(
            RouteTable routes,
            QuestionStore store,
            ActionWriter actions,
            Votes votes,
            HotCache cache) {
        this.routes = routes;
        this.store = store;
        this.actions = actions;
        this.votes = votes;
        this.cache = cache;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.on(rules, Api.PREFIX)
                .get("/questions", this::list)
                .post(
                        "/questions/{id}/upvote",
                        (req, res) -> votes.vote(req, res, UserAction.Target.QUESTION))
                .post("/questions/{id}/answer", (req, res) -> answer(req, res, true))
                .delete("/questions/{id}/answer", (req, res) -> answer(req, res, false))
                .done();
    }

    private void list(ServerRequest req, ServerResponse res) {
        Params p = Params.of(req);
        boolean includeDeleted = MessageService.includeDeleted(req, p);
        Optional<String> stream = p.text("stream");
        Optional<String> platform = p.platform("platform");
        Optional<String> channel = p.channel("channel", platform);
        String status = p.oneOf("status", "open", STATUSES);
        Sort sort = Sort.valueOf(p.oneOf("sort", "top", SORTS).toUpperCase(Locale.ROOT));
        int limit = p.integer("limit", 50, 1, 200);
        Optional<String> cursor = p.text("cursor");
        Optional<Object[]> after = cursor.map(c -> decode(sort, c));
        QuestionStore.Query q =
                new QuestionStore.Query(
                        stream, platform, channel, status, sort, after, limit, includeDeleted);
        if (includeDeleted) {
            Api.ok(res, load(q));
            return;
        }
        String key =
                stream.orElse("")
                        + '|'
                        + platform.orElse("")
                        + '|'
                        + channel.orElse("")
                        + '|'
                        + status
                        + '|'
                        + sort
                        + '|'
                        + limit
                        + '|'
                        + cursor.orElse("");
        Api.ok(res, cache.get(key, () -> load(q)));
    }

    private byte[] load(QuestionStore.Query q) {
        List<Question> rows = store.list(q);
        String next = null;
        if (rows.size() > q.limit()) {
            rows = rows.subList(0, q.limit());
            next = Cursor.encode(rows.get(q.limit() - 1).sortKey(q.sort()));
        }
        List<JsonNode> items =
                rows.stream().map(r -> (JsonNode) r.toJson(q.includeDeleted())).toList();
        return Api.page(items, next);
    }

    private static Object[] decode(Sort sort, String cursor) {
        try {
            return switch (sort) {
                case TOP -> {
                    List<String> c = Cursor.decode("cursor", cursor, 4);
                    yield new Object[] {
                        Integer.parseInt(c.get(0)),
                        Double.parseDouble(c.get(1)),
                        Params.parseInstant("cursor", c.get(2)),
                        UUID.fromString(c.get(3))
                    };
                }
                case TRENDING -> {
                    List<String> c = Cursor.decode("cursor", cursor, 4);
                    yield new Object[] {
                        Double.parseDouble(c.get(0)),
                        Integer.parseInt(c.get(1)),
                        Params.parseInstant("cursor", c.get(2)),
                        UUID.fromString(c.get(3))
                    };
                }
                case NEW -> {
                    List<String> c = Cursor.decode("cursor", cursor, 2);
                    yield new Object[] {
                        Params.parseInstant("cursor", c.get(0)), UUID.fromString(c.get(1))
                    };
                }
            };
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiException.badField(
                    "cursor",
                    "is not a cursor returned as \"next\" for sort="
                            + sort.name().toLowerCase(Locale.ROOT));
        }
    }

    private void answer(ServerRequest req, ServerResponse res, boolean answered) {
        Principal p =
                Access.require(
                        req,
                        answered ? "answer questions" : "re-open questions",
                        Access.MODERATORS);
        UUID id = Params.of(req).pathUuid("id");
        Question q =
                store.find(id)
                        .filter(x -> !x.deleted())
                        .orElseThrow(() -> ApiException.notFound("no question " + id));
        actions.write(
                answered ? UserAction.Type.ANSWER : UserAction.Type.UNANSWER,
                UserAction.Target.QUESTION,
                id,
                p.actor(),
                p.role().id(),
                new ActionWriter.Location(q.stream(), q.platform(), q.channel()));
        Question will = q.answered() == answered ? q : q.withAnswered(answered);
        Json.send(res, Status.OK_200, will.toJson(false));
    }
}
