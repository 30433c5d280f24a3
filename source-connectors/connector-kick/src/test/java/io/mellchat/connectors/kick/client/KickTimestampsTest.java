package io.mellchat.connectors.kick.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KickTimestampsTest {

    @Test
    void parsesKickShapes() {
        assertThat(KickTimestamps.parse("2025-07-17T08:44:56+00:00"))
                .contains(Instant.parse("2025-07-17T08:44:56Z"));
        assertThat(KickTimestamps.parse("2025-07-14T17:55:52.83787Z"))
                .contains(Instant.parse("2025-07-14T17:55:52.837870Z"));
        assertThat(KickTimestamps.parse("2025-07-17T10:44:56+02:00"))
                .contains(Instant.parse("2025-07-17T08:44:56Z"));
        assertThat(KickTimestamps.parse("2025-07-17T08:44:56.5-01:30"))
                .contains(Instant.parse("2025-07-17T10:14:56.5Z"));
    }

    @Test
    void fallsBackForOtherShapesAndRejectsGarbage() {
        assertThat(KickTimestamps.parse("2025-07-17T08:44+00:00"))
                .contains(Instant.parse("2025-07-17T08:44:00Z"));
        assertThat(KickTimestamps.parse("2025-02-30T08:44:56Z")).isEmpty();
        assertThat(KickTimestamps.parse("yesterday")).isEmpty();
        assertThat(KickTimestamps.parse("")).isEmpty();
        assertThat(KickTimestamps.parse(null)).isEmpty();
    }
}
