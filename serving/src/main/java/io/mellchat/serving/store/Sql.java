package io.mellchat.serving.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A query assembled from optional filters, with its parameters in order. */
public final class Sql {
    private final StringBuilder text;
    private final List<Object> params = new ArrayList<>();
    private boolean hasWhere;

    public Sql(String select, Object... values) {
        this.text = new StringBuilder();
        append(select, values);
    }

    /** Adds {@code AND condition} (or {@code WHERE condition}) with its parameters. */
    public Sql where(String condition, Object... values) {
        text.append(hasWhere ? " AND " : " WHERE ").append(condition);
        hasWhere = true;
        for (Object v : values) {
            params.add(v instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : v);
        }
        return this;
    }

    /**
     * {@code channel = ?}; with no platform named, a Twitch or Kick name matches in any case too
     * (they are stored lower case, YouTube names as given). {@code alias} prefixes the columns.
     */
    public Sql whereChannel(String alias, boolean platformNamed, String channel) {
        if (platformNamed) {
            return where(alias + "channel = ?", channel);
        }
        return where(
                "("
                        + alias
                        + "channel = ? OR ("
                        + alias
                        + "platform <> 'youtube' AND "
                        + alias
                        + "channel = lower(?)))",
                channel,
                channel);
    }

    public Sql append(String more, Object... values) {
        text.append(more);
        for (Object v : values) {
            params.add(v instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : v);
        }
        return this;
    }

    public String text() {
        return text.toString();
    }

    public void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
