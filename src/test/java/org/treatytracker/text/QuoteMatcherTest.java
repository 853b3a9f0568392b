package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {

    private static final String PARAGRAPH = "various speakers cautioned against the requirement of “dishonest intent”\n"
            + "for some   of the offences";

    @Test
    void findsQuoteWithStraightQuotesAndCollapsedWhiteSpace() {
        assertTrue(QuoteMatcher.appearsIn("the requirement of \"dishonest intent\" for some of the offences", PARAGRAPH));
    }

    @Test
    void refusesChangedWords() {
        assertFalse(QuoteMatcher.appearsIn("the requirement of \"criminal intent\"", PARAGRAPH));
    }

    @Test
    void isCaseSensitive() {
        assertFalse(QuoteMatcher.appearsIn("Various speakers", PARAGRAPH));
    }

    @Test
    void refusesBlankQuote() {
        assertFalse(QuoteMatcher.appearsIn("   ", PARAGRAPH));
        assertFalse(QuoteMatcher.appearsIn("\u00A0", PARAGRAPH));
    }

    @Test
    void normalisesTypographicApostrophes() {
        assertEquals("that person's characteristics", QuoteMatcher.normalise("that  person’s\tcharacteristics "));
    }

    @Test
    void editorialBracketsInAReportMatchTheDraftText() {
        String draft = "(b) Other criminal offences committed by means of [a computer system] [an information and "
                + "communications technology device]; and\n(c) The collection of evidence in electronic form of any criminal offence.";
        assertTrue(QuoteMatcher.quotesDraft("“[o]ther criminal offences committed by means of [a computer system] "
                + "[an information and communications technology device]”", draft));
        assertTrue(QuoteMatcher.quotesDraft("[t]he collection of evidence in electronic form", draft));
        assertFalse(QuoteMatcher.quotesDraft("[o]ther criminal offences committed by means of a computer system", draft),
                "negotiation brackets in the quote must stand in the text");
        assertFalse(QuoteMatcher.quotesDraft("[t]he collection of data", draft));
    }

    @Property
    void everySubstringOfTheTextIsFound(@ForAll String text, @ForAll @IntRange(max = 200) int from, @ForAll @IntRange(max = 200) int length) {
        int start = Math.min(from, text.length());
        int end = Math.min(text.length(), start + length);
        String quote = text.substring(start, end);
        if (!QuoteMatcher.normalise(quote).isEmpty()) {
            // A substring cut inside a run of white space normalises to the same words, so it must be found;
            // a quote of white space alone normalises to nothing and is refused.
            assertTrue(QuoteMatcher.appearsIn(quote, text), () -> "quote " + quote + " of " + text);
        }
    }
}
