package io.mellchat.serving.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HealthTest {
    @Test
    void aCheckThatHangsIsDownInTime() {
        long start = System.nanoTime();
        boolean up =
                Health.within(
                        Duration.ofMillis(200),
                        () -> {
                            try {
                                Thread.sleep(10_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return true;
                        });
        assertThat(up).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aCheckThatAnswersOrFails() {
        assertThat(Health.within(Duration.ofSeconds(5), () -> true)).isTrue();
        assertThat(Health.within(Duration.ofSeconds(5), () -> false)).isFalse();
        assertThat(
                        Health.within(
                                Duration.ofSeconds(5),
                                () -> {
                                    throw new IllegalStateException("pool closed");
                                }))
                .isFalse();
    }
}
