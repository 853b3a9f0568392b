package org.treatytracker.draftfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout of a published draft turned back into the draft, on made-up pages shaped like the UN's. */
class LayoutCleanerTest {

    /** A made-up page: a three-line running header with a page number, then the body lines. */
    private static String page(int n, int of, String... body) {
        return "AD HOC BODY ON A MADE-UP CONVENTION \nBODY.2026.1.InformalNote \nPage " + n + " of " + of + " \n"
                + String.join("\n", body) + "\n";
    }

    private static final String FULL = "x".repeat(90);

    @Test
    void dropsRunningHeadersAndPageNumbersFoundOnEveryPage() {
        List<String> pages = List.of(
                page(1, 3, "Article 1 (PURPOSE)", "1. The purpose of this Convention is to promote cooperation."),
                page(2, 3, "Article 2 (SCOPE)", "1. This Convention applies to the prevention of offences."),
                page(3, 3, "Article 3 (USE OF TERMS)", "1. For the purposes of this Convention:"));
        String text = LayoutCleaner.clean(pages).text();
        assertFalse(text.contains("AD HOC BODY"), text);
        assertFalse(text.contains("InformalNote"), text);
        assertFalse(text.contains("of 3"), text);
        assertTrue(text.startsWith("Article 1 (PURPOSE)\n\n1. The purpose"), text);
        assertEquals(9, LayoutCleaner.clean(pages).figures().runningLinesDropped(), "three header lines on each of three pages");
    }

    @Test
    void dropsBareAndSpelledOutPageNumbersEvenWithoutAHeader() {
        List<String> pages = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            pages.add(n + " of 46\nArticle " + n + "\n" + n + ". Each Party shall act.\n");
        }
        String text = LayoutCleaner.clean(pages).text();
        assertFalse(text.contains("of 46"), text);
        assertTrue(text.contains("Article 4\n\n4. Each Party shall act."), text);
    }

    @Test
    void keepsALineThatRepeatsOnlyOnSomePages() {
        List<String> pages = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            pages.add(page(n, 6, n <= 2 ? "Option 2: No text." : "Article " + n, "1. Parties shall cooperate."));
        }
        String text = LayoutCleaner.clean(pages).text();
        assertTrue(text.contains("Option 2: No text."), text);
    }

    @Test
    void joinsWrappedLinesAndStartsAParagraphAtEachNumberLabelAndShortLine() {
        String body = String.join("\n",
                "1. Parties recognize that deep cuts in global emissions are urgently required, with a view to",
                "reducing such emissions so as to hold the increase in the global average temperature.",
                "(a) [Be quantified or quantifiable;]",
                "Pp5",
                " Emphasizing the need for universal and sustained action by all to respond to the urgent threat",
                "of climate change,",
                "Option 1: Each Party shall communicate.",
                "A closing sentence that ends short.",
                "Another paragraph with no number at all, which the short line before it separates.");
        String text = LayoutCleaner.clean(List.of(body)).text();
        assertEquals("""
                1. Parties recognize that deep cuts in global emissions are urgently required, with a view to reducing such \
                emissions so as to hold the increase in the global average temperature.

                (a) [Be quantified or quantifiable;]

                Pp5 Emphasizing the need for universal and sustained action by all to respond to the urgent threat of climate change,

                Option 1: Each Party shall communicate.

                A closing sentence that ends short.

                Another paragraph with no number at all, which the short line before it separates.
                """, text);
    }

    @Test
    void anArticleMentionedAtALineStartIsNotAHeading() {
        String body = String.join("\n",
                "1. Developing country Parties, the least developed country Parties and other Parties identified in",
                "Article 4, paragraph 8, of the Convention shall receive support for the implementation of this Article.");
        String text = LayoutCleaner.clean(List.of(body)).text();
        assertTrue(text.contains("identified in Article 4, paragraph 8,"), text);
    }

    @Test
    void movesFootnotesUnderThePageRuleToTheEndAndMarksThem() {
        String page1 = String.join("\n",
                "Draft agreement and draft decision",
                "Work of the contact group",
                "",
                "Note by the secretariat",
                "Edited version of 6 November 2015",
                "1",
                "Article 1 (DEFINITIONS)",
                "1. “Party” means a Party to this Agreement.",
                "2. “Convention” means the United Nations Framework Convention on Climate Change, adopted in New",
                "York on 9 May 1992, and the Parties' commitments under it as they stand when this Agreement enters",
                "into force.",
                "                                                 ",
                "1  The version of 23 October 2015 has been edited and the paragraph numbering",
                "updated.");
        String text = LayoutCleaner.clean(List.of(page1)).text();
        assertTrue(text.contains("\n\nEdited version of 6 November 2015[^1]\n\nArticle 1 (DEFINITIONS)"), text);
        assertTrue(text.endsWith("## Footnotes\n\n[^1]: The version of 23 October 2015 has been edited and the paragraph numbering updated.\n"), text);
        assertEquals(1, LayoutCleaner.clean(List.of(page1)).figures().footnotes());
    }

    @Test
    void aFootnoteMarkGluedToItsWordBecomesAMark() {
        // Geneva negotiating text, 12 February 2015, p. 74: "K. [[Time frames … implementation and ambition]8"
        String page = String.join("\n",
                "K. [[Time frames and process related to commitments / contributions / Other matters related to",
                "implementation and ambition]8",
                "[Commitments / contributions / actions / scope of implementation and ambition]",
                "W/m2 and CO2 stay as they are.",
                "                                                          ",
                "8 Some Parties expressed the view that the section should be placed elsewhere.");
        String text = LayoutCleaner.clean(List.of(page)).text();
        assertTrue(text.contains("implementation and ambition][^8]"), text);
        assertTrue(text.contains("W/m2 and CO2 stay"), text);
    }

    @Test
    void mendsWordsTheTextLayerBrokeButNotRealWordPairs() {
        // The document says "Convention", "registry" and "high-level" elsewhere, and "per cent" always in two words.
        String body = String.join("\n",
                "1. The Convention establishes a registry and a high-level segment; 20 per cent of the seats.",
                "",
                "2. The Conven tion keeps the regis try; the high -level segment meets; 40 per cent of the seats.",
                "",
                "3. The Convention, the registry and the high-level segment; 50 per cent; the decision-",
                "making process and a capacity- building plan for medium- and long-term needs.",
                "",
                "4. The capacity-building plan.");
        LayoutCleaner.Result result = LayoutCleaner.clean(List.of(body));
        String text = result.text();
        assertTrue(text.contains("2. The Convention keeps the registry; the high-level segment meets; 40 per cent"), text);
        assertTrue(text.contains("the decision-making process and a capacity-building plan for medium- and long-term"), text);
        assertEquals(4, result.figures().wordsMended(), text);
    }

    @Test
    void dropsALineEndHyphenOnlyWhenTheDocumentWritesTheWordClosedUp() {
        String body = String.join("\n",
                "1. The transparency framework applies to cooperation of every kind and scope across the regions of the",
                "world and to every kind of activity that the Parties undertake together in the framework; coopera-",
                "tion is encouraged.",
                "",
                "2. Cooperation again.");
        String text = LayoutCleaner.clean(List.of(body)).text();
        assertTrue(text.contains("framework; cooperation is encouraged."), text);
    }

    @Test
    void fullWidthIsTheNinetiethPercentileOfLineLengths() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            lines.add(FULL);
        }
        lines.add("short");
        assertEquals(90, LayoutCleaner.fullWidth(lines));
    }
}
