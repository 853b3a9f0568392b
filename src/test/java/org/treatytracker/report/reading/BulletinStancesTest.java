package org.treatytracker.report.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.position.Stance;

/** Stances from the verbs of reported speech, clause by clause, on made-up sentences in the style of meeting summaries. */
class BulletinStancesTest {

    private static List<Stance> stances(String said) {
        return BulletinStances.of(said).stream().map(BulletinStances.Said::stance).toList();
    }

    @Test
    void aCallForContentIsAProposalNotAnAmendment() {
        assertEquals(List.of(Stance.PROPOSE), stances("proposed text on early warning systems."));
        assertEquals(List.of(Stance.PROPOSE), stances("called for a reference to oceans."));
        assertEquals(List.of(Stance.PROPOSE), stances("urged adding language on gender."));
    }

    @Test
    void theObjectOfACallSaysDeleteBracketMoveOrRestructure() {
        assertEquals(List.of(Stance.DELETE), stances("proposed deleting section Q."));
        assertEquals(List.of(Stance.DELETE), stances("suggested the deletion of paragraph 4."));
        assertEquals(List.of(Stance.BRACKET), stances("proposed bracketing the whole section."));
        assertEquals(List.of(Stance.BRACKET), stances("bracketed ‘shall’."));
        assertEquals(List.of(Stance.MOVE), stances("proposed moving text on reporting to the section on review."));
        assertEquals(List.of(Stance.AMEND), stances("suggested merging the two paragraphs on sinks."));
        assertEquals(List.of(Stance.SUPPORT), stances("called for retaining the section."));
    }

    @Test
    void emphasisBacksAPointAndSayingItIsNeededSupportsIt() {
        assertEquals(List.of(Stance.SUPPORT), stances("stressed the importance of public participation."));
        assertEquals(List.of(Stance.SUPPORT), stances("said it was necessary."));
        assertEquals(List.of(Stance.PROPOSE), stances("stressed the need for adding text on oceans."));
    }

    @Test
    void twoClausesOfOneSpeakerGiveTwoStances() {
        List<BulletinStances.Said> said = BulletinStances.of("opposed ‘digital information’ and favored ‘computer data’.");
        assertEquals(List.of(Stance.OPPOSE, Stance.PREFER), said.stream().map(BulletinStances.Said::stance).toList());
        assertEquals("favored ‘computer data’.", said.get(1).clause());
        assertEquals(List.of(Stance.SUPPORT, Stance.PROPOSE), stances("supported the section, suggesting text on sinks."));
    }

    @Test
    void concernQuestionAndReservationAsTheWordsSay() {
        assertEquals(List.of(Stance.CONCERN), stances("cautioned that the section prejudges the outcome."));
        assertEquals(List.of(Stance.QUESTION), stances("questioned the need for a separate section."));
        assertEquals(List.of(Stance.QUESTION), stances("asked whether option 2 covers all Parties."));
        assertEquals(List.of(Stance.RESERVE), stances("reserved its position on paragraph 9."));
        assertEquals(List.of(Stance.PREFER), stances("preferred option 3."));
    }

    @Test
    void procedureAndMereReportingAreNoStance() {
        assertEquals(List.of(), stances("agreed to the proposed organization of work."));
        assertEquals(List.of(), stances("proposed break-out groups to address specific issues."));
        assertEquals(List.of(), stances("announced that the revised text will be available on Monday."));
        assertEquals(List.of(), stances("raised a point of order."));
    }

    @Test
    void anotherSubjectEndsTheSpeakersClauses() {
        assertEquals(List.of(Stance.SUPPORT), stances("supported option 1, while others opposed it."));
    }

    @Test
    void aCommaOpensAClauseOnlyBeforeAParticiple() {
        assertEquals(List.of(Stance.PROPOSE), stances("proposed a new annex, agreed on the basis of capabilities."));
        assertEquals(List.of(Stance.PROPOSE), stances("suggested text on review and the Maldives, for AOSIS, called for text on loss."));
    }

    @Test
    void puttingTextForwardInAReportingVerbIsAProposal() {
        assertEquals(List.of(Stance.PROPOSE), stances("announced a new submission on market mechanisms."));
        assertEquals(List.of(), stances("stressed the need to focus on the revised text."));
    }
}
