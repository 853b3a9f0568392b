package org.treatytracker.position;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Request;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.treatytracker.api.ETags;
import org.treatytracker.api.MergePatch;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.provision.BracketService;
import org.treatytracker.provision.ProvisionService;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.provision.ProvisionVersionRepository;
import org.treatytracker.source.Paragraph;
import org.treatytracker.source.SourceDto;
import org.treatytracker.source.SourceService;
import org.treatytracker.stakeholder.Stakeholder;
import org.treatytracker.stakeholder.StakeholderDto;
import org.treatytracker.stakeholder.StakeholderKind;
import org.treatytracker.stakeholder.StakeholderService;
import org.treatytracker.text.BracketSet;
import org.treatytracker.text.QuoteMatcher;

/** Records positions with their evidence, lists them with filters, and sums them up per provision. */
@ApplicationScoped
@Transactional
public class PositionService {

    static final Map<String, String> SORT = Map.of(
            "paragraph", "pa.number",
            "stance", "p.stance",
            "quantifier", Quantifier.rankExpression("p.attribution.quantifier"),
            "stakeholder", "s.name",
            "id", "p.id");

    @Inject
    PositionRepository positions;

    @Inject
    MergePatch mergePatch;

    @Inject
    ProvisionService provisionService;

    @Inject
    NegotiationService negotiations;

    @Inject
    StakeholderService stakeholders;

    @Inject
    SourceService sources;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PositionDto.View> list(PositionFilter filter, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params, positions);
        List<PositionDto.View> items = positions.views(where, page.orderBy(SORT, "paragraph", "p.id"), params.toArray(),
                page.offset(), page.size);
        return new Page<>(items, page.page, page.size, page.total(items.size(), () -> positions.countWhere(where, params.toArray())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Position get(long id) {
        return positions.findFetched(id).orElseThrow(() -> ProblemException.notFound("position", id));
    }

    public Position create(PositionDto.Request request) {
        Target target = resolveTarget(request);
        Paragraph paragraph = referencedParagraph(request.paragraphId());
        requireQuoteIn(request.quote(), paragraph);
        Position position = domain(() -> new Position(target.reading, target.version, request.stance(), paragraph, request.quote()));
        apply(position, target, request);
        positions.persist(position);
        return position;
    }

    public Position update(long id, PositionDto.Request request, Request preconditions) {
        Position position = get(id);
        ETags.checkIfMatch(preconditions, position.getVersion());
        Target target = resolveTarget(request);
        Paragraph paragraph = referencedParagraph(request.paragraphId());
        requireQuoteIn(request.quote(), paragraph);
        domain(() -> {
            position.target(target.reading, target.version, request.bracketSetIndex(), request.alternativeIndex());
            position.cite(paragraph, request.quote());
            return position;
        });
        apply(position, target, request);
        positions.flush();
        return position;
    }

    /** Changes only the fields the JSON Merge Patch names; the rest stays as stored. */
    public Position patch(long id, JsonNode patch, Request preconditions) {
        Position position = get(id);
        ETags.checkIfMatch(preconditions, position.getVersion());
        return update(id, mergePatch.apply(PositionDto.Request.of(position), patch, PositionDto.Request.class), preconditions);
    }

    public void delete(long id, Request preconditions) {
        Position position = get(id);
        ETags.checkIfMatch(preconditions, position.getVersion());
        positions.delete(position);
    }

    /**
     * Positions on one provision at one reading (by default the latest reading at which it has a version),
     * counted by stance and stakeholder kind, with the named speakers, the unnamed groups and the citations.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PositionDto.Summary summary(long provisionId, Long readingId) {
        // No version found: 404 for the provision when it does not exist (get throws it), else for its version.
        ProvisionVersionRepository.Located version = provisionService.locate(provisionId, readingId)
                .orElseThrow(() -> ProblemException.notFound("version of provision " + provisionService.get(provisionId).getId()
                        + " at reading", readingId == null ? "(any)" : readingId));
        List<Object[]> found = positions.summaryRows(version.id());

        Map<Stance, Long> byStance = new EnumMap<>(Stance.class);
        Map<StakeholderKind, Long> byKind = new EnumMap<>(StakeholderKind.class);
        Map<Long, PositionDto.NamedSpeaker> named = new LinkedHashMap<>();
        Map<Quantifier, Long> unnamed = new EnumMap<>(Quantifier.class);
        Map<Long, PositionDto.Citation> cited = new LinkedHashMap<>();
        long impersonal = 0;
        for (Object[] row : found) {
            byStance.merge((Stance) row[0], 1L, Long::sum);
            cited.computeIfAbsent((Long) row[6], id -> new PositionDto.Citation(id, (Integer) row[7], (String) row[8], (Long) row[9],
                    (String) row[10], (String) row[11]));
            if (row[1] != null) {
                StakeholderKind kind = (StakeholderKind) row[3];
                byKind.merge(kind, 1L, Long::sum);
                named.merge((Long) row[1], new PositionDto.NamedSpeaker(new StakeholderDto.Ref((Long) row[1], (String) row[2], kind,
                        (String) row[4]), 1), (a, b) -> new PositionDto.NamedSpeaker(a.stakeholder(), a.positions() + 1));
            } else if (row[5] != null) {
                unnamed.merge((Quantifier) row[5], 1L, Long::sum);
            } else {
                impersonal++;
            }
        }
        List<PositionDto.UnnamedGroup> groups = unnamed.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Quantifier, Long> e) -> e.getKey().rank()).reversed())
                .map(e -> new PositionDto.UnnamedGroup(e.getKey(), e.getKey().words(), e.getValue()))
                .toList();
        return new PositionDto.Summary(provisionId, version.readingId(), version.id(), version.eId(),
                found.size(), byStance, byKind, List.copyOf(named.values()), groups, impersonal, List.copyOf(cited.values()));
    }

    /**
     * Narrows the filter to a provision's positions (with its paragraphs' when asked); 404 unless the provision exists,
     * so that an empty list is never mistaken for "no positions". Its versions are looked up for the filter, and the
     * provision itself only when it has none there (a provision with a version exists): one statement, not two.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void narrowToProvision(PositionFilter filter, long provisionId, boolean withParagraphs) {
        filter.provision = provisionId;
        filter.withParagraphs = withParagraphs;
        if (filter.provisionVersions(positions).isEmpty()) {
            requireProvision(provisionId);
        }
    }

    private void requireProvision(long provisionId) {
        provisionService.get(provisionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireSource(long sourceId) {
        sources.get(sourceId);
    }

    /** A paragraph with every position that cites it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PositionDto.ParagraphView paragraphView(long paragraphId) {
        Paragraph paragraph = sources.getParagraph(paragraphId);
        return new PositionDto.ParagraphView(SourceDto.ParagraphView.of(paragraph),
                positions.listCiting(paragraphId).stream().map(PositionDto.View::of).toList());
    }

    private void apply(Position position, Target target, PositionDto.Request request) {
        Stakeholder speaker = stakeholders.referenced("stakeholderId", request.stakeholderId());
        Stakeholder group = stakeholders.referenced("onBehalfOfId", request.onBehalfOfId());
        if (group != null && !group.isGroup()) {
            throw ProblemException.unprocessable("onBehalfOfId", "stakeholder " + group.getId() + " (" + group.getName()
                    + ") is not a group");
        }
        if (group != null && speaker == null) {
            throw ProblemException.unprocessable("onBehalfOfId", "a position spoken on behalf of a group names the stakeholder who spoke");
        }
        if (speaker != null && request.quantifier() != null) {
            throw ProblemException.unprocessable("quantifier", "a speaker is either a named stakeholder or an unnamed group with a quantifier, not both");
        }
        Stakeholder among = stakeholders.referenced("amongId", request.amongId());
        if (among != null && (!among.isGroup() || request.quantifier() == null)) {
            throw ProblemException.unprocessable("amongId", among.isGroup()
                    ? "unnamed speakers counted among a group carry a quantifier (e.g. SEVERAL)"
                    : "stakeholder " + among.getId() + " (" + among.getName() + ") is not a group");
        }
        requireAlternative(target, request);
        domain(() -> {
            position.target(target.reading, target.version, request.bracketSetIndex(), request.alternativeIndex());
            position.spokenBy(speaker, group, request.quantifier(), among);
            position.state(request.stance(), request.summary(), request.proposedText(), request.preferredAlternative());
            return position;
        });
    }

    /** The bracket set and alternative named exist in the provision version's text. */
    private static void requireAlternative(Target target, PositionDto.Request request) {
        if (request.bracketSetIndex() == null) {
            if (request.alternativeIndex() != null) {
                throw ProblemException.unprocessable("alternativeIndex", "an alternative is named within a bracket set: give bracketSetIndex too");
            }
            return;
        }
        if (target.version == null) {
            throw ProblemException.unprocessable("bracketSetIndex", "a bracket set is named within a provision version");
        }
        List<BracketSet> sets = BracketService.parse(target.version).sets();
        if (request.bracketSetIndex() >= sets.size()) {
            throw ProblemException.unprocessable("bracketSetIndex", "provision version " + target.version.getId() + " ("
                    + target.version.getEId() + ") has " + sets.size() + " bracket set(s), numbered from 0");
        }
        int alternatives = sets.get(request.bracketSetIndex()).alternatives().size();
        if (request.alternativeIndex() != null && request.alternativeIndex() >= alternatives) {
            throw ProblemException.unprocessable("alternativeIndex", "bracket set " + request.bracketSetIndex() + " of provision version "
                    + target.version.getId() + " has " + alternatives + " alternative(s), numbered from 0");
        }
    }

    private record Target(Reading reading, ProvisionVersion version) {
    }

    private Target resolveTarget(PositionDto.Request request) {
        if (request.provisionVersionId() == null) {
            if (request.readingId() == null) {
                throw ProblemException.unprocessable("readingId", "name the reading (for a position on the whole text) or a provisionVersionId");
            }
            Reading reading = negotiations.referencedReading(request.readingId());
            return new Target(reading, null);
        }
        ProvisionVersion version = provisionService.referencedVersion(request.provisionVersionId());
        if (request.readingId() != null && !request.readingId().equals(version.getReading().getId())) {
            throw ProblemException.unprocessable("readingId", "provision version " + version.getId() + " is at reading "
                    + version.getReading().getId() + ", not " + request.readingId());
        }
        return new Target(version.getReading(), version);
    }

    private Paragraph referencedParagraph(long paragraphId) {
        return sources.referencedParagraph(paragraphId);
    }

    private static void requireQuoteIn(String quote, Paragraph paragraph) {
        if (quote != null && !QuoteMatcher.appearsIn(quote, paragraph.getText())) {
            throw ProblemException.unprocessable("quote", "the quote is not found verbatim in paragraph " + paragraph.getNumber()
                    + " of source document " + paragraph.getSourceDocument().getId());
        }
    }

    /** Runs an entity's guarded change; a broken invariant is the client's 422, not a server error. */
    private static <T> T domain(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable(null, e.getMessage());
        }
    }
}
