package io.dragoman.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.ShutdownEvent;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The shutdown closes the persistence unit right after its observers return: a heartbeat still
 * running then found its session closed and logged a failure at the end of a good command (seen on
 * PostgreSQL, where no compaction stops the timer first).
 */
class JobSweeperStopTest {

    @Test
    void theShutdownWaitsForTheHeartbeatUnderWay() throws Exception {
        CountDownLatch beating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean beatEnded = new AtomicBoolean();
        JobsConfig config = config(Duration.ofMillis(1), Duration.ofHours(1));
        JobStore store = new JobStore(null, null, config) {
            @Override
            void beat() {
                beating.countDown();
                awaitUninterruptibly(release);
                beatEnded.set(true);
            }

            @Override
            int failLost() {
                return 0;
            }
        };
        JobSweeper sweeper = new JobSweeper(store, config);
        sweeper.onStart(null);
        assertTrue(beating.await(10, TimeUnit.SECONDS), "a heartbeat started");

        Thread shutdown = new Thread(() -> sweeper.onStop(new ShutdownEvent()));
        shutdown.start();
        // Holding the beat makes this certain with the fix; without it the stop returns at once.
        shutdown.join(300);
        assertTrue(shutdown.isAlive(), "the shutdown went on while a heartbeat was still using the database");

        release.countDown();
        shutdown.join(10_000);
        assertFalse(shutdown.isAlive(), "the shutdown ended once the heartbeat had");
        assertTrue(beatEnded.get());
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static JobsConfig config(Duration heartbeat, Duration sweep) {
        return new JobsConfig() {
            @Override
            public Duration staleAfter() {
                return Duration.ofMinutes(2);
            }

            @Override
            public Duration heartbeatInterval() {
                return heartbeat;
            }

            @Override
            public Duration sweepInterval() {
                return sweep;
            }

            @Override
            public Imports imports() {
                throw new UnsupportedOperationException("the sweeper reads no import settings");
            }

            @Override
            public Qa qa() {
                throw new UnsupportedOperationException("the sweeper reads no QA settings");
            }
        };
    }
}
