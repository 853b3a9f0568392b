package org.treatytracker.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Counting failed logins: growing waits, a lock for the rest of the window, bounded memory. No container. */
class FailureCounterTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Ticker ticker = now::get;

    private FailureCounter counter(long maxTracked) {
        return new FailureCounter(5, 10, WINDOW, Duration.ofSeconds(1), Duration.ofSeconds(16), 64, maxTracked, ticker);
    }

    private static void fail(FailureCounter counter, String key, int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(counter.begin(key).allowed(), "attempt " + (i + 1));
            counter.end(key, true, false);
        }
    }

    @Test
    void waitsGrowAfterFiveFailuresAndTheTenthLocksUntilTheWindowCloses() {
        FailureCounter counter = counter(1000);
        fail(counter, "admin", 4);
        assertEquals(Duration.ZERO, counter.begin("admin").delay());
        counter.end("admin", true, false);
        for (long seconds : new long[] {1, 2, 4, 8, 16}) {
            FailureCounter.Verdict verdict = counter.begin("admin");
            assertEquals(Duration.ofSeconds(seconds), verdict.delay());
            counter.end("admin", true, false);
        }
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        FailureCounter.Verdict locked = counter.begin("admin");
        assertFalse(locked.allowed());
        assertEquals(Duration.ofMinutes(10), locked.retryAfter());
        now.addAndGet(Duration.ofMinutes(10).toNanos());
        FailureCounter.Verdict reopened = counter.begin("admin");
        assertTrue(reopened.allowed());
        assertEquals(Duration.ZERO, reopened.delay());
    }

    @Test
    void aSuccessClearsFailuresOnlyWhenAsked() {
        FailureCounter counter = counter(1000);
        fail(counter, "editor", 6);
        counter.begin("editor");
        counter.end("editor", false, false);
        assertEquals(Duration.ofSeconds(2), counter.begin("editor").delay());
        counter.end("editor", false, true);
        assertEquals(Duration.ZERO, counter.begin("editor").delay());
    }

    @Test
    void parallelGuessesCannotOvershootTheLockOnceSlowed() {
        FailureCounter counter = counter(1000);
        fail(counter, "admin", 5);
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            if (counter.begin("admin").allowed()) {
                allowed++;
            }
        }
        assertEquals(5, allowed, "10 - 5 failures: the attempts that can still be in progress");
    }

    @Test
    void aBurstOfParallelGuessesOnAFreshKeyEvaluatesAtMostLockAfter() throws Exception {
        FailureCounter counter = counter(1000);
        int guessers = 80;
        AtomicInteger evaluated = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(guessers);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < guessers; i++) {
            all.add(pool.submit(() -> {
                start.await();
                while (true) {
                    FailureCounter.Verdict verdict = counter.begin("admin");
                    if (verdict.allowed()) {
                        evaluated.incrementAndGet();
                        Thread.sleep(50); // checking the password: long enough for the whole burst to arrive meanwhile
                        counter.end("admin", true, false);
                        return null;
                    }
                    if (!verdict.busy()) {
                        refused.incrementAndGet();
                        return null;
                    }
                    Thread.sleep(1);
                }
            }));
        }
        start.countDown();
        for (Future<?> guesser : all) {
            guesser.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(10, evaluated.get(), "guesses evaluated with lock-after 10");
        assertEquals(70, refused.get());
    }

    @Test
    void inventedKeysNeverGrowPastTheBound() {
        FailureCounter counter = counter(1000);
        for (int i = 0; i < 100_000; i++) {
            String key = UUID.randomUUID().toString();
            counter.begin(key);
            counter.end(key, true, false);
        }
        assertTrue(counter.tracked() <= 1000, "tracked " + counter.tracked());
    }
}
