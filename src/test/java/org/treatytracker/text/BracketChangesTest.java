package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BracketChangesTest {

    private static ParsedDraft parse(String text) {
        return BracketParser.parse(text, BracketParser.Mode.STRICT);
    }

    @Test
    void tellsKeptResolvedDroppedAndOpenedSets() {
        ParsedDraft before = parse("access to [computer data] [digital information] without right; [shall] [may]; [annually]");
        ParsedDraft after = parse("access to digital information without right; [shall] [may]; [in writing]");
        BracketChanges.Result changes = BracketChanges.between(before, after);
        assertEquals(1, changes.kept());
        assertEquals(1, changes.resolved().size());
        assertEquals(0, changes.resolved().get(0).set().index());
        assertEquals(1, changes.resolved().get(0).alternative());
        assertEquals("digital information", changes.resolved().get(0).text());
        assertEquals(1, changes.dropped().size());
        assertEquals(2, changes.dropped().get(0).index());
        assertEquals(1, changes.opened().size());
        assertEquals("in writing", after.text(changes.opened().get(0).alternatives().get(0)));
    }

    @Test
    void aSetEditedByOneWordIsAmendedNotDroppedAndOpened() {
        ParsedDraft before = parse("Parties [shall] [may] report; [each Party shall communicate a nationally determined contribution every five years]");
        ParsedDraft after = parse("Parties [shall] [should] report; [each Party shall communicate a nationally determined contribution every ten years]");
        BracketChanges.Result changes = BracketChanges.between(before, after);
        assertEquals(0, changes.dropped().size(), "nothing dropped");
        assertEquals(0, changes.opened().size(), "nothing opened");
        assertEquals(2, changes.amended().size());
        assertEquals(0, changes.amended().get(0).before().index());
        assertEquals("should", after.text(changes.amended().get(0).after().alternatives().get(1)));
        assertEquals(1, changes.amended().get(1).after().index());
    }

    @Test
    void eachSetIsAmendedIntoOneSetAtMostTheMostAlikeFirst() {
        ParsedDraft before = parse("[the Parties shall report annually on finance]");
        ParsedDraft after = parse("[the Parties shall report annually on adaptation] and [the Parties shall report annually on finance flows]");
        BracketChanges.Result changes = BracketChanges.between(before, after);
        assertEquals(1, changes.amended().size());
        assertEquals(1, changes.amended().get(0).after().index(), "the closer of the two later sets");
        assertEquals(1, changes.opened().size());
        assertEquals(0, changes.opened().get(0).index());
    }

    @Test
    void setsSharingFewWordsStayDroppedAndOpened() {
        assertTrue(BracketChanges.similarity("shall\nmay\n", "shall\nshould\n") >= BracketChanges.AMENDED_SIMILARITY);
        assertTrue(BracketChanges.similarity("annually\n", "in writing\n") < BracketChanges.AMENDED_SIMILARITY);
    }

    @Test
    void aSetKeptWithoutTheSetNestedInItIsResolvedNotDropped() {
        ParsedDraft before = parse("In pursuit of its objective, [and being guided by its principles [and provisions], including equity,] Parties act");
        ParsedDraft after = parse("In pursuit of its objective, and being guided by its principles, including equity, Parties act");
        BracketChanges.Result changes = BracketChanges.between(before, after);
        assertEquals(1, changes.resolved().size(), "the outer set's text is kept");
        assertEquals(0, changes.resolved().get(0).set().index());
        assertEquals("and being guided by its principles, including equity,", changes.resolved().get(0).text());
        assertEquals(1, changes.dropped().size(), "the nested one went");
        assertEquals(1, changes.dropped().get(0).index());
    }

    @Test
    void aSetKeptWithOneNestedSetAndWithoutAnotherIsResolved() {
        ParsedDraft before = parse("In pursuit, [guided by its principles [and provisions], including equity, [in the light of circumstances],]");
        ParsedDraft after = parse("In pursuit, guided by its principles, including equity, in the light of circumstances,");
        BracketChanges.Result changes = BracketChanges.between(before, after);
        assertEquals(0, changes.resolved().stream().filter(r -> r.set().index() == 0).findFirst().orElseThrow().alternative());
        assertEquals("guided by its principles … , including equity,", changes.resolved().stream()
                .filter(r -> r.set().index() == 0).findFirst().orElseThrow().text());
        assertEquals(1, changes.dropped().size(), "[and provisions] went");
    }
}
