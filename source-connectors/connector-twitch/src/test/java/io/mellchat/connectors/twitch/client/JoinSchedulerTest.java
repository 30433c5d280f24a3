package io.mellchat.connectors.twitch.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinSchedulerTest {

    private static final long S = 1_000_000_000L;

    @Test
    void sendsAtMostTwentyJoinsPerTenSeconds() {
        JoinScheduler j = new JoinScheduler(20, 10 * S, 100 * S, 3);
        for (int i = 0; i < 45; i++) {
            j.request("c" + i, 0);
        }
        assertThat(j.due(0)).hasSize(20).startsWith("c0", "c1");
        assertThat(j.due(5 * S)).isEmpty();
        assertThat(j.due(10 * S)).hasSize(20).startsWith("c20");
        assertThat(j.due(20 * S)).hasSize(5);
    }

    @Test
    void retriesUnansweredJoinsAndGivesUpLoudlyAfterTheConfiguredAttempts() {
        JoinScheduler j = new JoinScheduler(20, 10 * S, 2 * S, 2);
        List<String> reports = new ArrayList<>();
        j.request("ghost", 0);
        j.request("real", 0);
        assertThat(j.due(0)).containsExactly("ghost", "real");
        j.confirmed("real");
        j.checkTimeouts(1 * S, (c, n, g) -> reports.add(c + n + g));
        assertThat(reports).isEmpty();
        j.checkTimeouts(2 * S, (c, n, g) -> reports.add(c + n + g));
        assertThat(reports).containsExactly("ghost1false");
        assertThat(j.due(2 * S)).containsExactly("ghost");
        j.checkTimeouts(4 * S, (c, n, g) -> reports.add(c + n + g));
        assertThat(reports).containsExactly("ghost1false", "ghost2true");
        // after giving up, retries wait longer
        assertThat(j.due(4 * S)).isEmpty();
        assertThat(j.due(8 * S)).containsExactly("ghost");
        assertThat(j.isWaiting("real")).isFalse();
        j.cancel("ghost");
        assertThat(j.isWaiting("ghost")).isFalse();
    }
}
