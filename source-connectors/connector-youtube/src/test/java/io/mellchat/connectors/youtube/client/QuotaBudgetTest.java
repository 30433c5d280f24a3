package io.mellchat.connectors.youtube.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class QuotaBudgetTest {
    /** Midnight Pacific on a summer day (PDT, UTC-7). */
    private static final Instant MIDNIGHT_PT =
            LocalDateTime.parse("2024-06-01T00:00:00").atZone(QuotaBudget.PACIFIC).toInstant();

    private final AtomicReference<Instant> now = new AtomicReference<>(MIDNIGHT_PT);
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            };

    private QuotaBudget budget(long units, Duration horizon) {
        YouTubeClientConfig c =
                YouTubeClientConfig.defaults("k", URI.create("http://a"), URI.create("http://w"))
                        .withQuota(units, horizon);
        return new QuotaBudget(c, clock);
    }

    @Test
    void aWholeDayOfTenThousandUnitsPollsOneChatEvery43Seconds() {
        QuotaBudget b = budget(10_000, Duration.ZERO);
        b.polling("youtube:a", true);
        // 86,400 s / (10,000 / 5) polls
        assertThat(b.interval()).isEqualTo(Duration.ofMillis(43_200));
    }

    @Test
    void theRestOfTheBudgetIsSpreadUntilTheResetAndOverEveryChat() {
        QuotaBudget b = budget(10_000, Duration.ZERO);
        now.set(MIDNIGHT_PT.plus(Duration.ofHours(18)));
        b.polling("youtube:a", true);
        assertThat(b.interval()).isEqualTo(Duration.ofMillis(10_800)); // 6 h / 2,000 polls
        b.polling("youtube:b", true);
        assertThat(b.interval()).isEqualTo(Duration.ofMillis(21_600));
        b.spend("youtube:a", 5_000);
        assertThat(b.interval()).isEqualTo(Duration.ofMillis(43_200)); // 6 h × 2 / 1,000 polls
        assertThat(b.spentToday()).isEqualTo(5_000);
        assertThat(b.spentBy("youtube:a")).isEqualTo(5_000);
    }

    @Test
    void aHorizonSpendsTheBudgetFaster() {
        QuotaBudget b = budget(10_000, Duration.ofHours(4));
        b.polling("youtube:a", true);
        assertThat(b.interval()).isEqualTo(Duration.ofMillis(7_200)); // 4 h / 2,000 polls
    }

    @Test
    void anExhaustedBudgetWaitsForTheResetAndTheResetStartsAfresh() {
        QuotaBudget b = budget(100, Duration.ZERO);
        now.set(MIDNIGHT_PT.plus(Duration.ofHours(23)));
        b.spend("youtube:a", 98);
        assertThat(b.exhausted()).isTrue();
        assertThat(b.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(b.untilReset()).isEqualTo(Duration.ofHours(1));
        assertThat(b.describe(Duration.ofSeconds(3_600), 5_000))
                .contains("98 of 100 units used today")
                .contains("midnight Pacific")
                .contains("07:00 UTC");

        now.set(MIDNIGHT_PT.plus(Duration.ofHours(24)));
        assertThat(b.exhausted()).isFalse();
        assertThat(b.spentToday()).isZero();
        assertThat(b.day()).isEqualTo("2024-06-02");
    }

    @Test
    void restoredSpendingCountsOnlyOnTheSameDay() {
        QuotaBudget b = budget(10_000, Duration.ZERO);
        b.restore("youtube:a", "2024-06-01", 700);
        b.restore("youtube:b", "2024-05-31", 900);
        assertThat(b.spentToday()).isEqualTo(700);
    }

    @Test
    void searchCallsHaveTheirOwnDailyBucket() {
        QuotaBudget b = budget(10_000, Duration.ZERO);
        int taken = 0;
        while (b.takeSearch()) {
            taken++;
        }
        assertThat(taken).isEqualTo(100);
        assertThat(b.spentToday()).isZero();
    }
}
