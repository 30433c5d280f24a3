package io.mellchat.serving.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HealthTest {
    @Test
    void aCheckThatHangsIsDownInTime() {
        CountDownLatch hang = new CountDownLatch(1);
        long start = System.nanoTime();
        boolean up =
                Health.within(
                        Duration.ofMillis(200),
                        () -> {
                            try {
                                return hang.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return false;
                            }
                        });
        hang.countDown(); // the hung check may finish now; its late answer is ignored
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
