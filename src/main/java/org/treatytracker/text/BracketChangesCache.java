package org.treatytracker.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The bracket changes of pairs of parsed drafts, each pair worked out once and kept in one cache bounded by weight.
 * After parsing and diffing were kept, {@link BracketChanges#between} was most of a fresh provision page and a
 * fresh comparison (71 % of their samples): the history and every comparison ask again for the same pairs.
 * The key is the pair of drafts by identity: {@link ParsedDrafts} hands every reader of a text the same draft, and
 * the result names that draft's sets, so a draft parsed again (an edited text, or one aged out) is a new key and the
 * old entry ages out in turn. Plain Java (Caffeine only).
 */
public final class BracketChangesCache {

    /** Default budget: about 8 MB, the drafts the keys hold included. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private static final BracketChangesCache SHARED = new BracketChangesCache(DEFAULT_MAX_BYTES);

    /** Two drafts compared by identity: a record would compare (and hash) whole texts and trees on every lookup. */
    private static final class Key {
        final ParsedDraft before;
        final ParsedDraft after;

        Key(ParsedDraft before, ParsedDraft after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.before == before && key.after == after;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(before) + System.identityHashCode(after);
        }
    }

    private final Cache<Key, BracketChanges.Result> results;

    /** A cache of its own (tests); the application uses {@link #shared()}. */
    public BracketChangesCache(long maxBytes) {
        this.results = Caffeine.newBuilder().recordStats().maximumWeight(maxBytes)
                .weigher((Key key, BracketChanges.Result result) -> weight(key)).build();
    }

    public static BracketChangesCache shared() {
        return SHARED;
    }

    /** How the sets changed from one draft to the other: kept from an earlier call, or worked out now and kept. */
    public BracketChanges.Result between(ParsedDraft before, ParsedDraft after) {
        return results.get(new Key(before, after), k -> BracketChanges.between(k.before, k.after));
    }

    /** Sets the budget (the {@code treaty.cache.changes-max-bytes} setting, applied at start). */
    public void resize(long maxBytes) {
        results.policy().eviction().ifPresent(e -> e.setMaximum(maxBytes));
    }

    /** How many pairs are kept (for tests). */
    long size() {
        results.cleanUp();
        return results.estimatedSize();
    }

    /** How many pairs were worked out (not found kept). */
    public long computed() {
        return results.stats().missCount();
    }

    /**
     * The key holds both drafts, which may outlive their entries in {@link ParsedDrafts}: they are counted here
     * (text at 2 bytes a char, about 300 bytes a set) so that the budget bounds what this cache keeps alive.
     */
    private static int weight(Key key) {
        long bytes = 300;
        for (ParsedDraft draft : new ParsedDraft[] {key.before, key.after}) {
            bytes += 2L * draft.source().length() + 100L * draft.nodes().size() + 300L * draft.sets().size();
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
