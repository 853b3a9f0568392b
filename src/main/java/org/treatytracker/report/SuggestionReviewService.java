package org.treatytracker.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.position.Position;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.PositionService;
import org.treatytracker.position.Quantifier;
import org.treatytracker.source.SourceDocument;
import org.treatytracker.source.SourceService;

/**
 * The review of the positions suggested from a report: nothing becomes a position until an editor accepts
 * a suggestion (after any correction); rejecting one keeps the record of the decision.
 */
@ApplicationScoped
@Transactional
public class SuggestionReviewService {

    @Inject
    SourceService sources;

    @Inject
    SuggestionRepository suggestions;

    @Inject
    PositionService positions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportDto.SuggestionView> list(long sourceId, Suggestion.Status status, String changedSince, PageRequest page) {
        SourceDocument source = sources.get(sourceId);
        Long since = ChangedSince.parse(changedSince);
        List<Object> values = new ArrayList<>(List.of(source));
        String where = " where pa.sourceDocument = ?1";
        if (status != null) {
            values.add(status);
            where += " and g.status = ?" + values.size();
        }
        if (since != null) {
            values.add(since);
            where += " and " + ChangedSince.condition("g.id", Suggestion.class, values.size());
        }
        Object[] params = values.toArray();
        return page.of(suggestions.find(SuggestionRepository.FETCHED + where
                        + page.orderBy(Map.of("paragraph", "pa.number", "status", "g.status"), "paragraph", "g.id"), params),
                        suggestions.count("from Suggestion g join g.paragraph pa" + where, params), ReportDto.SuggestionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Suggestion get(long id) {
        return suggestions.findFetched(id).orElseThrow(() -> ProblemException.notFound("suggestion", id));
    }

    /** Creates the position the suggestion proposes, with the editor's corrections, and marks it accepted. */
    public Suggestion accept(long id, ReportDto.Accept changes) {
        Suggestion suggestion = pending(id);
        ReportDto.Accept c = changes == null ? new ReportDto.Accept(null, null, null, null, null, null, null, null, null, null, null, null, null)
                : changes;
        boolean wholeText = Boolean.TRUE.equals(c.wholeText());
        Long target = wholeText ? null : c.provisionVersionId() != null ? c.provisionVersionId()
                : suggestion.getProvisionVersion() == null ? null : suggestion.getProvisionVersion().getId();
        Long stakeholderId = c.stakeholderId() != null ? c.stakeholderId()
                : c.quantifier() == null && suggestion.getStakeholder() != null ? suggestion.getStakeholder().getId() : null;
        if (stakeholderId == null && c.quantifier() == null && suggestion.getRole() != null) {
            // Never a silent guess: a speaker the register does not know is registered by a person first.
            throw ProblemException.unprocessable("stakeholderId", "the report names '" + suggestion.getSpeakerName()
                    + "', which the register does not know: register it (POST /api/v1/stakeholders) and accept with its stakeholderId");
        }
        Long onBehalfOfId = c.onBehalfOfId() != null ? c.onBehalfOfId()
                : stakeholderId != null && suggestion.getOnBehalfOf() != null ? suggestion.getOnBehalfOf().getId() : null;
        Quantifier quantifier = stakeholderId != null ? c.quantifier() : c.quantifier() != null ? c.quantifier() : suggestion.getQuantifier();
        Long amongId = c.amongId() != null ? c.amongId()
                : quantifier != null && suggestion.getAmong() != null ? suggestion.getAmong().getId() : null;
        // The alternative the importer found holds only while the target is the provision it was found in.
        boolean sameTarget = target != null && suggestion.getProvisionVersion() != null
                && target.equals(suggestion.getProvisionVersion().getId());
        Integer setIndex = c.bracketSetIndex() != null ? c.bracketSetIndex() : sameTarget ? suggestion.getBracketSetIndex() : null;
        Integer alternativeIndex = c.alternativeIndex() != null ? c.alternativeIndex()
                : c.bracketSetIndex() == null && sameTarget ? suggestion.getAlternativeIndex() : null;
        Position position = positions.create(new PositionDto.Request(suggestion.getReading().getId(), target, setIndex, alternativeIndex,
                stakeholderId, onBehalfOfId, quantifier, amongId, c.stance() != null ? c.stance() : suggestion.getStance(),
                c.summary(), c.proposedText(), c.preferredAlternative(), suggestion.getParagraph().getId(),
                c.quote() != null ? c.quote() : suggestion.getQuote()));
        suggestion.accept(position);
        suggestions.flush();
        return suggestion;
    }

    public Suggestion reject(long id) {
        Suggestion suggestion = pending(id);
        suggestion.reject();
        suggestions.flush();
        return suggestion;
    }

    private Suggestion pending(long id) {
        Suggestion suggestion = get(id);
        if (suggestion.getStatus() != Suggestion.Status.PENDING) {
            throw ProblemException.conflict("suggestion " + id + " was already " + suggestion.getStatus().name().toLowerCase(Locale.ROOT));
        }
        return suggestion;
    }
}
