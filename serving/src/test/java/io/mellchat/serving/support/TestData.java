package io.mellchat.serving.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Rows written as the job writes them (the job is the only writer of these tables). */
public final class TestData {
    private final TestStack stack;

    TestData(TestStack stack) {
        this.stack = stack;
    }

    public void sql(String sql) {
        try (Connection c = stack.pg().connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void channel(String platform, String channel, String stream, String status) {
        try (Connection c = stack.pg().connect();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO channels (platform, channel, stream, origin, status, messages_total) VALUES (?, ?, ?, 'replay', ?, 3)")) {
            ps.setString(1, platform);
            ps.setString(2, channel);
            ps.setString(3, stream);
            ps.setString(4, status);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message; returns its id. */
    public UUID message(String platform, String channel, String stream, String text, Instant ts) {
        return message(platform, channel, stream, text, ts, "general", false);
    }

    public UUID message(
            String platform,
            String channel,
            String stream,
            String text,
            Instant ts,
            String category,
            boolean deleted) {
        UUID id = UUID.randomUUID();
        try (Connection c = stack.pg().connect();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO messages (id, platform, channel, stream, platform_message_id, user_id, username,"
                                        + " display_name, message, \"timestamp\", received_at, category, confidence, kind, badges,"
                                        + " emotes, deleted) VALUES (?, ?, ?, ?, ?, 'u1', 'alice', 'Alice', ?, ?, ?, ?, 0.9, 'chat',"
                                        + " '[{\"type\":\"subscriber\",\"version\":\"12\"}]'::jsonb, '[]'::jsonb, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, platform);
            ps.setString(3, channel);
            ps.setString(4, stream);
            ps.setString(5, "pm-" + id);
            ps.setString(6, text);
            ps.setTimestamp(7, Timestamp.from(ts));
            ps.setTimestamp(8, Timestamp.from(ts));
            ps.setString(9, category);
            ps.setBoolean(10, deleted);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** A question; returns its id. */
    public UUID question(
            String platform,
            String channel,
            String stream,
            String text,
            Instant ts,
            int upvotes,
            int asks,
            double trending,
            boolean answered) {
        UUID id = UUID.randomUUID();
        try (Connection c = stack.pg().connect();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO questions (id, message_id, stream, platform, channel, username, display_name, question,"
                                        + " \"timestamp\", answered, answered_at, upvotes, asks, score, trending, sources)"
                                        + " VALUES (?, ?, ?, ?, ?, 'bob', 'Bob', ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            ps.setObject(1, id);
            ps.setObject(2, UUID.randomUUID());
            ps.setString(3, stream);
            ps.setString(4, platform);
            ps.setString(5, channel);
            ps.setString(6, text);
            ps.setTimestamp(7, Timestamp.from(ts));
            ps.setBoolean(8, answered);
            ps.setTimestamp(9, answered ? Timestamp.from(ts.plusSeconds(5)) : null);
            ps.setInt(10, upvotes);
            ps.setInt(11, asks);
            ps.setDouble(12, upvotes + asks);
            ps.setDouble(13, trending);
            ps.setString(
                    14, "[{\"platform\":\"" + platform + "\",\"channel\":\"" + channel + "\"}]");
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
