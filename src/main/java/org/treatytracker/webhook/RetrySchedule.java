package org.treatytracker.webhook;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: the first retry after {@code first}, each next one after twice the
 * wait before (capped at {@code max}), each wait shortened by up to a fifth at random so that many deliveries
 * failed at once (a receiver down) do not all come back in the same instant. Plain Java.
 */
public record RetrySchedule(Duration first, Duration max, int maxAttempts) {

    /** The wait after the {@code attempts}-th failed attempt, or null when no attempt is left (the delivery fails). */
    public Duration after(int attempts, RandomGenerator random) {
        if (attempts >= maxAttempts) {
            return null;
        }
        long wait = first.toMillis();
        for (int i = 1; i < attempts && wait < max.toMillis(); i++) {
            wait *= 2;
        }
        wait = Math.min(wait, max.toMillis());
        long jitter = wait / 5 == 0 ? 0 : random.nextLong(wait / 5 + 1);
        return Duration.ofMillis(wait - jitter);
    }
}
