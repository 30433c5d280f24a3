package io.mellchat.serving.store;

import io.mellchat.model.ChatMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the {@code messages} table (the job is its only writer). */
public final class MessageStore {
    private final Db db;

    public MessageStore(Db db) {
        this.db = db;
    }

    /** A position in the newest-first order: messages strictly older than it come next. */
    public record Position(Instant timestamp, UUID id) {}

    /** GET /messages filters. */
    public record Query(
            Optional<String> platform,
            Optional<String> channel,
            Optional<String> stream,
            Optional<String> category,
            Optional<Position> before,
            int limit,
            boolean includeDeleted) {}

    /** Newest first; {@code limit + 1} rows are read so the caller knows whether more follow. */
    public List<ChatMessage> list(Query q) {
        Sql sql = new Sql("SELECT " + Rows.MESSAGE_COLUMNS + " FROM messages m");
        q.platform().ifPresent(p -> sql.where("m.platform = ?", p));
        q.channel().ifPresent(c -> sql.whereChannel("m.", q.platform().isPresent(), c));
        q.stream().ifPresent(s -> sql.where("m.stream = ?", s));
        q.category().ifPresent(c -> sql.where("m.category = ?", c));
        if (!q.includeDeleted()) {
            sql.where("NOT m.deleted");
        }
        q.before()
                .ifPresent(
                        b -> sql.where("(m.\"timestamp\", m.id) < (?, ?)", b.timestamp(), b.id()));
        sql.append(" ORDER BY m.\"timestamp\" DESC, m.id DESC LIMIT ?", q.limit() + 1);
        return db.list(sql.text(), sql::bind, Rows::message);
    }

    /** Where a message was said, if it exists. */
    public Optional<io.mellchat.serving.redis.ActionWriter.Location> location(UUID id) {
        return location(id, true);
    }

    /** Where a message lives; empty when there is none (or, unless asked, it is deleted). */
    public Optional<io.mellchat.serving.redis.ActionWriter.Location> location(
            UUID id, boolean includeDeleted) {
        return db.one(
                "SELECT stream, platform, channel FROM messages WHERE id = ?"
                        + (includeDeleted ? "" : " AND NOT deleted"),
                ps -> ps.setObject(1, id),
                rs ->
                        new io.mellchat.serving.redis.ActionWriter.Location(
                                rs.getString("stream"),
                                rs.getString("platform"),
                                rs.getString("channel")));
    }

    public Optional<Position> position(UUID id) {
        return db.one(
                "SELECT \"timestamp\", id FROM messages WHERE id = ?",
                ps -> ps.setObject(1, id),
                rs -> new Position(Rows.instant(rs, "timestamp"), rs.getObject("id", UUID.class)));
    }

    /**
     * The newest {@code limit} messages of some channels ({@code platform:channel} keys) and
     * streams, oldest first (a WebSocket snapshot).
     */
    public List<ChatMessage> latest(
            Collection<String> channelKeys, Collection<String> streams, int limit) {
        Sql sql = new Sql("SELECT " + Rows.MESSAGE_COLUMNS + " FROM messages m");
        if (!scope(sql, channelKeys, streams)) {
            return List.of();
        }
        sql.where("NOT m.deleted");
        sql.append(" ORDER BY m.\"timestamp\" DESC, m.id DESC LIMIT ?", limit);
        List<ChatMessage> l =
                new java.util.ArrayList<>(db.list(sql.text(), sql::bind, Rows::message));
        java.util.Collections.reverse(l);
        return l;
    }

    /** Messages after a position, oldest first, at most {@code limit} (a WebSocket resume). */
    public List<ChatMessage> since(
            Collection<String> channelKeys, Collection<String> streams, Position after, int limit) {
        Sql sql = new Sql("SELECT " + Rows.MESSAGE_COLUMNS + " FROM messages m");
        if (!scope(sql, channelKeys, streams)) {
            return List.of();
        }
        sql.where("(m.\"timestamp\", m.id) > (?, ?)", after.timestamp(), after.id());
        sql.append(" ORDER BY m.\"timestamp\", m.id LIMIT ?", limit);
        return db.list(sql.text(), sql::bind, Rows::message);
    }

    private static boolean scope(
            Sql sql, Collection<String> channelKeys, Collection<String> streams) {
        if (channelKeys.isEmpty() && streams.isEmpty()) {
            return false;
        }
        StringBuilder or = new StringBuilder("(");
        java.util.List<Object> params = new java.util.ArrayList<>();
        for (String key : channelKeys) {
            int colon = key.indexOf(':');
            or.append(or.length() > 1 ? " OR " : "").append("(m.platform = ? AND m.channel = ?)");
            params.add(key.substring(0, colon));
            params.add(key.substring(colon + 1));
        }
        if (!streams.isEmpty()) {
            or.append(or.length() > 1 ? " OR " : "").append("m.stream = ANY (?)");
            params.add(streams.toArray(String[]::new));
        }
        sql.where(or.append(')').toString(), params.toArray());
        return true;
    }

    /** Receives exported rows one at a time. */
    @FunctionalInterface
    public interface RowSink {
        void accept(ChatMessage m) throws java.io.IOException;
    }

    /** Export filters. */
    public record ExportQuery(
            Optional<String> platform,
            Optional<String> channel,
            Optional<String> stream,
            Optional<Instant> from,
            Optional<Instant> to) {}

    /** Opens the output once the database has answered; gets every row after that. */
    @FunctionalInterface
    public interface Opener {
        RowSink open() throws java.io.IOException;
    }

    /**
     * Streams matching messages oldest first through a server-side cursor ({@code fetchSize} rows
     * at a time), so memory stays constant whatever the row count. {@code output} is opened only
     * after the query has started, so a database that does not answer fails before anything is
     * sent.
     *
     * @throws StoreException when the database fails, before or while rows are read
     */
    public long export(ExportQuery q, Opener output) throws java.io.IOException {
        Sql sql = new Sql("SELECT " + Rows.MESSAGE_COLUMNS + " FROM messages m");
        q.platform().ifPresent(p -> sql.where("m.platform = ?", p));
        q.channel().ifPresent(c -> sql.where("m.channel = ?", c));
        q.stream().ifPresent(s -> sql.where("m.stream = ?", s));
        q.from().ifPresent(f -> sql.where("m.\"timestamp\" >= ?", f));
        q.to().ifPresent(t -> sql.where("m.\"timestamp\" < ?", t));
        sql.append(" ORDER BY m.\"timestamp\", m.id");
        long n = 0;
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement(sql.text())) {
                ps.setFetchSize(1_000);
                sql.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    RowSink sink = output.open();
                    while (rs.next()) {
                        sink.accept(Rows.message(rs));
                        n++;
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return n;
    }
}
