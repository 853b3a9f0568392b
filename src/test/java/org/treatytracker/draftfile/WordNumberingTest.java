package org.treatytracker.draftfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.treatytracker.draftfile.WordDraftBuilder.Lvl;

/** Word's list numbering rendered as Word displays it, on made-up documents built with POI's numbering API. */
class WordNumberingTest {

    private static String read(WordDraftBuilder word) {
        return DocxDraftReader.read(word.bytes());
    }

    @Test
    void formatsCountersAsWordWritesThem() {
        assertEquals("7", ListNumberFormat.format(7, "decimal"));
        assertEquals("07", ListNumberFormat.format(7, "decimalZero"));
        assertEquals("12", ListNumberFormat.format(12, "decimalZero"));
        assertEquals("z", ListNumberFormat.format(26, "lowerLetter"));
        assertEquals("AA", ListNumberFormat.format(27, "upperLetter"), "Word repeats the letter after Z");
        assertEquals("bbb", ListNumberFormat.format(54, "lowerLetter"));
        assertEquals("mcmxciv", ListNumberFormat.format(1994, "lowerRoman"));
        assertEquals("XIV", ListNumberFormat.format(14, "upperRoman"));
        assertEquals("1st 2nd 3rd 4th 11th 12th 13th 21st 112th", String.join(" ",
                ListNumberFormat.format(1, "ordinal"), ListNumberFormat.format(2, "ordinal"), ListNumberFormat.format(3, "ordinal"),
                ListNumberFormat.format(4, "ordinal"), ListNumberFormat.format(11, "ordinal"), ListNumberFormat.format(12, "ordinal"),
                ListNumberFormat.format(13, "ordinal"), ListNumberFormat.format(21, "ordinal"), ListNumberFormat.format(112, "ordinal")));
        assertEquals("", ListNumberFormat.format(3, "none"));
        assertEquals("9", ListNumberFormat.format(9, "cardinalText"), "formats not rendered are written as decimal");
    }

    @Test
    void aHostileCounterIsWrittenAsDecimalNotAsAHugeString() {
        assertEquals("2000000000", ListNumberFormat.format(2_000_000_000L, "lowerLetter"));
        assertEquals("4000", ListNumberFormat.format(4000, "upperRoman"));
        assertEquals("0", ListNumberFormat.format(0, "lowerRoman"));
    }

    @Test
    void countersRestartDeeperLevelsUnlessLvlRestartSaysOtherwise() {
        ListCounters counters = new ListCounters();
        ListCounters.Levels levels = new ListCounters.Levels() {
            public long start(int level) {
                return level == 1 ? 5 : 1;
            }

            public int restart(int level) {
                return level == 2 ? 0 : -1; // level 2 never restarts
            }
        };
        assertEquals("[0, 5]", java.util.Arrays.toString(counters.advance("l", 1, levels)), "a level never used shows start - 1");
        assertEquals("[1]", java.util.Arrays.toString(counters.advance("l", 0, levels)));
        assertEquals("[1, 4, 1]", java.util.Arrays.toString(counters.advance("l", 2, levels)),
                "level 1 restarted when level 0 advanced, and a skipped level shows start - 1");
        assertEquals("[1, 4, 2]", java.util.Arrays.toString(counters.advance("l", 2, levels)));
        assertEquals("[2]", java.util.Arrays.toString(counters.advance("l", 0, levels)));
        assertEquals("[2, 4, 3]", java.util.Arrays.toString(counters.advance("l", 2, levels)), "lvlRestart 0: level 2 continues");
        counters.restartAt("l", 2, 10);
        assertEquals("[2, 4, 10]", java.util.Arrays.toString(counters.advance("l", 2, levels)));
        assertEquals("[1]", java.util.Arrays.toString(counters.advance("other", 0, levels)), "each list counts on its own");
    }

    @Test
    void aMultiLevelListWithRestartsAndABracketedHeading() {
        // Made up: a three-level legal list, "%1." / "%1.%2" / "(%3)", the first heading in brackets.
        WordDraftBuilder word = new WordDraftBuilder();
        BigInteger list = word.abstractNum(Lvl.of(0, "decimal", "%1."), Lvl.of(1, "decimal", "%1.%2").withSuffix("space"),
                Lvl.of(2, "lowerLetter", "(%3)"));
        BigInteger num = word.num(list);
        word.numbered("[Made-up heading in brackets]", num, 0);
        word.numbered("First rule;", num, 1);
        word.numbered("one", num, 2);
        word.numbered("two", num, 2);
        word.numbered("Second rule:", num, 1);
        word.numbered("again one", num, 2);
        word.numbered("Second heading", num, 0);
        word.numbered("Restarted rule.", num, 1);
        word.paragraph("Unnumbered closing words.");
        assertEquals("""
                1. [Made-up heading in brackets]

                1.1 First rule;

                (a) one

                (b) two

                1.2 Second rule:

                (a) again one

                2. Second heading

                2.1 Restarted rule.

                Unnumbered closing words.
                """, read(word));
    }

    @Test
    void numsOfOneAbstractNumContinueItsListUnlessAStartOverrideRestartsIt() {
        // Word: "continue numbering" is a second w:num on the same abstractNum; "restart at 1" adds a startOverride.
        WordDraftBuilder word = new WordDraftBuilder();
        BigInteger list = word.abstractNum(Lvl.of(0, "decimal", "%1.").withStart(3));
        BigInteger first = word.num(list);
        BigInteger continuing = word.num(list);
        BigInteger restarting = word.numRestarting(list, 0, 1);
        BigInteger other = word.num(word.abstractNum(Lvl.of(0, "upperRoman", "%1.").withSuffix("nothing")));
        word.numbered("a", first, 0);
        word.numbered("b", first, 0);
        word.numbered("c", continuing, 0);
        word.numbered("X", other, 0);
        word.numbered("d", restarting, 0);
        word.numbered("e", restarting, 0);
        word.numbered("f", first, 0);
        word.numbered("Y", other, 0);
        assertEquals("3. a\n\n4. b\n\n5. c\n\nI.X\n\n1. d\n\n2. e\n\n3. f\n\nII.Y\n", read(word));
    }

    @Test
    void numberingComesFromParagraphStylesAndTheStylesTheyAreBasedOn() {
        WordDraftBuilder word = new WordDraftBuilder();
        BigInteger list = word.num(word.abstractNum(Lvl.of(0, "upperRoman", "%1.").withSuffix("space"),
                Lvl.of(1, "upperLetter", "%2.").withSuffix("space"), Lvl.of(2, "decimal", "%3.")));
        word.style("SectionBase", null, list, 0)
                .style("Section", "SectionBase", null, null)
                .style("Subsection", "Section", null, 1)
                .style("Unnumbered", "Section", BigInteger.ZERO, null);
        word.styled("General", "Section");
        word.styled("Scope", "Subsection");
        XWPFParagraphs.directLevel(word.styled("Rule", "Subsection"), 2);
        word.styled("Not numbered: numId 0", "Unnumbered");
        word.styled("Finance", "Section");
        word.styled("Sources", "Subsection");
        word.numbered("Level 0 by default", list, 0).getCTP().getPPr().getNumPr().unsetIlvl();
        assertEquals("I. General\n\nA. Scope\n\n1. Rule\n\nNot numbered: numId 0\n\nII. Finance\n\nA. Sources\n\n"
                + "III. Level 0 by default\n", read(word));
    }

    @Test
    void legalNumberingBulletsAndLevelIndentation() {
        WordDraftBuilder word = new WordDraftBuilder();
        BigInteger list = word.num(word.abstractNum(Lvl.of(0, "upperRoman", "%1."),
                Lvl.of(1, "lowerLetter", "%1.%2").asLegal(), Lvl.of(2, "bullet", "\uF0B7").withIndent(1440)));
        word.numbered("Chapter", list, 0);
        word.numbered("Legal numbering writes every level in decimal", list, 1);
        word.numbered("A bullet, indented an inch", list, 2);
        assertEquals("I. Chapter\n\n1.1 Legal numbering writes every level in decimal\n\n        • A bullet, indented an inch\n",
                read(word));
    }

    @Test
    void hostileDefinitionsEndAndStaySmall() {
        // Made up: styles based on each other in a circle, a start of two billion in letters (Word would write a
        // letter 76 million times), a level past the ninth, a num whose abstractNum does not exist.
        WordDraftBuilder word = new WordDraftBuilder();
        BigInteger list = word.num(word.abstractNum(Lvl.of(0, "lowerLetter", "%1%1%1").withStart(2_000_000_000L)));
        word.style("A", "B", null, null).style("B", "A", null, null);
        word.styled("Styles in a circle", "A");
        word.numbered("Huge start", list, 0);
        word.numbered("Level 99 is read as the last level, which has no text", list, 99);
        word.numbered("No such list", BigInteger.valueOf(77), 0);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals("Styles in a circle\n\n"
                + "2000000000".repeat(3) + " Huge start\n\nLevel 99 is read as the last level, which has no text\n\nNo such list\n",
                read(word)));
    }

    @Test
    void footnotesTablesAndNestedContentControls() {
        WordDraftBuilder word = new WordDraftBuilder().note("a", "A made-up note.").note("b", "Another note.");
        word.paragraph("Text with a note[^a] and another[^b].");
        word.table(new String[][] {{"Activity", "Timeline"}, {"[Review]", "2030"}});
        word.nestedContentControl("Text inside two content controls.");
        word.paragraph("Last paragraph.");
        assertEquals("""
                Text with a note[^1] and another[^2].

                Activity

                Timeline

                [Review]

                2030

                Text inside two content controls.

                Last paragraph.

                [^1]: A made-up note.

                [^2]: Another note.
                """, read(word));
    }
}
