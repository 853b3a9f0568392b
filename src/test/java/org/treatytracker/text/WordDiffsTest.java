package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A pair of texts is diffed once; the kept diff is the diff. */
class WordDiffsTest {

    private static final String BEFORE = "Article 3\nParties [shall][should] act.\nEach Party reports.\n";
    private static final String AFTER = "Article 3\nParties shall act now.\nEach Party reports.\n";

    @Test
    void diffsAPairOnce() {
        WordDiffs diffs = new WordDiffs(1_000_000);
        WordDiffs.Diff first = diffs.diff(new String(BEFORE), new String(AFTER));
        assertSame(first, diffs.diff(new String(BEFORE), new String(AFTER)));
        assertEquals(1, diffs.computed());
        assertEquals(WordDiff.diff(BEFORE, AFTER), first.edits());
        assertEquals(WordDiff.changedWords(WordDiff.diff(BEFORE, AFTER)), first.changedWords());
        diffs.diff(AFTER, BEFORE);
        assertEquals(2, diffs.computed(), "the other way round is another diff");
    }
}
