package org.treatytracker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.Quantifier;
import org.treatytracker.position.Stance;

/** How an editor's corrections are merged over a suggestion: each field given, kept or cleared. Plain JUnit. */
class ProposalTest {

    /** A named, registered speaker on alternative 1 of bracket set 0 of provision version 12, for group 9. */
    private static final Proposal NAMED = new Proposal(12L, 0, 1, 4L, 9L, null, null, Stance.SUPPORT, "the quote", "GRAND FENWICK");

    /** Several unnamed speakers counted among group 31, about provision version 12. */
    private static final Proposal COUNTED = new Proposal(12L, null, null, null, null, Quantifier.SEVERAL, 31L, Stance.CONCERN,
            "several speakers", null);

    /** A speaker the report names but the register does not know. */
    private static final Proposal UNKNOWN = new Proposal(12L, null, null, null, null, null, null, Stance.SUPPORT, "q", "RURITANIA");

    private static ReportDto.Accept accept(Long provisionVersionId, Boolean wholeText, Integer setIndex, Integer alternativeIndex) {
        return new ReportDto.Accept(provisionVersionId, wholeText, setIndex, alternativeIndex, null, null, null, null, null, null,
                null, null, null);
    }

    private static ReportDto.Accept speaker(Long stakeholderId, Long onBehalfOfId, Quantifier quantifier, Long amongId) {
        return new ReportDto.Accept(null, null, null, null, stakeholderId, onBehalfOfId, quantifier, amongId, null, null, null, null,
                null);
    }

    @Test
    void withoutChangesEverythingIsKept() {
        Proposal.Corrected kept = NAMED.correctedBy(null);
        assertEquals(new Proposal.Corrected(12L, 0, 1, 4L, 9L, null, null, Stance.SUPPORT, null, null, null, "the quote", null), kept);
        assertEquals(kept, NAMED.correctedBy(accept(null, null, null, null)));
        assertEquals(new Proposal.Corrected(12L, null, null, null, null, Quantifier.SEVERAL, 31L, Stance.CONCERN, null, null, null,
                "several speakers", null), COUNTED.correctedBy(null));
    }

    @Nested
    class Target {

        @Test
        void anotherProvisionReplacesItAndDropsTheBracketSetAndAlternative() {
            Proposal.Corrected c = NAMED.correctedBy(accept(13L, null, null, null));
            assertEquals(13L, c.provisionVersionId());
            assertNull(c.bracketSetIndex());
            assertNull(c.alternativeIndex());
        }

        @Test
        void theSameProvisionGivenAgainKeepsTheBracketSetAndAlternative() {
            Proposal.Corrected c = NAMED.correctedBy(accept(12L, null, null, null));
            assertEquals(12L, c.provisionVersionId());
            assertEquals(0, c.bracketSetIndex());
            assertEquals(1, c.alternativeIndex());
        }

        @Test
        void wholeTextClearsItEvenWhenAProvisionIsGiven() {
            for (Long given : new Long[] {null, 13L}) {
                Proposal.Corrected c = NAMED.correctedBy(accept(given, true, null, null));
                assertNull(c.provisionVersionId());
                assertNull(c.bracketSetIndex());
                assertNull(c.alternativeIndex());
            }
        }

        @Test
        void wholeTextFalseChangesNothing() {
            assertEquals(NAMED.correctedBy(null), NAMED.correctedBy(accept(null, false, null, null)));
        }

        @Test
        void aBracketSetAndAlternativeMayBeGivenWithAnyTarget() {
            Proposal.Corrected c = NAMED.correctedBy(accept(13L, null, 2, 0));
            assertEquals(2, c.bracketSetIndex());
            assertEquals(0, c.alternativeIndex());
        }
    }

    @Nested
    class BracketSetAndAlternative {

        @Test
        void anotherBracketSetDropsTheSuggestedAlternative() {
            Proposal.Corrected c = NAMED.correctedBy(accept(null, null, 3, null));
            assertEquals(3, c.bracketSetIndex());
            assertNull(c.alternativeIndex());
        }

        @Test
        void anotherAlternativeKeepsTheSuggestedBracketSet() {
            Proposal.Corrected c = NAMED.correctedBy(accept(null, null, null, 2));
            assertEquals(0, c.bracketSetIndex());
            assertEquals(2, c.alternativeIndex());
        }
    }

    @Nested
    class Speaker {

        @Test
        void anotherStakeholderReplacesItAndKeepsTheGroupSpokenFor() {
            Proposal.Corrected c = NAMED.correctedBy(speaker(5L, null, null, null));
            assertEquals(5L, c.stakeholderId());
            assertEquals(9L, c.onBehalfOfId());
        }

        @Test
        void anotherGroupSpokenForReplacesIt() {
            assertEquals(10L, NAMED.correctedBy(speaker(null, 10L, null, null)).onBehalfOfId());
        }

        @Test
        void aQuantifierReplacesTheNamedSpeakerAndTheGroupSpokenFor() {
            Proposal.Corrected c = NAMED.correctedBy(speaker(null, null, Quantifier.MANY, null));
            assertNull(c.stakeholderId());
            assertNull(c.onBehalfOfId());
            assertEquals(Quantifier.MANY, c.quantifier());
            assertNull(c.amongId(), "the named suggestion was counted among no group");
        }

        @Test
        void aQuantifierWithAGroupCountedIn() {
            Proposal.Corrected c = NAMED.correctedBy(speaker(null, null, Quantifier.MANY, 31L));
            assertEquals(Quantifier.MANY, c.quantifier());
            assertEquals(31L, c.amongId());
        }

        @Test
        void aStakeholderAndAQuantifierTogetherAreBothPassedOnForThePositionToRefuse() {
            Proposal.Corrected c = NAMED.correctedBy(speaker(5L, null, Quantifier.MANY, null));
            assertEquals(5L, c.stakeholderId());
            assertEquals(Quantifier.MANY, c.quantifier());
        }

        @Test
        void aStakeholderReplacesUnnamedSpeakersAndTheGroupTheyWereCountedIn() {
            Proposal.Corrected c = COUNTED.correctedBy(speaker(5L, null, null, null));
            assertEquals(5L, c.stakeholderId());
            assertNull(c.quantifier());
            assertNull(c.amongId());
            assertNull(c.onBehalfOfId(), "the counted suggestion spoke for no group");
        }

        @Test
        void anotherQuantifierKeepsTheGroupCountedIn() {
            Proposal.Corrected c = COUNTED.correctedBy(speaker(null, null, Quantifier.ONE, null));
            assertEquals(Quantifier.ONE, c.quantifier());
            assertEquals(31L, c.amongId());
        }

        @Test
        void anotherGroupCountedInReplacesIt() {
            Proposal.Corrected c = COUNTED.correctedBy(speaker(null, null, null, 32L));
            assertEquals(Quantifier.SEVERAL, c.quantifier());
            assertEquals(32L, c.amongId());
        }
    }

    @Nested
    class UnregisteredSpeaker {

        @Test
        void isNamedWhenThePositionWouldHaveNoSpeaker() {
            assertEquals("RURITANIA", UNKNOWN.correctedBy(null).unregisteredSpeaker());
            assertEquals("RURITANIA", UNKNOWN.correctedBy(speaker(null, 10L, null, 31L)).unregisteredSpeaker());
        }

        @Test
        void isNoneOnceAStakeholderOrAQuantifierIsGiven() {
            assertNull(UNKNOWN.correctedBy(speaker(5L, null, null, null)).unregisteredSpeaker());
            assertNull(UNKNOWN.correctedBy(speaker(null, null, Quantifier.SOME, null)).unregisteredSpeaker());
        }

        @Test
        void isNoneForARegisteredOrAnUnnamedSpeaker() {
            assertNull(NAMED.correctedBy(null).unregisteredSpeaker());
            assertNull(COUNTED.correctedBy(null).unregisteredSpeaker());
        }
    }

    @Test
    void stanceAndQuoteAreReplacedWhenGivenAndTheWordingComesOnlyFromTheEditor() {
        Proposal.Corrected c = NAMED.correctedBy(new ReportDto.Accept(null, null, null, null, null, null, null, null, Stance.OPPOSE,
                "a summary", "proposed", "option 2", "quote"));
        assertEquals(Stance.OPPOSE, c.stance());
        assertEquals("quote", c.quote());
        assertEquals("a summary", c.summary());
        assertEquals("proposed", c.proposedText());
        assertEquals("option 2", c.preferredAlternative());
    }

    @Test
    void thePositionRequestCitesTheParagraphAtTheReading() {
        PositionDto.Request request = NAMED.correctedBy(null).position(1L, 31L);
        assertEquals(new PositionDto.Request(1L, 12L, 0, 1, 4L, 9L, null, null, Stance.SUPPORT, null, null, null, 31L, "the quote"),
                request);
    }
}
