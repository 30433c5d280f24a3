package io.mellchat.connectors.kick.client;

import io.mellchat.model.IsoInstants;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Parses Kick's {@code created_at} values ({@code 2025-07-17T08:44:56+00:00}, {@code
 * 2025-07-14T17:55:52.83787Z}). The common shapes take a hand-written fast path (this runs for
 * every message); anything else goes through {@link OffsetDateTime#parse}.
 */
public final class KickTimestamps {
    private KickTimestamps() {}

    public static Optional<Instant> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Instant fast = IsoInstants.parseOrNull(text);
        if (fast != null) {
            return Optional.of(fast);
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException e) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeException e2) {
                return Optional.empty();
            }
        }
    }
}
