package org.treatytracker.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Failed logins of one kind of key (usernames, or client addresses), counted over a window that opens with the
 * first failure. The tallies live in a Caffeine cache with a maximum size and per-entry expiry, so an attacker who
 * invents keys can make it forget old tallies but never grow past its bound.
 */
final class FailureCounter {

    /**
     * What a key may do now: go ahead (after {@code delay}) holding a slot, or come back after {@code retryAfter};
     * {@code busy} refusals are not locks: every slot is held by an attempt in progress, and one may free soon.
     */
    record Verdict(boolean allowed, Duration delay, Duration retryAfter, boolean busy) {

        static Verdict allow(Duration delay) {
            return new Verdict(true, delay, Duration.ZERO, false);
        }

        static Verdict refuse(Duration retryAfter) {
            return new Verdict(false, Duration.ZERO, retryAfter, false);
        }

        static Verdict allSlotsHeld() {
            return new Verdict(false, Duration.ZERO, Duration.ofSeconds(1), true);
        }
    }

    /** Failures in the window that ends at {@code windowEnds} (ticker nanoseconds), and attempts still in progress. */
    private record Tally(int failures, long windowEnds, int inFlight) {
    }

    private final int delayAfter;
    private final int lockAfter;
    private final long window;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int maxConcurrent;
    private final Ticker ticker;
    private final Cache<String, Tally> tallies;

    FailureCounter(int delayAfter, int lockAfter, Duration window, Duration firstDelay, Duration maxDelay, int maxConcurrent,
                   long maxTracked, Ticker ticker) {
        if (delayAfter < 1 || lockAfter < delayAfter || maxConcurrent < 1 || maxTracked < 1) {
            throw new IllegalArgumentException("login limits need 1 <= delay-after <= lock-after, max-concurrent >= 1, max-tracked >= 1");
        }
        this.delayAfter = delayAfter;
        this.lockAfter = lockAfter;
        this.window = window.toNanos();
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxConcurrent = maxConcurrent;
        this.ticker = ticker;
        this.tallies = Caffeine.newBuilder().maximumSize(maxTracked).ticker(ticker).expireAfter(new Expiry<String, Tally>() {
            @Override
            public long expireAfterCreate(String key, Tally tally, long now) {
                return lifetime(tally, now);
            }

            @Override
            public long expireAfterUpdate(String key, Tally tally, long now, long current) {
                return lifetime(tally, now);
            }

            @Override
            public long expireAfterRead(String key, Tally tally, long now, long current) {
                return current;
            }
        }).build();
    }

    /** A tally with failures lives until its window closes; one with only attempts in progress, for a window. */
    private long lifetime(Tally tally, long now) {
        return tally.failures() > 0 ? Math.max(0, tally.windowEnds() - now) : window;
    }

    /**
     * Starts an attempt by reserving a slot, in one atomic step with the check: refused while locked, busy while the
     * failures so far plus the attempts in progress reach lock-after (each attempt in progress may still fail), and
     * otherwise counted as in progress. So however many guesses arrive at once, at most lock-after are ever evaluated
     * in a window; {@link #end} releases the slot and records the outcome.
     */
    Verdict begin(String key) {
        Verdict[] verdict = new Verdict[1];
        tallies.asMap().compute(key, (k, tally) -> {
            long now = ticker.read();
            Tally current = tally == null || (tally.failures() > 0 && now >= tally.windowEnds()) ? new Tally(0, 0, tally == null ? 0 : tally.inFlight()) : tally;
            if (current.failures() >= lockAfter) {
                verdict[0] = Verdict.refuse(Duration.ofNanos(current.windowEnds() - now));
                return current;
            }
            // Attempts in progress count as failures to come, always: a burst of parallel guesses on a fresh key used to
            // pass a generous cap (51 of 80 were evaluated for a limit of 10). Honest parallel clients wait for a slot.
            int allowedInFlight = Math.min(maxConcurrent, lockAfter - current.failures());
            if (current.inFlight() >= allowedInFlight) {
                verdict[0] = Verdict.allSlotsHeld();
                return current;
            }
            verdict[0] = Verdict.allow(delayFor(current.failures()));
            return new Tally(current.failures(), current.windowEnds(), current.inFlight() + 1);
        });
        return verdict[0];
    }

    /** Ends an attempt begun with {@link #begin}: a failure is counted, a success may clear the key's failures. */
    void end(String key, boolean failed, boolean clearFailures) {
        tallies.asMap().compute(key, (k, tally) -> {
            long now = ticker.read();
            int inFlight = tally == null ? 0 : Math.max(0, tally.inFlight() - 1);
            boolean open = tally != null && tally.failures() > 0 && now < tally.windowEnds();
            if (failed) {
                return open ? new Tally(tally.failures() + 1, tally.windowEnds(), inFlight) : new Tally(1, now + window, inFlight);
            }
            if (clearFailures || !open) {
                return inFlight == 0 ? null : new Tally(0, 0, inFlight);
            }
            return new Tally(tally.failures(), tally.windowEnds(), inFlight);
        });
    }

    /** No wait below delay-after failures; then first-delay, doubling with each further failure, up to max-delay. */
    Duration delayFor(int failures) {
        if (failures < delayAfter) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - delayAfter, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Keys tracked now, after pending evictions (for tests of the bound). */
    long tracked() {
        tallies.cleanUp();
        return tallies.estimatedSize();
    }
}
