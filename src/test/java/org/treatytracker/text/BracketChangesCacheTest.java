package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A pair of drafts has its bracket changes worked out once; a draft parsed again is another pair. */
class BracketChangesCacheTest {

    private static final String BEFORE = "access to [computer data] [digital information] without right; [annually]";
    private static final String AFTER = "access to digital information without right; [in writing]";

    private static ParsedDraft parse(String text) {
        return BracketParser.parse(text, BracketParser.Mode.TOLERANT);
    }

    @Test
    void worksOutAPairOnce() {
        BracketChangesCache cache = new BracketChangesCache(1_000_000);
        ParsedDraft before = parse(BEFORE);
        ParsedDraft after = parse(AFTER);
        BracketChanges.Result first = cache.between(before, after);
        assertSame(first, cache.between(before, after));
        assertEquals(1, cache.computed());
        assertEquals(BracketChanges.between(before, after), first);
        assertEquals(1, first.resolved().size());
        cache.between(after, before);
        assertEquals(2, cache.computed(), "the other way round is another pair");
    }

    @Test
    void aDraftParsedAgainIsANewKey() {
        BracketChangesCache cache = new BracketChangesCache(1_000_000);
        ParsedDraft before = parse(BEFORE);
        ParsedDraft after = parse(AFTER);
        BracketChanges.Result first = cache.between(before, after);
        // Equal drafts, not the same one: the result names the sets of the draft it was given, so it is not shared.
        ParsedDraft again = parse(BEFORE);
        BracketChanges.Result second = cache.between(again, after);
        assertNotSame(first, second);
        assertSame(again.sets().get(0), second.resolved().get(0).set());
        assertEquals(2, cache.computed());
    }

    @Test
    void staysWithinItsBudget() {
        BracketChangesCache cache = new BracketChangesCache(10_000);
        for (int i = 0; i < 200; i++) {
            cache.between(parse(BEFORE + " " + i),
                    parse(AFTER));
        }
        assertEquals(200, cache.computed());
        assertEquals(true, cache.size() < 200, "entries past the budget are let go: " + cache.size());
    }
}
