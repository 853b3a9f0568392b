package org.treatytracker.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.compare.ComparisonDto;
import org.treatytracker.compare.ComparisonDto.Run;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.text.WordDiff.Op;

class ProvisionChangeViewTest {

    private static final ComparisonDto.Brackets NO_SETS = new ComparisonDto.Brackets(0, 0, List.of(), List.of(), List.of(), List.of());

    private static ComparisonDto.Side side(String eId, String number, String parent) {
        return new ComparisonDto.Side(1, eId, number, "Finance", parent, "OPEN", false);
    }

    private static ComparisonDto.ProvisionChange change(ComparisonDto.Status status, boolean renumbered, boolean moved, boolean changed,
                                                        ComparisonDto.Side from, ComparisonDto.Side to, int words, List<Run> diff) {
        return new ComparisonDto.ProvisionChange(7, "art_7", ProvisionKind.ARTICLE, status, renumbered, moved, changed, from, to,
                words, diff, NO_SETS, null);
    }

    @Test
    void aChangedProvisionWithNoWordChangedSaysWhatDidChangeNotZeroWords() {
        ComparisonDto.ProvisionChange punctuation = change(ComparisonDto.Status.CHANGED, false, false, true, side("art_7", "7", null),
                side("art_7", "7", null), 0, List.of(new Run(Op.EQUAL, "Parties shall act"), new Run(Op.DELETE, "["), new Run(Op.EQUAL, ".")));
        assertEquals("No word changed: only punctuation, brackets or marks.", ProvisionChangeView.words(punctuation));
        ComparisonDto.ProvisionChange one = change(ComparisonDto.Status.CHANGED, false, false, true, side("art_7", "7", null),
                side("art_7", "7", null), 1, List.of());
        assertEquals("1 word changed.", ProvisionChangeView.words(one));
    }

    @Test
    void renumberedAndMovedProvisionsSaySo() {
        ComparisonDto.ProvisionChange change = change(ComparisonDto.Status.RENUMBERED, true, true, false, side("art_7", "7", "chp_2"),
                side("art_9", "9", "chp_3"), 0, null);
        List<String> what = ProvisionChangeView.what(change);
        assertEquals(List.of("Article 7 is now Article 9.", "Moved from chapter 2 to chapter 3."), what);
        assertEquals("Text unchanged.", ProvisionChangeView.words(change));
    }

    @Test
    void theFateOfEachSetIsWordedResolvedToWhichAlternativeAmendedDroppedOpened() {
        ComparisonDto.SetChange resolved = new ComparisonDto.SetChange(0, List.of("strengthen", "enhance"), 1, "enhance");
        ComparisonDto.SetChange before = new ComparisonDto.SetChange(1, List.of("shall", "may"), null, null);
        ComparisonDto.SetChange after = new ComparisonDto.SetChange(0, List.of("shall", "should"), null, null);
        ComparisonDto.Brackets brackets = new ComparisonDto.Brackets(3, 2, List.of(), List.of(resolved), List.of(),
                List.of(new ComparisonDto.Amendment(before, after)));
        ComparisonDto.ProvisionChange change = new ComparisonDto.ProvisionChange(7, "art_7", ProvisionKind.ARTICLE,
                ComparisonDto.Status.CHANGED, false, false, true, side("art_7", "7", null), side("art_7", "7", null), 2, List.of(), brackets, null);
        ProvisionChangeView view = ProvisionChangeView.of(change, 1, 2);
        assertEquals("resolved", view.fates().get(0).word());
        assertEquals("[strengthen] [enhance]: alternative 2 of 2 kept, “enhance”", view.fates().get(0).text());
        assertEquals("amended", view.fates().get(1).word());
        assertEquals("[shall] [may] now reads [shall] [should] (it was set 2)", view.fates().get(1).text());
        assertTrue(view.fates().get(1).href().endsWith("reading=2#set-1"), view.fates().get(1).href());
        assertEquals(1, view.keptOpen(), "3 sets before, one resolved, one amended");
    }

    @Test
    void aHeadingSetResolvedToOneAlternativeSaysWhich() {
        ComparisonDto.ProvisionChange change = new ComparisonDto.ProvisionChange(7, "sec_2", ProvisionKind.SECTION,
                ComparisonDto.Status.CHANGED, false, false, true, side("sec_2", "2", null), side("sec_2", "2", null), 3, null, NO_SETS,
                new ComparisonDto.HeadingChange(List.of("Further guidance", "Additional information"), 1, "Additional information"));
        assertTrue(ProvisionChangeView.what(change).contains("Its heading kept alternative 2 of 2, “Additional information”."),
                ProvisionChangeView.what(change).toString());
    }
}
