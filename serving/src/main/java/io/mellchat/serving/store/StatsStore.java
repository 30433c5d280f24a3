package io.mellchat.serving.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.serving.http.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the {@code stats} table: windows per channel and per stream (platform/channel '*'). */
public final class StatsStore {
    private final Db db;

    public StatsStore(Db db) {
        this.db = db;
    }

    /**
     * GET /stats filters; without platform/channel the stream-wide windows are listed, or every
     * channel's windows with {@code perChannel}; {@code windowSeconds} keeps windows of one length.
     */
    public record Query(
            Optional<String> stream,
            Optional<String> platform,
            Optional<String> channel,
            boolean perChannel,
            Optional<Long> windowSeconds,
            Optional<Instant> from,
            Optional<Instant> to,
            Optional<Position> before,
            int limit) {}

    /**
     * Where a page ended: windows sort newest start first, then longest first (1-minute and
     * 10-second windows share starts), then by stream, platform and channel.
     */
    public record Position(
            Instant start, Instant end, String stream, String platform, String channel) {}

    /** One window and its sort key. */
    public record Window(Position position, ObjectNode json) {}

    /** Newest window first; {@code limit + 1} rows are read. */
    public List<Window> list(Query q) {
        Sql sql =
                new Sql(
                        "SELECT stream, platform, channel, window_start, window_end, messages,"
                                + " questions, unique_chatters, upvotes, categories FROM stats");
        q.stream().ifPresent(s -> sql.where("stream = ?", s));
        if (q.platform().isPresent() || q.channel().isPresent()) {
            q.platform().ifPresent(p -> sql.where("platform = ?", p));
            q.channel().ifPresent(c -> sql.whereChannel("", q.platform().isPresent(), c));
        } else if (q.perChannel()) {
            sql.where("platform <> '*'");
        } else {
            sql.where("platform = '*'");
        }
        q.windowSeconds()
                .ifPresent(w -> sql.where("extract(epoch from window_end - window_start) = ?", w));
        q.from().ifPresent(f -> sql.where("window_end > ?", f));
        q.to().ifPresent(t -> sql.where("window_start < ?", t));
        q.before()
                .ifPresent(
                        b ->
                                sql.where(
                                        "(window_start < ? OR (window_start = ? AND (window_end < ?"
                                                + " OR (window_end = ? AND (stream, platform, channel)"
                                                + " > (?, ?, ?)))))",
                                        b.start(),
                                        b.start(),
                                        b.end(),
                                        b.end(),
                                        b.stream(),
                                        b.platform(),
                                        b.channel()));
        sql.append(
                " ORDER BY window_start DESC, window_end DESC, stream, platform, channel LIMIT ?",
                q.limit() + 1);
        return db.list(
                sql.text(),
                sql::bind,
                rs -> {
                    ObjectNode n = Json.object();
                    Instant start = Rows.instant(rs, "window_start");
                    Instant end = Rows.instant(rs, "window_end");
                    n.put("window_start", start.toString());
                    n.put("window_end", end.toString());
                    n.put("stream", rs.getString("stream"));
                    n.put("platform", rs.getString("platform"));
                    n.put("channel", rs.getString("channel"));
                    n.put("messages", rs.getInt("messages"));
                    n.put("questions", rs.getInt("questions"));
                    n.put("unique_chatters", rs.getInt("unique_chatters"));
                    n.put("upvotes", rs.getInt("upvotes"));
                    var cats = Rows.tree(rs, "categories");
                    n.set("categories", cats == null ? Json.object() : cats);
                    return new Window(
                            new Position(
                                    start,
                                    end,
                                    rs.getString("stream"),
                                    rs.getString("platform"),
                                    rs.getString("channel")),
                            n);
                });
    }
}
