package io.mellchat.serving.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Cursor;
import io.mellchat.serving.http.Json;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.http.RouteTable;
import io.mellchat.serving.store.SearchQuery;
import io.mellchat.serving.store.SearchStore;
import java.util.List;

/**
 * {@code GET /search}: full-text search of chat history, best match first. Each item is {@code
 * {"message": Message, "rank": r, "highlights": [{"start","end"}]}} with UTF-16 offsets into the
 * message text.
 */
public final class SearchService implements HttpService {
    private static final int MAX_OFFSET = 10_000;

    private final RouteTable routes;
    private final SearchStore store;

    SearchService(RouteTable routes, SearchStore store) {
        this.routes = routes;
        this.store = store;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.on(rules, Api.PREFIX).get("/search", this::search).done();
    }

    private void search(ServerRequest req, ServerResponse res) {
        Params p = Params.of(req);
        String text =
                p.text("q")
                        .orElseThrow(
                                () ->
                                        ApiException.badField(
                                                "q", "is required: the words to search for"));
        if (text.length() > 500) {
            throw ApiException.badField("q", "is limited to 500 characters");
        }
        SearchQuery q = SearchQuery.parse(text);
        if (q.isEmpty()) {
            throw ApiException.badField("q", "has no words to search for (letters or digits)");
        }
        boolean includeDeleted = MessageService.includeDeleted(req, p);
        int limit = p.integer("limit", 20, 1, 100);
        int offset =
                p.text("cursor")
                        .map(
                                c -> {
                                    try {
                                        int o =
                                                Integer.parseInt(
                                                        Cursor.decode("cursor", c, 1).get(0));
                                        if (o < 0 || o > MAX_OFFSET) {
                                            throw new NumberFormatException();
                                        }
                                        return o;
                                    } catch (NumberFormatException e) {
                                        throw ApiException.badField(
                                                "cursor", "is not a cursor returned as \"next\"");
                                    }
                                })
                        .orElse(0);
        List<SearchStore.Hit> hits =
                store.search(
                        new SearchStore.Query(
                                q,
                                p.platform("platform"),
                                p.channel("channel", p.platform("platform")),
                                p.text("stream"),
                                p.instant("from"),
                                p.instant("to"),
                                includeDeleted,
                                offset,
                                limit));
        String next = null;
        if (hits.size() > limit) {
            hits = hits.subList(0, limit);
            if (offset + limit <= MAX_OFFSET) {
                next = Cursor.encode(offset + limit);
            }
        }
        List<ObjectNode> items =
                hits.stream()
                        .map(
                                h -> {
                                    ObjectNode n = Json.object();
                                    n.set("message", Json.MAPPER.valueToTree(h.message()));
                                    n.put("rank", h.rank());
                                    ArrayNode hl = n.putArray("highlights");
                                    for (int[] span : q.highlights(h.message().message())) {
                                        hl.addObject().put("start", span[0]).put("end", span[1]);
                                    }
                                    return n;
                                })
                        .toList();
        Api.ok(res, Api.page(items, next));
    }
}
