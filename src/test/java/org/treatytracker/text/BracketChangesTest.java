package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
