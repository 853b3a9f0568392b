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
import org.treatytracker.position.PositionService;
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
        Proposal.Corrected corrected = suggestion.corrected(changes);
        if (corrected.unregisteredSpeaker() != null) {
            // Never a silent guess: a speaker the register does not know is registered by a person first.
            throw ProblemException.unprocessable("stakeholderId", "the report names '" + corrected.unregisteredSpeaker()
                    + "', which the register does not know: register it (POST /api/v1/stakeholders) and accept with its stakeholderId");
        }
        Position position = positions.create(corrected.position(suggestion.getReading().getId(), suggestion.getParagraph().getId()));
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
