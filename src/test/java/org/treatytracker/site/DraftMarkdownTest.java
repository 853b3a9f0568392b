package org.treatytracker.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.compare.ComparisonDto.Run;
import org.treatytracker.text.WordDiff.Op;

class DraftMarkdownTest {

    @Test
    void rendersBoldItalicsAndFootnoteMarksAndEscapesTheRest() {
        assertEquals("<strong>Option 1:</strong> <em>Recognizing</em> the need<sup class=\"fn\">2</sup> &lt;script&gt; 2 * 3",
                DraftMarkdown.render("**Option 1:** *Recognizing* the need[^2] <script> 2 * 3"));
    }

    @Test
    void emphasisOpenedInOneRunAndClosedInAnotherStaysWellFormedOnEachSide() {
        String html = DraftMarkdown.diff(List.of(new Run(Op.EQUAL, "**Parties "), new Run(Op.DELETE, "shall"),
                new Run(Op.INSERT, "should"), new Run(Op.EQUAL, " act**, now.")));
        assertEquals("<strong>Parties </strong><del><strong>shall</strong></del><ins><strong>should</strong></ins>"
                + "<strong> act</strong>, now.", html);
    }

    @Test
    void anUnclosedMarkIsClosedAtTheEndOfItsRun() {
        assertEquals("<del><em>dropped </em></del>kept", DraftMarkdown.diff(List.of(new Run(Op.DELETE, "*dropped "), new Run(Op.EQUAL, "kept"))));
    }

    @Test
    void crossedMarksAreClosedAndReopenedInOrder() {
        assertEquals("<strong>a <em>b</em></strong><em> c</em>", DraftMarkdown.render("**a *b** c*"));
    }
}
