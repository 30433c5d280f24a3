package io.mellchat.connectors.youtube.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
    private final PollSchedule schedule = new PollSchedule();

    @Test
    void neverHandsOutASplitBeforeItsTime() throws Exception {
        long start = System.nanoTime();
        schedule.schedule("a", Duration.ofMillis(150));

        assertThat(schedule.awaitDue(Duration.ofSeconds(5))).contains("a");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(schedule.size()).isZero();
    }

    @Test
    void handsOutTheEarliestSplitFirst() throws Exception {
        schedule.schedule("late", Duration.ofMillis(120));
        schedule.schedule("early", Duration.ofMillis(40));
        schedule.schedule("now", Duration.ZERO);

        assertThat(schedule.awaitDue(Duration.ofSeconds(5))).contains("now");
        assertThat(schedule.awaitDue(Duration.ofSeconds(5))).contains("early");
        assertThat(schedule.awaitDue(Duration.ofSeconds(5))).contains("late");
    }

    @Test
    void returnsEmptyAfterTheMaximumWait() throws Exception {
        schedule.schedule("a", Duration.ofHours(1));
        assertThat(schedule.awaitDue(Duration.ofMillis(50))).isEmpty();
        assertThat(schedule.size()).isEqualTo(1);
    }

    @Test
    void wakeUpEndsAWaitPromptly() throws Exception {
        schedule.schedule("a", Duration.ofHours(1));
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicLong waitedNanos = new AtomicLong();
        Thread waiter =
                new Thread(
                        () -> {
                            waiting.countDown();
                            long t = System.nanoTime();
                            try {
                                schedule.awaitDue(Duration.ofSeconds(30));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            waitedNanos.set(System.nanoTime() - t);
                        });
        waiter.start();
        waiting.await();

        schedule.wakeUp();
        waiter.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(waiter.isAlive()).isFalse();
        assertThat(Duration.ofNanos(waitedNanos.get())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aWakeUpBeforeTheWaitIsNotLost() throws Exception {
        schedule.schedule("a", Duration.ofHours(1));
        schedule.wakeUp();
        long t = System.nanoTime();
        assertThat(schedule.awaitDue(Duration.ofSeconds(30))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aNewEarlierSplitShortensAWait() throws Exception {
        schedule.schedule("a", Duration.ofHours(1));
        Thread t = new Thread(() -> schedule.schedule("b", Duration.ZERO));
        t.start();
        assertThat(schedule.awaitDue(Duration.ofSeconds(30))).contains("b");
        t.join();
    }
}
