package io.mellchat.serving.api;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.mellchat.serving.http.ApiException;
import io.mellchat.serving.http.Cursor;
import io.mellchat.serving.http.Params;
import io.mellchat.serving.http.RouteTable;
import io.mellchat.serving.store.StatsStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /stats}: windowed statistics, newest window first. With {@code platform}/{@code
 * channel} the windows of channels; without, the stream-wide windows.
 */
public final class StatsService implements HttpService {
    private final RouteTable routes;
    private final StatsStore store;

    StatsService(RouteTable routes, StatsStore store) {
        this.routes = routes;
        this.store = store;
    }

    @Override
    public void routing(HttpRules rules) {
        routes.on(rules, Api.PREFIX).get("/stats", this::list).done();
    }

    private void list(ServerRequest req, ServerResponse res) {
        Params p = Params.of(req);
        Optional<Instant> from = p.instant("from");
        Optional<Instant> to = p.instant("to");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw ApiException.badField("to", "must be later than from");
        }
        int limit = p.integer("limit", 100, 1, 1000);
        Optional<Instant> before =
                p.text("cursor")
                        .map(
                                c -> {
                                    try {
                                        return Instant.parse(Cursor.decode("cursor", c, 1).get(0));
                                    } catch (ApiException e) {
                                        throw e;
                                    } catch (RuntimeException e) {
                                        throw ApiException.badField(
                                                "cursor", "is not a cursor returned as \"next\"");
                                    }
                                });
        List<StatsStore.Window> rows =
                store.list(
                        new StatsStore.Query(
                                p.text("stream"),
                                p.platform("platform"),
                                p.text("channel"),
                                from,
                                to,
                                before,
                                limit));
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = Cursor.encode(rows.get(limit - 1).start());
        }
        Api.ok(res, Api.page(rows.stream().map(StatsStore.Window::json).toList(), next));
    }
}
