package org.treatytracker.draftfile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The counters of Word's lists, nine levels per list (one list per abstract numbering definition, which every
 * {@code w:num} using it continues). A level counts from its start; when a level advances, the deeper levels
 * restart unless their {@code lvlRestart} says otherwise (0: never; n: only when level n or a shallower one
 * advances). A level never used shows its start minus one, as Word shows "0.1" for a second-level heading
 * before any first-level one.
 */
final class ListCounters {

    static final int LEVELS = 9;

    /** What the counters need to know of a list's levels. */
    interface Levels {
        /** The level's {@code w:start}. */
        long start(int level);

        /** The level's {@code w:lvlRestart} (1-based), or -1 when it has none (restart after any shallower level). */
        int restart(int level);
    }

    private final Map<String, long[]> lists = new HashMap<>();
    private final Map<String, long[]> overrides = new HashMap<>();

    /** Advances the list's counter at this level and gives the values of levels 0 … level as shown. */
    long[] advance(String list, int level, Levels levels) {
        long[] values = values(list);
        long[] pending = overrides.get(list);
        if (pending != null && pending[level] != Long.MIN_VALUE) {
            values[level] = pending[level];
            pending[level] = Long.MIN_VALUE;
        } else {
            values[level] = values[level] == Long.MIN_VALUE ? levels.start(level) : values[level] + 1;
        }
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            int restart = levels.restart(deeper);
            if (restart < 0 || (restart > 0 && level < restart)) {
                values[deeper] = Long.MIN_VALUE;
            }
        }
        long[] shown = new long[level + 1];
        for (int i = 0; i <= level; i++) {
            shown[i] = values[i] == Long.MIN_VALUE ? levels.start(i) - 1 : values[i];
        }
        return shown;
    }

    /** The next number at this level of the list is {@code start} ({@code w:startOverride}). */
    void restartAt(String list, int level, long start) {
        overrides.computeIfAbsent(list, k -> unset())[level] = start;
    }

    private long[] values(String list) {
        return lists.computeIfAbsent(list, k -> unset());
    }

    private static long[] unset() {
        long[] values = new long[LEVELS];
        Arrays.fill(values, Long.MIN_VALUE);
        return values;
    }
}
