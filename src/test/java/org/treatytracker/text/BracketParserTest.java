package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.BracketParser.Mode;

/** Fixtures are made up for these tests, modelled on the forms of real negotiating texts. */
class BracketParserTest {

    private static ParsedDraft strict(String text) {
        return BracketParser.parse(text, Mode.STRICT);
    }

    private static List<String> alternatives(ParsedDraft draft, int set) {
        return draft.sets().get(set).alternatives().stream().map(draft::text).toList();
    }

    @Test
    void aLoneBracketIsASetWithOneAlternative() {
        ParsedDraft draft = strict("Each Party [shall] report.");
        assertEquals(1, draft.sets().size());
        assertEquals(List.of("shall"), alternatives(draft, 0));
        assertEquals(11, draft.sets().get(0).start());
        assertEquals(18, draft.sets().get(0).end());
    }

    @Test
    void adjacentGroupsAreOneSetWithSeveralAlternatives() {
        ParsedDraft spaced = strict("preservation of stored [computer data] [digital information]");
        assertEquals(List.of("computer data", "digital information"), alternatives(spaced, 0));
        ParsedDraft touching = strict("Parties [shall][should][other] act");
        assertEquals(List.of("shall", "should", "other"), alternatives(touching, 0));
        assertEquals(3, touching.alternativeCount());
    }

    @Test
    void groupsOnSeparateLinesAreSeparateSets() {
        assertEquals(2, strict("[first paragraph]\n[second paragraph]").sets().size());
    }

    @Test
    void bracketsNestAndAreNumberedOuterFirst() {
        ParsedDraft draft = strict("through [long-term global [low-[carbon][emission] transformation] [neutrality]]");
        assertEquals(3, draft.sets().size());
        assertEquals(1, draft.sets().get(0).depth());
        assertEquals(2, draft.sets().get(1).depth());
        assertEquals(List.of("low-[carbon][emission] transformation", "neutrality"), alternatives(draft, 1));
        assertEquals(List.of("carbon", "emission"), alternatives(draft, 2));
        assertEquals(3, draft.maxDepth());
    }

    @Test
    void aBracketMayOpenInsideAWord() {
        ParsedDraft draft = strict("each Part[y] [ies] and a[n intended] contribution");
        assertEquals(List.of("y", "ies"), alternatives(draft, 0));
        assertEquals(List.of("n intended"), alternatives(draft, 1));
        assertEquals("each Party and an intended contribution", draft.renderFirstAlternatives());
    }

    @Test
    void optionGroupsAreSetsOfAlternatives() {
        String text = """
                1. The purpose is:

                    **Option 1:** [Parties aim] to hold the increase [below 2 °C][below 1.5 °C];

                    **Option 2:** No text

                2. Next paragraph.""";
        ParsedDraft draft = strict(text);
        BracketSet options = draft.sets().get(0);
        assertEquals(BracketSet.Kind.OPTIONS, options.kind());
        assertEquals(2, options.alternatives().size());
        assertEquals(1, draft.optionGroupCount());
        assertEquals(2, draft.optionCount());
        assertEquals(List.of("below 2 °C", "below 1.5 °C"), alternatives(draft, 2));
        assertTrue(draft.text(options.alternatives().get(1)).contains("No text"));
        assertEquals(text, draft.render());
        assertTrue(draft.renderFirstAlternatives().contains("Parties aim to hold the increase below 2 °C;"));
        assertTrue(draft.renderFirstAlternatives().endsWith("2. Next paragraph."));
    }

    @Test
    void unindentedOptionsRunToTheEndOfTheProvision() {
        String text = "**Option 1:**\n\n1. First.\n\n2. Second.\n\n**Option 2:**\n\nNo text\n";
        ParsedDraft draft = strict(text);
        assertEquals(1, draft.sets().size());
        assertTrue(draft.text(draft.sets().get(0).alternatives().get(0)).contains("2. Second."));
    }

    @Test
    void footnotesLinksAndEditorialBracketsAreNotNegotiationBrackets() {
        String text = """
                Edited version[^1] of the [draft agreement][source], see [here](#) and [75/282](#).
                “[o]ther criminal offences” and “[t]he collection”

                [source]: http://example.org/draft.pdf""";
        ParsedDraft draft = strict(text);
        assertEquals(0, draft.sets().size(), () -> draft.sets().toString());
        assertEquals(text, draft.render());
    }

    @Test
    void bracketedSingleLettersBeforeDigitsAreNegotiationBrackets() {
        assertEquals(2, strict("a [x]40-[y]70% reduction").sets().size());
    }

    @Test
    void rendersAChosenAlternativeOrDropsASet() {
        ParsedDraft draft = strict("Each Party [shall][should] report [annually].");
        assertEquals("Each Party should report .", draft.renderChoosing(Map.of(0, 1, 1, ParsedDraft.DROP)));
        assertEquals("Each Party shall report annually.", draft.renderFirstAlternatives());
    }

    @Test
    void strictModeRefusesUnbalancedBracketsWithOffset() {
        UnbalancedBracketsException unclosed = assertThrows(UnbalancedBracketsException.class, () -> strict("ok [open\nand on"));
        assertEquals(3, unclosed.offset());
        assertEquals(1, unclosed.line());
        assertEquals(4, unclosed.column());
        UnbalancedBracketsException stray = assertThrows(UnbalancedBracketsException.class, () -> strict("line\nstray] here"));
        assertEquals(10, stray.offset());
        assertEquals(2, stray.line());
        assertEquals(6, stray.column());
    }

    @Test
    void tolerantModeKeepsStrayBracketsAsTextWithWarnings() {
        String text = "a [b] c]\n[d [e] f";
        ParsedDraft draft = BracketParser.parse(text, Mode.TOLERANT);
        assertEquals(2, draft.warnings().size());
        assertEquals(2, draft.sets().size());
        assertEquals(1, draft.warnings().get(0).line());
        assertEquals(8, draft.warnings().get(0).column());
        assertEquals(2, draft.warnings().get(1).line());
        assertEquals(1, draft.warnings().get(1).column());
        assertEquals(text, draft.render());
    }
}
