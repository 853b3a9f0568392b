package org.treatytracker.text;

import java.util.Set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.BracketParser.Mode;

/**
 * Generated worst cases for the draft readers: each finishes well inside a generous bound (they used to overflow
 * the stack, run out of memory or take from seconds to minutes) and still renders its input exactly.
 */
class HostileTextTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    private static ParsedDraft parse(String text) {
        ParsedDraft draft = assertTimeoutPreemptively(BOUND, () -> BracketParser.parse(text, Mode.TOLERANT));
        assertEquals(text, draft.render());
        return draft;
    }

    @Test
    void bracketsNestedPastTheCapStayTextWithOneWarning() {
        String text = "[".repeat(1_500) + "x" + "]".repeat(1_500);
        ParsedDraft draft = parse(text);
        assertEquals(BracketParser.MAX_DEPTH, draft.maxDepth());
        assertEquals(BracketParser.MAX_DEPTH, draft.sets().size());
        assertEquals(1, draft.warnings().size());
        BracketWarning warning = draft.warnings().get(0);
        assertEquals(BracketParser.MAX_DEPTH, warning.offset());
        assertEquals(1, warning.line());
        assertEquals(BracketParser.MAX_DEPTH + 1, warning.column());
        assertTrue(warning.message().contains("nested deeper than " + BracketParser.MAX_DEPTH), warning.message());
    }

    @Test
    void hundredThousandNestedBracketsParse() {
        ParsedDraft draft = parse("[".repeat(100_000) + "x" + "]".repeat(100_000));
        assertEquals(BracketParser.MAX_DEPTH, draft.maxDepth());
        // The resolved text is reached through the capped tree, not through 100,000 levels of it.
        assertEquals("[".repeat(100_000 - BracketParser.MAX_DEPTH) + "x" + "]".repeat(100_000 - BracketParser.MAX_DEPTH),
                draft.renderFirstAlternatives());
    }

    @Test
    void strictModeRefusesNestingPastTheCap() {
        String text = "[".repeat(BracketParser.MAX_DEPTH + 1) + "x" + "]".repeat(BracketParser.MAX_DEPTH + 1);
        UnbalancedBracketsException e = assertThrows(UnbalancedBracketsException.class, () -> BracketParser.parse(text, Mode.STRICT));
        assertEquals(BracketParser.MAX_DEPTH + 1, e.column());
        String deepest = text.substring(1, text.length() - 1);
        assertEquals(deepest, BracketParser.parse(deepest, Mode.STRICT).render());
    }

    @Test
    void twoMegabytesOfClosingBracketsKeepTheWarningsBounded() {
        ParsedDraft draft = parse("]".repeat(2_000_000));
        assertEquals(BracketParser.MAX_WARNINGS + 1, draft.warnings().size());
        BracketWarning last = draft.warnings().get(BracketParser.MAX_WARNINGS);
        assertTrue(last.message().contains((2_000_000 - BracketParser.MAX_WARNINGS) + " more"), last.message());
        assertEquals(1, draft.warnings().get(999).line());
        assertEquals(1000, draft.warnings().get(999).column());
    }

    @Test
    void twoMegabytesOfOpeningBracketsKeepTheWarningsBounded() {
        ParsedDraft draft = parse("[".repeat(2_000_000));
        assertEquals(BracketParser.MAX_WARNINGS + 1, draft.warnings().size());
    }

    @Test
    void twoMegabytesOfParenthesesAndBraces() {
        parse("(".repeat(1_000_000));
        parse("{".repeat(1_000_000));
    }

    @Test
    void manyLinkLikeBracketsBeforeOneParenthesis() {
        ParsedDraft draft = parse("[a](".repeat(500_000) + ")");
        assertEquals(500_000, draft.sets().size());
    }

    @Test
    void manyLabelLikeBracketPairsNestedInEachOther() {
        String text = "[a][".repeat(50_000) + "]".repeat(50_000);
        ParsedDraft draft = assertTimeoutPreemptively(BOUND, () -> BracketParser.parse(text, Mode.TOLERANT, Set.of("a")));
        assertEquals(text, draft.render());
    }

    @Test
    void twentyThousandLinesWithOptionOnlyAtTheEnd() {
        String text = "Parties shall take the measures necessary to give effect to this paragraph, as appropriate.\n".repeat(20_000)
                + "Option 1: the end";
        ParsedDraft draft = parse(text);
        assertEquals(1, draft.optionGroupCount());
    }

    @Test
    void twentyThousandOptionLines() {
        ParsedDraft draft = parse("Option 1: [a] or [b]\n".repeat(20_000));
        assertEquals(1, draft.optionGroupCount());
        assertEquals(20_000, draft.optionCount());
    }

    @Test
    void optionGroupsNestedByIndentation() {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < 3_000; level++) {
            text.append(" ".repeat(level)).append("Option 1: a\n");
        }
        ParsedDraft draft = parse(text.toString());
        // An option marker is looked for in a line's first 24 characters, so indentation nests groups
        // fewer than MAX_DEPTH deep.
        assertTrue(draft.maxDepth() < BracketParser.MAX_DEPTH, () -> "depth " + draft.maxDepth());
        assertEquals(draft.maxDepth(), draft.optionGroupCount());
    }

    @Test
    void longLinesOfSpacesAfterAnOptionWord() {
        parse(("Option" + " ".repeat(100_000) + "x\n").repeat(20));
        parse(("1." + " ".repeat(100_000) + "Option\n").repeat(20));
    }

    @Test
    void twoHundredKilobytesOfArticleHeadings() {
        for (String heading : List.of("Article 1\n", "## Article 1\n", "Article 1\n\n")) {
            DraftOutline outline = assertTimeoutPreemptively(BOUND, () -> DraftOutline.of(heading.repeat(200_000 / heading.length())));
            assertEquals(200_000 / heading.length(), outline.articleCount());
        }
    }

    @Test
    void outlineOfLongHostileLines() {
        assertTimeoutPreemptively(BOUND, () -> DraftOutline.of("Article 1" + " ".repeat(200_000) + "x\n"));
        assertTimeoutPreemptively(BOUND, () -> DraftOutline.of("A. " + "[".repeat(200_000) + "\n"));
        assertTimeoutPreemptively(BOUND, () -> DraftOutline.of(("Pp1 " + "x".repeat(1000) + "\n").repeat(200)));
    }
}
