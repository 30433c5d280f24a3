package io.mellchat.serving.store;

import io.mellchat.model.ChatMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Full-text search over {@code messages.search_vector} (migration V20), ranked. */
public final class SearchStore {
    private final Db db;

    public SearchStore(Db db) {
        this.db = db;
    }

    /** Search filters; results are paged by offset. */
    public record Query(
            SearchQuery text,
            Optional<String> platform,
            Optional<String> channel,
            Optional<String> stream,
            Optional<Instant> from,
            Optional<Instant> to,
            boolean includeDeleted,
            int offset,
            int limit) {}

    /** One hit and its rank. */
    public record Hit(ChatMessage message, double rank) {}

    /** Best first; {@code limit + 1} rows are read. */
    public List<Hit> search(Query q) {
        Sql sql =
                new Sql(
                        "SELECT "
                                + Rows.MESSAGE_COLUMNS
                                + ", ts_rank_cd(m.search_vector, query) AS rank"
                                + " FROM messages m, to_tsquery('simple', ?) query",
                        q.text().toTsQuery());
        sql.where("m.search_vector @@ query");
        q.platform().ifPresent(p -> sql.where("m.platform = ?", p));
        q.channel().ifPresent(c -> sql.whereChannel("m.", q.platform().isPresent(), c));
        q.stream().ifPresent(s -> sql.where("m.stream = ?", s));
        q.from().ifPresent(f -> sql.where("m.\"timestamp\" >= ?", f));
        q.to().ifPresent(t -> sql.where("m.\"timestamp\" < ?", t));
        if (!q.includeDeleted()) {
            sql.where("NOT m.deleted");
        }
        sql.append(
                " ORDER BY rank DESC, m.\"timestamp\" DESC, m.id DESC LIMIT ? OFFSET ?",
                q.limit() + 1,
                q.offset());
        return db.list(
                sql.text(), sql::bind, rs -> new Hit(Rows.message(rs), rs.getDouble("rank")));
    }
}
