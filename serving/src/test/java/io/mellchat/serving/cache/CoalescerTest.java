package io.mellchat.serving.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mellchat.serving.support.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescerTest {
    @Test
    void callersDuringALoadShareTheNextLoadWhichStartsAfterThem() throws Exception {
        Coalescer<String, Integer> c = new Coalescer<>();
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger waiting = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Integer> first =
                    pool.submit(
                            () ->
                                    c.get(
                                            "k",
                                            () -> {
                                                int n = loads.incrementAndGet();
                                                firstStarted.countDown();
                                                await(releaseFirst);
                                                return n;
                                            }));
            firstStarted.await();
            List<Future<Integer>> later = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                later.add(
                        pool.submit(
                                () -> {
                                    waiting.incrementAndGet();
                                    return c.get("k", loads::incrementAndGet);
                                }));
            }
            Await.until(Duration.ofSeconds(5), () -> waiting.get() == 20, "callers to wait");
            releaseFirst.countDown();
            assertThat(first.get()).isEqualTo(1);
            for (Future<Integer> f : later) {
                // every later caller got a load that began after the first one ended
                assertThat(f.get()).isGreaterThanOrEqualTo(2);
            }
            assertThat(loads.get()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void failuresReachTheCallersAndDoNotStick() {
        Coalescer<String, Integer> c = new Coalescer<>();
        assertThatThrownBy(
                        () ->
                                c.get(
                                        "k",
                                        () -> {
                                            throw new IllegalStateException("db down");
                                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(c.get("k", () -> 7)).isEqualTo(7);
    }

    private static void await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
