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
 * channel} the windows of channels; without, the stream-wide windows, or with {@code by=channel}
 * the windows of every channel. {@code window=1m|10s|…} keeps windows of one length (the job writes
 * 1-minute and 10-second windows).
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

    private static boolean perChannel(Optional<String> by) {
        return switch (by.orElse("stream")) {
            case "stream" -> false;
            case "channel" -> true;
            default -> throw ApiException.badField("by", "must be stream or channel");
        };
    }

    /** {@code 10s}, {@code 1m}, {@code 60s}, {@code 1h} → seconds. */
    static long seconds(String window) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("([1-9][0-9]{0,5})([smh])").matcher(window);
        if (!m.matches()) {
            throw ApiException.badField("window", "must be a window length such as 10s, 1m or 1h");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> n;
            case "m" -> n * 60;
            default -> n * 3600;
        };
    }

    private void list(ServerRequest req, ServerResponse res) {
        Params p = Params.of(req);
        Optional<Instant> from = p.instant("from");
        Optional<Instant> to = p.instant("to");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw ApiException.badField("to", "must be later than from");
        }
        int limit = p.integer("limit", 100, 1, 1000);
        Optional<StatsStore.Position> before = p.text("cursor").map(StatsService::position);
        List<StatsStore.Window> rows =
                store.list(
                        new StatsStore.Query(
                                p.text("stream"),
                                p.platform("platform"),
                                p.channel("channel", p.platform("platform")),
                                perChannel(p.text("by")),
                                p.text("window").map(StatsService::seconds),
                                from,
                                to,
                                before,
                                limit));
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            StatsStore.Position last = rows.get(limit - 1).position();
            next =
                    Cursor.encode(
                            last.start(),
                            last.end(),
                            last.stream(),
                            last.platform(),
                            last.channel());
        }
        Api.ok(res, Api.page(rows.stream().map(StatsStore.Window::json).toList(), next));
    }

    /** A cursor returned as {@code next}: the last window of the page before. */
    private static StatsStore.Position position(String cursor) {
        List<String> parts = Cursor.decode("cursor", cursor, 5);
        if (parts.stream().anyMatch(part -> part.indexOf('\0') >= 0 || part.length() > 100)) {
            throw ApiException.badField("cursor", "is not a cursor returned as \"next\"");
        }
        try {
            return new StatsStore.Position(
                    Params.parseInstant("cursor", parts.get(0)),
                    Params.parseInstant("cursor", parts.get(1)),
                    parts.get(2),
                    parts.get(3),
                    parts.get(4));
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiException.badField("cursor", "is not a cursor returned as \"next\"");
        }
    }
}
