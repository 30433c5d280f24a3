package io.mellchat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
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

    @Test
    void formatsAsInstantToStringDoes() {
        List<Instant> edges =
                List.of(
                        Instant.EPOCH,
                        Instant.ofEpochSecond(0, 1),
                        Instant.ofEpochSecond(-1, 999_999_999),
                        Instant.parse("2024-02-29T23:59:59.999Z"),
                        Instant.parse("2026-12-07T14:00:00.100Z"),
                        Instant.parse("2026-12-07T14:00:00.000100Z"),
                        Instant.parse("2026-12-07T14:00:00.000000100Z"),
                        Instant.parse("9999-12-31T23:59:59.999999999Z"),
                        Instant.parse("+10000-01-01T00:00:00Z"),
                        Instant.parse("-0001-01-01T00:00:00Z"),
                        Instant.MIN,
                        Instant.MAX);
        for (Instant t : edges) {
            assertThat(IsoInstants.format(t)).isEqualTo(t.toString());
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(-100_000_000_000L, 300_000_000_000L);
            int nanos =
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1000;
                        default -> random.nextInt(1_000_000_000);
                    };
            Instant t = Instant.ofEpochSecond(seconds, nanos);
            assertThat(IsoInstants.format(t)).as("%s", t).isEqualTo(t.toString());
            if (seconds >= 0 && seconds < 253_402_300_800L) {
                assertThat(IsoInstants.parseOrNull(IsoInstants.format(t))).isEqualTo(t);
            }
        }
    }
}
