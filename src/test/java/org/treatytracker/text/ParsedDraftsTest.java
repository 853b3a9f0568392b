package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A text is parsed once however often it is read; what the parse depends on keys it; the cache stays in its budget. */
class ParsedDraftsTest {

    private static final String TEXT = "1. Parties [shall][should] act [agreed ad ref]\n\n2. [Each Party [may]] report[s][1].";

    @Test
    void parsesAnEqualTextOnce() {
        ParsedDrafts drafts = new ParsedDrafts(1_000_000);
        // A new String of the same content, as each request reads it from the database.
        ParsedDraft first = drafts.parse(new String(TEXT), BracketParser.Mode.TOLERANT, Set.of(), StatusVocabulary.COMMON);
        ParsedDraft again = drafts.parse(new String(TEXT), BracketParser.Mode.TOLERANT, Set.of(), StatusVocabulary.COMMON);
        assertSame(first, again);
        assertEquals(1, drafts.parses());
        assertEquals(BracketParser.parse(TEXT, BracketParser.Mode.TOLERANT, Set.of(), StatusVocabulary.COMMON), first);
    }

    @Test
    void keysByLinkLabelsAndVocabularyToo() {
        ParsedDrafts drafts = new ParsedDrafts(1_000_000);
        ParsedDraft plain = drafts.parse(TEXT, BracketParser.Mode.TOLERANT, Set.of(), StatusVocabulary.COMMON);
        ParsedDraft linked = drafts.parse(TEXT, BracketParser.Mode.TOLERANT, Set.of("1"), StatusVocabulary.COMMON);
        ParsedDraft worded = drafts.parse(TEXT, BracketParser.Mode.TOLERANT, Set.of(),
                StatusVocabulary.COMMON.with(List.of(StatusVocabulary.Term.status("should", "AGREED"))));
        assertNotSame(plain, linked);
        assertEquals(plain.sets().size() - 1, linked.sets().size(), "[1] is a link when the document defines it");
        assertNotSame(plain, worded);
        assertEquals(3, drafts.parses());
    }

    @Test
    void keepsWithinItsBudget() {
        ParsedDrafts drafts = new ParsedDrafts(50_000);
        for (int i = 0; i < 500; i++) {
            drafts.parse(TEXT + " [" + i + "]", BracketParser.Mode.TOLERANT, Set.of(), StatusVocabulary.COMMON);
        }
        assertTrue(drafts.size() < 100, "kept " + drafts.size() + " drafts of about 1 kB each in a 50 kB budget");
    }

    @Test
    void readsNoTextAsAnEmptyOne() {
        ParsedDrafts drafts = new ParsedDrafts(1_000_000);
        assertEquals("", drafts.parse(null, BracketParser.Mode.TOLERANT, Set.of(), StatusVocabulary.COMMON).source());
    }
}
