package org.treatytracker.text;

import java.util.Arrays;

/**
 * The offsets at which a character (or a word) occurs in a text, found in one pass when first asked for, so that
 * "where is the next one after here" costs a binary search instead of a scan that may run to the end of the text
 * (a scan per bracket or per line made the parser quadratic on hostile input).
 */
final class Occurrences {

    private final String text;
    private final String what;
    private int[] offsets;

    Occurrences(String text, String what) {
        this.text = text;
        this.what = what;
    }

    /** The first offset at or after {@code from} where it occurs, or -1: {@code text.indexOf(what, from)}. */
    int next(int from) {
        int[] all = offsets();
        int k = Arrays.binarySearch(all, Math.max(from, 0));
        int at = k >= 0 ? k : -k - 1;
        return at < all.length ? all[at] : -1;
    }

    /** Whether it occurs starting in {@code [from, to)}. */
    boolean within(int from, int to) {
        int at = next(from);
        return at >= 0 && at < to;
    }

    /** How many occurrences start before {@code offset}. */
    int countBefore(int offset) {
        int k = Arrays.binarySearch(offsets(), offset);
        return k >= 0 ? k : -k - 1;
    }

    /** The offset of the {@code n}th occurrence (from 0). */
    int nth(int n) {
        return offsets()[n];
    }

    private int[] offsets() {
        if (offsets == null) {
            int[] found = new int[16];
            int n = 0;
            for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = at;
            }
            offsets = Arrays.copyOf(found, n);
        }
        return offsets;
    }
}
