package io.mellchat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void parsesTheCommonShapesLikeJavaTime() {
        for (String s :
                List.of(
                        "2026-01-01T00:00:00Z",
                        "2025-07-14T17:55:52.83787Z",
                        "2025-07-14T17:55:52.123456789Z",
                        "2024-02-29T23:59:59.5Z",
                        "2025-07-17T08:44:56+00:00",
                        "2025-07-17T10:44:56+02:00",
                        "2025-07-17T08:44:56.5-01:30",
                        "1969-12-31T23:59:59.999Z",
                        "2025-01-01T00:00:00+18:00",
                        "2025-01-01T00:00:00-18:00")) {
            assertThat(IsoInstants.parseOrNull(s))
                    .as(s)
                    .isEqualTo(OffsetDateTime.parse(s).toInstant());
        }
    }

    @Test
    void leavesOtherShapesAndImpossibleDatesToJavaTime() {
        for (String s :
                List.of(
                        "2025-07-17T08:44+00:00",
                        "2025-07-17T08:44:56z",
                        "2025-07-17T08:44:56.1234567891Z",
                        "2025-07-17T08:44:56.Z",
                        "2025-01-01T00:00:00+18:30",
                        "2025-01-01T00:00:00+19:00",
                        "2025-02-30T08:44:56Z",
                        "2025-13-01T08:44:56Z",
                        "2025-07-17T24:00:00Z",
                        "2025-07-17T23:59:60Z",
                        "+10000-01-01T00:00:00Z",
                        "2025-07-17 08:44:56Z",
                        "1752741896375",
                        "yesterday",
                        "")) {
            assertThat(IsoInstants.parseOrNull(s)).as(s).isNull();
        }
        assertThat(IsoInstants.parseOrNull(null)).isNull();
        assertThat(Instant.parse("2025-07-17T08:44:56Z")).isNotNull();
    }
}
