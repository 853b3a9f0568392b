package org.treatytracker.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A page that is not full tells its list's total without a count; a full page, or one past the end, counts. */
class PageTotalTest {

    private final AtomicInteger counted = new AtomicInteger();

    private long total(int page, int size, int items) {
        return new PageRequest(page, size, null).total(items, () -> {
            counted.incrementAndGet();
            return 999;
        });
    }

    @Test
    void countsOnlyWhenThePageCannotTell() {
        assertEquals(17, total(0, 20, 17));
        assertEquals(45, total(2, 20, 5));
        assertEquals(0, total(0, 20, 0));
        assertEquals(0, counted.get());
        assertEquals(999, total(0, 20, 20)); // full: more may follow
        assertEquals(999, total(3, 20, 0));  // past the end: how far is not known
        assertEquals(2, counted.get());
    }
}
