package org.treatytracker.report;

import org.treatytracker.position.PositionDto;
import org.treatytracker.position.Quantifier;
import org.treatytracker.position.Stance;

/**
 * What a suggestion proposes, by ids, and how an editor's corrections ({@link ReportDto.Accept}) are merged over
 * it into the position it becomes. Plain values, so the rules are tested without a database.
 *
 * @param namedSpeaker the speaker's name as the report writes it when the report names one, else null
 */
public record Proposal(Long provisionVersionId, Integer bracketSetIndex, Integer alternativeIndex, Long stakeholderId,
                       Long onBehalfOfId, Quantifier quantifier, Long amongId, Stance stance, String quote, String namedSpeaker) {

    private static final ReportDto.Accept NO_CHANGES = new ReportDto.Accept(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    /**
     * What the position will hold: the proposal with the corrections over it.
     *
     * @param unregisteredSpeaker the name of the speaker the report names when the position would have no speaker
     *                            (neither a stakeholder nor a quantifier), else null: such a suggestion cannot be accepted
     */
    public record Corrected(Long provisionVersionId, Integer bracketSetIndex, Integer alternativeIndex, Long stakeholderId,
                            Long onBehalfOfId, Quantifier quantifier, Long amongId, Stance stance, String summary,
                            String proposedText, String preferredAlternative, String quote, String unregisteredSpeaker) {

        /** The request that creates this position at the reading, citing the paragraph. */
        public PositionDto.Request position(long readingId, long paragraphId) {
            return new PositionDto.Request(readingId, provisionVersionId, bracketSetIndex, alternativeIndex, stakeholderId,
                    onBehalfOfId, quantifier, amongId, stance, summary, proposedText, preferredAlternative, paragraphId, quote);
        }
    }

    /** The proposal with the editor's corrections (none when null) over it; a field not given keeps what fits. */
    public Corrected correctedBy(ReportDto.Accept changes) {
        ReportDto.Accept c = changes == null ? NO_CHANGES : changes;
        Long target = Boolean.TRUE.equals(c.wholeText()) ? null : or(c.provisionVersionId(), provisionVersionId);
        // Counting the speakers with a quantifier drops the suggested stakeholder, unless one is given too.
        Long stakeholder = c.stakeholderId() != null ? c.stakeholderId() : c.quantifier() == null ? stakeholderId : null;
        String unregistered = stakeholder == null && c.quantifier() == null ? namedSpeaker : null;
        // The group spoken for goes with a named speaker; the group counted in goes with a quantifier.
        Long onBehalfOf = or(c.onBehalfOfId(), stakeholder != null ? onBehalfOfId : null);
        Quantifier counted = stakeholder != null ? c.quantifier() : or(c.quantifier(), quantifier);
        Long among = or(c.amongId(), counted != null ? amongId : null);
        // The alternative the importer found holds only while the target is the provision it was found in, and an
        // alternative only within the bracket set it was found in.
        boolean sameTarget = target != null && target.equals(provisionVersionId);
        Integer setIndex = or(c.bracketSetIndex(), sameTarget ? bracketSetIndex : null);
        Integer alternative = or(c.alternativeIndex(), sameTarget && c.bracketSetIndex() == null ? alternativeIndex : null);
        return new Corrected(target, setIndex, alternative, stakeholder, onBehalfOf, counted, among, or(c.stance(), stance),
                c.summary(), c.proposedText(), c.preferredAlternative(), or(c.quote(), quote), unregistered);
    }

    private static <T> T or(T given, T otherwise) {
        return given != null ? given : otherwise;
    }
}
