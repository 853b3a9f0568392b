package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
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

    /** The regular expressions the one pass replaced, kept here as the definition it must agree with. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:])");

    @Property(tries = 2000)
    void onePassAgreesWithTheRegularExpressions(@ForAll("draftLike") String text) {
        String quotesPlain = text.replaceAll("[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]", "\"")
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'");
        String before = WHITE_SPACE.matcher(quotesPlain).replaceAll(" ").trim();
        assertEquals(before, QuoteMatcher.normalise(text));
        assertEquals(SPACE_BEFORE_PUNCTUATION.matcher(before.toLowerCase(Locale.ROOT)).replaceAll("$1"),
                QuoteMatcher.collapse(text, true).toLowerCase(Locale.ROOT));
    }

    @Provide
    Arbitrary<String> draftLike() {
        // Words, every kind of white space, the punctuation the pass treats apart, typographic quotes, control characters.
        return Arbitraries.strings().withChars("aZ9 \t\n\r\u000B\f\u00A0\u2007\u202F\u2003,.;:!\u201C\u201D\u2019\u0001\u0000İ")
                .ofMaxLength(40);
    }
}
