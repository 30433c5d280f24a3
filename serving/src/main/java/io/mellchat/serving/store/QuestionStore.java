package io.mellchat.serving.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.serving.http.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the {@code questions} table (the job is its only writer). */
public final class QuestionStore {
    private static final String COLUMNS =
            "q.id, q.message_id, q.stream, q.platform, q.channel, q.username, q.display_name,"
                    + " q.question, q.\"timestamp\", q.answered, q.answered_at, q.upvotes, q.asks,"
                    + " q.score, q.trending, q.sources, q.deleted";

    /** The sort orders of GET /questions. */
    public enum Sort {
        /** upvotes + asks, trending first among equals, then newest. */
        TOP(
                "(q.upvotes + q.asks) DESC, q.trending DESC, q.\"timestamp\" DESC, q.id DESC",
                "((q.upvotes + q.asks), q.trending, q.\"timestamp\", q.id) < (?, ?, ?, ?)"),
        NEW("q.\"timestamp\" DESC, q.id DESC", "(q.\"timestamp\", q.id) < (?, ?)"),
        TRENDING(
                "q.trending DESC, (q.upvotes + q.asks) DESC, q.\"timestamp\" DESC, q.id DESC",
                "(q.trending, (q.upvotes + q.asks), q.\"timestamp\", q.id) < (?, ?, ?, ?)");

        final String order;
        final String after;

        Sort(String order, String after) {
            this.order = order;
            this.after = after;
        }
    }

    /** One question row. */
    public record Question(
            UUID id,
            UUID messageId,
            String stream,
            String platform,
            String channel,
            String username,
            String displayName,
            String question,
            Instant timestamp,
            boolean answered,
            Optional<Instant> answeredAt,
            int upvotes,
            int asks,
            double score,
            double trending,
            JsonNode sources,
            boolean deleted) {

        /** The cursor parts of this row in a sort order. */
        public Object[] sortKey(Sort sort) {
            return switch (sort) {
                case TOP -> new Object[] {upvotes + asks, trending, timestamp, id};
                case NEW -> new Object[] {timestamp, id};
                case TRENDING -> new Object[] {trending, upvotes + asks, timestamp, id};
            };
        }

        public Question withAnswered(boolean now) {
            return new Question(
                    id,
                    messageId,
                    stream,
                    platform,
                    channel,
                    username,
                    displayName,
                    question,
                    timestamp,
                    now,
                    now ? Optional.of(Instant.now()) : Optional.empty(),
                    upvotes,
                    asks,
                    score,
                    trending,
                    sources,
                    deleted);
        }

        public ObjectNode toJson(boolean withDeleted) {
            ObjectNode n = Json.object();
            n.put("id", id.toString());
            n.put("message_id", messageId.toString());
            n.put("stream", stream);
            n.put("platform", platform);
            n.put("channel", channel);
            n.put("username", username);
            n.put("display_name", displayName);
            n.put("question", question);
            n.put("timestamp", timestamp.toString());
            n.put("answered", answered);
            if (answeredAt.isPresent()) {
                n.put("answered_at", answeredAt.get().toString());
            } else {
                n.putNull("answered_at");
            }
            n.put("upvotes", upvotes);
            n.put("asks", asks);
            n.put("score", score);
            n.put("trending", trending);
            n.set("sources", sources == null ? Json.MAPPER.createArrayNode() : sources);
            if (withDeleted) {
                n.put("deleted", deleted);
            }
            return n;
        }
    }

    /** GET /questions filters; {@code after} holds the decoded cursor parts. */
    public record Query(
            Optional<String> stream,
            Optional<String> platform,
            Optional<String> channel,
            String status,
            Sort sort,
            Optional<Object[]> after,
            int limit,
            boolean includeDeleted) {}

    private final Db db;

    public QuestionStore(Db db) {
        this.db = db;
    }

    public List<Question> list(Query q) {
        Sql sql = new Sql("SELECT " + COLUMNS + " FROM questions q");
        q.stream().ifPresent(s -> sql.where("q.stream = ?", s));
        if (q.platform().isPresent() && q.channel().isPresent()) {
            sql.where(
                    "((q.platform = ? AND q.channel = ?) OR q.sources @> ?::jsonb)",
                    q.platform().get(),
                    q.channel().get(),
                    source(q.platform().get(), q.channel().get()));
        } else if (q.platform().isPresent()) {
            sql.where(
                    "(q.platform = ? OR q.sources @> ?::jsonb)",
                    q.platform().get(),
                    "[{\"platform\":" + Json.MAPPER.valueToTree(q.platform().get()) + "}]");
        } else if (q.channel().isPresent()) {
            sql.whereChannel("q.", false, q.channel().get());
        }
        switch (q.status()) {
            case "open" -> sql.where("NOT q.answered");
            case "answered" -> sql.where("q.answered");
            default -> {}
        }
        if (!q.includeDeleted()) {
            sql.where("NOT q.deleted");
        }
        q.after().ifPresent(a -> sql.where(q.sort().after, a));
        sql.append(" ORDER BY " + q.sort().order + " LIMIT ?", q.limit() + 1);
        return db.list(sql.text(), sql::bind, QuestionStore::row);
    }

    /** The top open questions of some channels and streams (a WebSocket snapshot). */
    public List<Question> top(
            Collection<String> channelKeys, Collection<String> streams, int limit) {
        Sql sql = new Sql("SELECT " + COLUMNS + " FROM questions q");
        StringBuilder or = new StringBuilder("(");
        List<Object> params = new java.util.ArrayList<>();
        for (String key : channelKeys) {
            int colon = key.indexOf(':');
            or.append(or.length() > 1 ? " OR " : "")
                    .append("(q.platform = ? AND q.channel = ?) OR q.sources @> ?::jsonb");
            params.add(key.substring(0, colon));
            params.add(key.substring(colon + 1));
            params.add(source(key.substring(0, colon), key.substring(colon + 1)));
        }
        if (!streams.isEmpty()) {
            or.append(or.length() > 1 ? " OR " : "").append("q.stream = ANY (?)");
            params.add(streams.toArray(String[]::new));
        }
        if (params.isEmpty()) {
            return List.of();
        }
        sql.where(or.append(')').toString(), params.toArray());
        sql.where("NOT q.answered AND NOT q.deleted");
        sql.append(" ORDER BY " + Sort.TOP.order + " LIMIT ?", limit);
        return db.list(sql.text(), sql::bind, QuestionStore::row);
    }

    public Optional<Question> find(UUID id) {
        return db.one(
                "SELECT " + COLUMNS + " FROM questions q WHERE q.id = ?",
                ps -> ps.setObject(1, id),
                QuestionStore::row);
    }

    private static String source(String platform, String channel) {
        var arr = Json.MAPPER.createArrayNode();
        arr.addObject().put("platform", platform).put("channel", channel);
        return arr.toString();
    }

    static Question row(ResultSet rs) throws SQLException {
        return new Question(
                rs.getObject("id", UUID.class),
                rs.getObject("message_id", UUID.class),
                rs.getString("stream"),
                rs.getString("platform"),
                rs.getString("channel"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("question"),
                Rows.instant(rs, "timestamp"),
                rs.getBoolean("answered"),
                Optional.ofNullable(Rows.instant(rs, "answered_at")),
                rs.getInt("upvotes"),
                rs.getInt("asks"),
                rs.getDouble("score"),
                rs.getDouble("trending"),
                Rows.tree(rs, "sources"),
                rs.getBoolean("deleted"));
    }
}
