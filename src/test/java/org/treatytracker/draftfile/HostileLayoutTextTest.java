package org.treatytracker.draftfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated worst cases for the clean-up of a PDF's text: a page of one long word, words broken at a hyphen over
 * and over. The break patterns tried every letter of a long word as the start of a break (quadratic).
 */
class HostileLayoutTextTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Test
    void aPageOfOneLongWord() {
        String word = "a".repeat(200_000);
        WordMender.Mended mended = assertTimeoutPreemptively(BOUND, () -> WordMender.of(List.of(word)).mend(word));
        assertEquals(word, mended.text());
        assertTimeoutPreemptively(BOUND, () -> LayoutCleaner.clean(List.of(word)));
    }

    @Test
    void longWordsAroundBreaks() {
        String text = ("a".repeat(20_000) + " -" + "b".repeat(20_000) + "\u00ad").repeat(5);
        WordMender.Mended mended = assertTimeoutPreemptively(BOUND, () -> WordMender.of(List.of(text)).mend(text));
        assertEquals(5, mended.count(), "each open hyphen is closed up");
    }
}
