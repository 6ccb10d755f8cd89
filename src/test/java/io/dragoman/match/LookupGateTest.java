package io.dragoman.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LookupGateTest {
    @Test
    void atMostTheLimitRunAtOnce() throws Exception {
        assertEquals(List.of(0, 1), admitted(2, 6));
    }

    @Test
    void waitingLookupsRunInArrivalOrder() throws Exception {
        assertEquals(List.of(0), admitted(1, 5));
    }

    /**
     * Sends {@code lookups} lookups, each once the previous one runs or waits, into a gate of
     * {@code limit}; returns the ones that ran before any finished, then checks that the rest ran
     * in arrival order (with a limit of 1) or at least all ran, never more than {@code limit} at once.
     */
    private static List<Integer> admitted(int limit, int lookups) throws Exception {
        LookupGate gate = new LookupGate(limit);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(lookups);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < lookups; i++) {
                int lookup = i;
                done.add(pool.submit(() -> gate.run(() -> {
                    order.add(lookup);
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    await(release);
                    running.decrementAndGet();
                    return lookup;
                })));
                int arrived = i + 1;
                awaitTrue(() -> order.size() + gate.waiting() == arrived);
            }
            List<Integer> first = List.copyOf(order);
            assertEquals(lookups - limit, gate.waiting());
            release.countDown();
            for (int i = 0; i < lookups; i++) {
                assertEquals(i, done.get(i).get(10, TimeUnit.SECONDS));
            }
            assertEquals(limit, most.get());
            if (limit == 1) {
                assertEquals(java.util.stream.IntStream.range(0, lookups).boxed().toList(), order);
            }
            return first;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedLookupGivesItsTurnBack() {
        LookupGate gate = new LookupGate(1);
        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("broken");
        }));
        assertEquals("next", gate.run(() -> "next"));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new LookupGate(0)).getMessage()
                .contains("dragoman.match.concurrent-lookups"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(5);
        }
    }
}
