package io.mellchat.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobConfigTest {
    @Test
    void defaultsAreThoseTheReadmeDocuments() {
        JobConfig c = JobConfig.fromEnv(Map.of());
        assertThat(c.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.dedupeTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.questionTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(c.statsWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.liveStatsWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.frameBatchInterval()).isEqualTo(Duration.ofMillis(10));
        assertThat(c.parallelism()).isEqualTo(2);
        assertThat(c.replayOptions()).isEmpty();
    }

    @Test
    void durationsTakeTheDocumentedUnits() {
        assertThat(JobConfig.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(JobConfig.parseDuration("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(JobConfig.parseDuration("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(JobConfig.parseDuration("6h")).isEqualTo(Duration.ofHours(6));
        assertThat(JobConfig.parseDuration("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(JobConfig.fromEnv(Map.of("MELLCHAT_DEDUPE_TTL", "1h")).dedupeTtl())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aBadValueNamesTheVariable() {
        assertThatThrownBy(() -> JobConfig.fromEnv(Map.of("MELLCHAT_DEDUPE_TTL", "soon")))
                .hasMessageContaining("MELLCHAT_DEDUPE_TTL")
                .hasMessageContaining("'soon'");
        assertThatThrownBy(() -> JobConfig.fromEnv(Map.of("MELLCHAT_PARALLELISM", "0")))
                .hasMessageContaining("MELLCHAT_PARALLELISM");
        assertThatThrownBy(() -> JobConfig.fromEnv(Map.of("MELLCHAT_MERGE_THRESHOLD", "2")))
                .hasMessageContaining("MELLCHAT_MERGE_THRESHOLD");
    }
}
