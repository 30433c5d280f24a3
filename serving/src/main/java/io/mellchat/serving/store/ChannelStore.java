package io.mellchat.serving.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mellchat.model.ChannelSpec;
import io.mellchat.serving.http.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code channels} table: read by everyone, channels added and removed by the API. */
public final class ChannelStore {
    private static final String COLUMNS =
            "platform, channel, stream, status, status_detail, last_message_at, messages_total,"
                    + " origin";

    /** One channel row, as the public Channel object. */
    public record Channel(
            String platform,
            String channel,
            String stream,
            String status,
            String statusDetail,
            Optional<Instant> lastMessageAt,
            long messagesTotal,
            String origin) {
        public String key() {
            return platform + ":" + channel;
        }

        public ObjectNode toJson() {
            ObjectNode n = Json.object();
            n.put("platform", platform);
            n.put("channel", channel);
            n.put("stream", stream);
            n.put("status", status);
            n.put("status_detail", statusDetail);
            if (lastMessageAt.isPresent()) {
                n.put("last_message_at", lastMessageAt.get().toString());
            } else {
                n.putNull("last_message_at");
            }
            n.put("messages_total", messagesTotal);
            n.put("origin", origin);
            return n;
        }
    }

    private final Db db;

    public ChannelStore(Db db) {
        this.db = db;
    }

    public List<Channel> all() {
        return db.list(
                "SELECT " + COLUMNS + " FROM channels ORDER BY stream, platform, channel",
                ps -> {},
                ChannelStore::row);
    }

    public Optional<Channel> find(String platform, String channel) {
        return db.one(
                "SELECT " + COLUMNS + " FROM channels WHERE platform = ? AND channel = ?",
                ps -> {
                    ps.setString(1, platform);
                    ps.setString(2, channel);
                },
                ChannelStore::row);
    }

    /** Adds a live channel for the job to connect; empty when it already exists. */
    public Optional<Channel> add(ChannelSpec spec) {
        return db.one(
                "INSERT INTO channels (platform, channel, stream, lookup_hint, origin, status)"
                        + " VALUES (?, ?, ?, ?, 'live', 'connecting')"
                        + " ON CONFLICT (platform, channel) DO NOTHING RETURNING "
                        + COLUMNS,
                ps -> {
                    ps.setString(1, spec.ref().platform().id());
                    ps.setString(2, spec.ref().channel());
                    ps.setString(3, spec.stream());
                    ps.setString(4, spec.lookupHint());
                },
                ChannelStore::row);
    }

    public boolean remove(String platform, String channel) {
        return db.update(
                        "DELETE FROM channels WHERE platform = ? AND channel = ?",
                        ps -> {
                            ps.setString(1, platform);
                            ps.setString(2, channel);
                        })
                > 0;
    }

    static Channel row(ResultSet rs) throws SQLException {
        return new Channel(
                rs.getString("platform"),
                rs.getString("channel"),
                rs.getString("stream"),
                rs.getString("status"),
                rs.getString("status_detail"),
                Optional.ofNullable(Rows.instant(rs, "last_message_at")),
                rs.getLong("messages_total"),
                rs.getString("origin"));
    }
}
