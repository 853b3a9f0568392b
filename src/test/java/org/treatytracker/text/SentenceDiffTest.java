package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.WordDiff.Edit;
import org.treatytracker.text.WordDiff.Op;

class SentenceDiffTest {

    @Test
    void splitsAtFullStopsSemicolonsColonsAndLineBreaksKeepingEveryCharacter() {
        assertEquals(List.of("Parties shall act; ", "they may report. ", "Footnote 1.5 stays.\n", "Next: ", "line"),
                SentenceDiff.sentences("Parties shall act; they may report. Footnote 1.5 stays.\nNext: line"));
    }

    @Test
    void marksWordsInsideASentenceWhereFewChanged() {
        List<Edit> edits = SentenceDiff.diff("Each Party shall report every two years on its actions. It shall be public.",
                "Each Party shall report every five years on its actions. It shall be public.");
        assertEquals(List.of(new Edit(Op.EQUAL, "Each Party shall report every "), new Edit(Op.DELETE, "two"),
                new Edit(Op.INSERT, "five"), new Edit(Op.EQUAL, " years on its actions. It shall be public.")), edits);
    }

    @Test
    void showsARewrittenSentenceStruckWholeThenInsertedWholeNotAsWordSalad() {
        String kept = "Developed country Parties shall provide financial resources. ";
        List<Edit> edits = SentenceDiff.diff(kept + "They shall avoid the adverse effects on the poorest.",
                kept + "They shall meet the specific needs and special circumstances of the least developed countries.");
        assertEquals(List.of(new Edit(Op.EQUAL, kept), new Edit(Op.DELETE, "They shall avoid the adverse effects on the poorest."),
                new Edit(Op.INSERT, "They shall meet the specific needs and special circumstances of the least developed countries.")), edits);
    }

    @Test
    void theWordDiffOfTheSameRewriteInterleavesWhatTheSentenceDiffKeepsWhole() {
        List<Edit> words = WordDiff.diff("They shall avoid the adverse effects on the poorest.",
                "They shall meet the specific needs of the poorest.");
        assertTrue(words.size() > 4, "word by word, the rewrite alternates deletions and insertions: " + words);
    }

    @Property(tries = 500)
    void editsGiveBackBothTexts(@ForAll String before, @ForAll String after) {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (Edit edit : SentenceDiff.diff(before, after)) {
            if (edit.op() != Op.INSERT) {
                left.append(edit.text());
            }
            if (edit.op() != Op.DELETE) {
                right.append(edit.text());
            }
        }
        assertEquals(before, left.toString());
        assertEquals(after, right.toString());
    }
}
