package org.treatytracker.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;

/**
 * The word diffs of pairs of texts, each pair diffed once and kept in one cache bounded by weight. A provision's
 * history and every comparison diff the same consecutive versions again and again; a Myers diff of two versions
 * that differ throughout (a reading read from a PDF against one from Markdown) took seconds of a provision page.
 * The key is the pair of texts themselves, so an edited text is a new key and the old entry ages out. Plain Java.
 */
public final class WordDiffs {

    /** Default budget: about 8 MB of kept diffs. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private static final WordDiffs SHARED = new WordDiffs(DEFAULT_MAX_BYTES);

    /** A diff: its runs (concatenating back to either text) and how many words it inserts and deletes. */
    public record Diff(List<WordDiff.Edit> edits, int changedWords) {

        public Diff {
            edits = List.copyOf(edits);
        }
    }

    /** {@code readable}: the runs a reader follows (SentenceDiff), else the word diff. */
    private record Key(String before, String after, boolean readable) {
    }

    private final Cache<Key, Diff> diffs;

    /** A cache of its own (tests); the application uses {@link #shared()}. */
    public WordDiffs(long maxBytes) {
        this.diffs = Caffeine.newBuilder().recordStats().maximumWeight(maxBytes).weigher((Key key, Diff diff) -> weight(diff)).build();
    }

    public static WordDiffs shared() {
        return SHARED;
    }

    /** The diff of the two texts: kept from an earlier call, or computed now and kept. */
    public Diff diff(String before, String after) {
        return diffs.get(new Key(before == null ? "" : before, after == null ? "" : after, false), k -> {
            List<WordDiff.Edit> edits = WordDiff.diff(k.before(), k.after());
            return new Diff(edits, WordDiff.changedWords(edits));
        });
    }

    /** The runs a reader follows ({@link SentenceDiff}: sentences whole unless few of their words changed), kept alike. */
    public List<WordDiff.Edit> readable(String before, String after) {
        return diffs.get(new Key(before == null ? "" : before, after == null ? "" : after, true), k -> {
            List<WordDiff.Edit> runs = SentenceDiff.diff(k.before(), k.after());
            return new Diff(runs, WordDiff.changedWords(runs));
        }).edits();
    }

    /** Sets the budget (the {@code treaty.cache.diff-max-bytes} setting, applied at start). */
    public void resize(long maxBytes) {
        diffs.policy().eviction().ifPresent(e -> e.setMaximum(maxBytes));
    }

    /** How many pairs were diffed (not found kept). */
    public long computed() {
        return diffs.stats().missCount();
    }

    /** The runs' text (which the key's texts also hold, unless shared) and about 50 bytes a run. */
    private static int weight(Diff diff) {
        long bytes = 200;
        for (WordDiff.Edit edit : diff.edits()) {
            bytes += 2L * edit.text().length() + 50;
        }
        return (int) Math.min(Integer.MAX_VALUE, 2 * bytes);
    }
}
