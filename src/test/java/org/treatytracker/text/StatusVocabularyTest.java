package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.BracketParser.Mode;

/** Status tags and notes are not alternatives: each common form, and one a user adds. Made-up paragraphs. */
class StatusVocabularyTest {

    private static ParsedDraft parse(String text) {
        return BracketParser.parse(text, Mode.STRICT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[agreed ad referendum]", "[AAR]", "(agreed ad ref)", "[Agreed ad ref.]", "[ad ref]", "{agreed ad referendum}"})
    void eachCommonFormOfAgreedAdReferendumIsAStatusNotASet(String tag) {
        ParsedDraft draft = parse("1. Each State Party shall adopt such measures [as may be necessary]. " + tag);
        assertEquals("AGREED_AD_REFERENDUM", draft.status());
        assertEquals(1, draft.sets().size(), "only [as may be necessary] is a bracket set");
        assertEquals("1. Each State Party shall adopt such measures as may be necessary. ", draft.renderFirstAlternatives());
        assertTrue(draft.render().endsWith(tag), "kept as written");
    }

    @Test
    void agreedAndOpenAndUntagged() {
        assertEquals("AGREED", parse("2. The secretariat shall assist. [agreed]").status());
        assertEquals("OPEN", parse("3. The secretariat shall [assist][support].").status());
        assertEquals("OPEN", parse("3. The secretariat shall assist.").status());
    }

    @Test
    void notesInEachFormAreNotesAndLeaveTheText() {
        ParsedDraft draft = parse("4. [Placeholder for \"critical infrastructure\".] The Parties {Placeholder on scope} shall "
                + "[Note: to be revisited after Article 9] cooperate [closely].");
        assertEquals(List.of("Placeholder for \"critical infrastructure\".", "Placeholder on scope", "Note: to be revisited after Article 9"),
                draft.notes());
        assertEquals(1, draft.sets().size());
        assertEquals("4.  The Parties  shall  cooperate closely.", draft.renderFirstAlternatives());
        assertEquals("OPEN", draft.status());
    }

    @Test
    void textUnderNegotiationThatMentionsAStatusWordStaysASet() {
        ParsedDraft draft = parse("5. Parties [agreed to cooperate][decided to cooperate] (as agreed in Article 4).");
        assertEquals(1, draft.sets().size());
        assertEquals(List.of(), draft.tags());
        assertEquals("OPEN", draft.status());
    }

    @Test
    void aFormAddedByAUserIsReadAsAStatus() {
        StatusVocabulary ours = StatusVocabulary.COMMON.with(List.of(
                StatusVocabulary.Term.status("agreed in informals", "AGREED_IN_INFORMALS"),
                StatusVocabulary.Term.note("Facilitator's note")));
        String text = "6. The Conference shall [meet][convene] annually. [agreed in informals] [Facilitator's note: check dates]";
        ParsedDraft draft = BracketParser.parse(text, Mode.STRICT, Set.of(), ours);
        assertEquals("AGREED_IN_INFORMALS", draft.status());
        assertEquals(List.of("Facilitator's note: check dates"), draft.notes());
        assertEquals(1, draft.sets().size());
        assertEquals(2, parse(text).sets().size(), "without the added forms they are bracket sets (the two adjacent ones one set)");
        assertThrows(IllegalArgumentException.class, () -> StatusVocabulary.Term.status("done", "done!"));
    }
}
