package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.WordDiff.Edit;
import org.treatytracker.text.WordDiff.Op;

class WordDiffTest {

    @Test
    void reportsWordLevelRuns() {
        List<Edit> edits = WordDiff.diff("Each Party [shall] report.", "Each Party should report annually.");
        assertEquals(List.of(
                new Edit(Op.EQUAL, "Each Party "),
                new Edit(Op.DELETE, "[shall]"),
                new Edit(Op.INSERT, "should"),
                new Edit(Op.EQUAL, " report"),
                new Edit(Op.INSERT, " annually"),
                new Edit(Op.EQUAL, ".")), edits);
        assertEquals(3, WordDiff.changedWords(edits));
    }

    @Test
    void comparesLinesFirstAndWordsInsideChangedLines() {
        List<Edit> edits = WordDiff.diff("1. Same.\n2. Old words here.\n3. Same.\n", "1. Same.\n2. New words here.\n3. Same.\n");
        assertEquals(new Edit(Op.EQUAL, "1. Same.\n2. "), edits.get(0));
        assertEquals(new Edit(Op.DELETE, "Old"), edits.get(1));
        assertEquals(new Edit(Op.INSERT, "New"), edits.get(2));
    }

    @Property(tries = 500)
    void editsGiveBackBothTexts(@ForAll String before, @ForAll String after) {
        List<Edit> edits = WordDiff.diff(before, after);
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (Edit edit : edits) {
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
