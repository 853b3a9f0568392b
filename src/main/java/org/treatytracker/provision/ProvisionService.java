package org.treatytracker.provision;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.treatytracker.persistence.ForeignKeys;
import org.treatytracker.api.ETags;
import org.treatytracker.api.MergePatch;
import org.treatytracker.api.Page;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.UnbalancedBracketsException;

/** Creates provisions and their versions at readings, and lists the draft of a reading in order. */
@ApplicationScoped
@Transactional
public class ProvisionService {

    static final Map<String, String> VERSION_SORT = Map.of(
            "ordinal", "v.ordinal", "eId", "v.eId", "number", "v.number", "title", "v.title");

    @Inject
    ProvisionRepository provisions;

    @Inject
    MergePatch mergePatch;

    @Inject
    ProvisionVersionRepository versions;

    @Inject
    ProvisionPartsService parts;

    @Inject
    NegotiationService negotiations;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Provision get(long id) {
        return provisions.findWithNegotiation(id).orElseThrow(() -> ProblemException.notFound("provision", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProvisionDto.View view(long id) {
        Provision provision = get(id);
        List<ProvisionDto.Version> history = versions.listOfProvision(id).stream().map(ProvisionDto.Version::of).toList();
        return new ProvisionDto.View(provision.getId(), provision.getNegotiation().getSlug(), provision.getWId(),
                provision.getKind(), history, provision.getVersion());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProvisionVersion getVersion(long versionId) {
        return versions.findFetched(versionId).orElseThrow(() -> ProblemException.notFound("provision version", versionId));
    }

    /** The provision's version at a reading, or at its latest reading when {@code readingId} is null; no text read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProvisionVersionRepository.Located> locate(long provisionId, Long readingId) {
        return versions.locate(provisionId, readingId);
    }

    /** A provision version named in a request body ({@code provisionVersionId}): 422 when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProvisionVersion referencedVersion(long versionId) {
        return versions.findFetched(versionId)
                .orElseThrow(() -> ProblemException.unknownReference("provisionVersionId", "provision version", versionId));
    }

    /** The draft of a reading, its provision versions in order, with their provisions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProvisionVersion> draftOf(long readingId) {
        return versions.listOfReading(readingId);
    }

    /** The paragraphs (or subparagraphs) of a version's text, each a provision of its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProvisionDto.Version> partsOf(long versionId) {
        return versions.listParts(versionId).stream().map(ProvisionDto.Version::of).toList();
    }

    /** The provisions of one reading, in the reading's order unless sorted otherwise; optionally of one kind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProvisionDto.Version> listAtReading(long readingId, ProvisionKind kind, boolean withParts, String changedSince,
                                                    PageRequest page) {
        Reading reading = negotiations.getReading(readingId);
        List<Object> params = new ArrayList<>(List.of(reading.getId()));
        String where = whereAtReading(kind, withParts, changedSince, params);
        return page.of(versions.find(ProvisionVersionRepository.FETCHED + where
                        + page.orderBy(VERSION_SORT, "ordinal", "v.id"), params.toArray()),
                        versions.count("from ProvisionVersion v join v.provision p join v.reading r" + where, params.toArray()),
                        ProvisionDto.Version::of);
    }

    /**
     * The condition of a reading's provision list on v, p and r; params starts with the reading's id. Without
     * parts, the paragraphs that are slices of their article's text are left out.
     */
    static String whereAtReading(ProvisionKind kind, boolean withParts, String changedSince, List<Object> params) {
        String where = withParts ? " where r.id = ?1" : " where r.id = ?1 and v.partOfParent = false";
        if (kind != null) {
            params.add(kind);
            where += " and p.kind = ?" + params.size();
        }
        Long since = ChangedSince.parse(changedSince);
        if (since != null) {
            params.add(since);
            where += " and " + ChangedSince.condition("v.id", ProvisionVersion.class, params.size());
        }
        return where;
    }

    public ProvisionVersion create(String slug, ProvisionDto.Create request) {
        Negotiation negotiation = negotiations.get(slug);
        Reading reading = readingOf(negotiation, request.version().readingId());
        ProvisionVersion parent = parentOf(reading, request.version().parentVersionId());
        String eId = eIdOrRefuse(request.kind(), request.version(), parent);
        String wId = request.wId() == null ? eId : request.wId();
        if (provisions.existsByWId(negotiation.getId(), wId)) {
            throw ProblemException.conflict("a provision with wId '" + wId + "' already exists in '" + slug + "'");
        }
        Provision provision = new Provision(negotiation, wId, request.kind());
        provisions.persist(provision);
        return addVersion(provision, reading, parent, request.version());
    }

    public ProvisionVersion createVersion(long provisionId, ProvisionDto.Content content) {
        Provision provision = get(provisionId);
        Reading reading = readingOf(provision.getNegotiation(), content.readingId());
        if (versions.findAt(provisionId, reading.getId()).isPresent()) {
            throw ProblemException.conflict("provision " + provisionId + " already has a version at reading " + reading.getId());
        }
        ProvisionVersion parent = parentOf(reading, content.parentVersionId());
        eIdOrRefuse(provision.getKind(), content, parent);
        return addVersion(provision, reading, parent, content);
    }

    /** Changes only the fields the JSON Merge Patch names; the rest stays as stored. */
    public ProvisionVersion patchVersion(long versionId, JsonNode patch, Request preconditions) {
        ProvisionVersion version = getVersion(versionId);
        ETags.checkIfMatch(preconditions, version.getVersion());
        return updateVersion(versionId, mergePatch.apply(ProvisionDto.Content.of(version), patch, ProvisionDto.Content.class),
                preconditions);
    }

    public ProvisionVersion updateVersion(long versionId, ProvisionDto.Content content, Request preconditions) {
        ProvisionVersion version = getVersion(versionId);
        ETags.checkIfMatch(preconditions, version.getVersion());
        parts.refuseEditOfPart(version);
        if (!version.getReading().getId().equals(content.readingId())) {
            throw ProblemException.unprocessable("readingId", "a provision version stays at its reading ("
                    + version.getReading().getId() + "); add a version at the other reading instead");
        }
        ProvisionVersion parent = parentOf(version.getReading(), content.parentVersionId());
        if (parent == version) {
            throw ProblemException.unprocessable("parentVersionId", "a provision version cannot be its own parent");
        }
        String eId = eIdOrRefuse(version.getProvision().getKind(), content, parent);
        requireFreeEId(version.getReading(), eId, version);
        requireBalancedBrackets(content.text());
        version.place(content.number(), content.title(), content.text(), parent);
        BracketService.parse(version); // parsed once, as it is written: every reader after finds it kept
        if (content.ordinal() != null) {
            version.moveTo(content.ordinal());
        }
        versions.flush();
        parts.redivide(version);
        versions.flush();
        return version;
    }

    public void deleteVersion(long versionId, Request preconditions) {
        ProvisionVersion version = getVersion(versionId);
        ETags.checkIfMatch(preconditions, version.getVersion());
        parts.refuseEditOfPart(version);
        parts.removeAll(version);
        ForeignKeys.delete(versions.getEntityManager(), "provision version " + versionId, "provision_version", versionId,
                () -> versions.delete(version));
    }

    public void delete(long provisionId, Request preconditions) {
        Provision provision = get(provisionId);
        ETags.checkIfMatch(preconditions, provision.getVersion());
        // What refers to any of its versions refuses the delete (their own rows go with them).
        ForeignKeys.delete(provisions.getEntityManager(), "provision " + provisionId, "provision_version", "provision_id", provisionId,
                () -> {
                    versions.delete("provision", provision);
                    provisions.delete(provision);
                });
    }

    private ProvisionVersion addVersion(Provision provision, Reading reading, ProvisionVersion parent, ProvisionDto.Content content) {
        requireBalancedBrackets(content.text());
        int ordinal = content.ordinal() != null ? content.ordinal() : versions.nextOrdinal(reading.getId());
        ProvisionVersion version = new ProvisionVersion(provision, reading, ordinal);
        version.place(content.number(), content.title(), content.text(), parent);
        BracketService.parse(version); // parsed once, as it is written: every reader after finds it kept
        requireFreeEId(reading, version.getEId(), null);
        versions.persist(version);
        return version;
    }

    /** An editor's text must pair every bracket; official texts with stray brackets come in through the import. */
    private static void requireBalancedBrackets(String text) {
        try {
            BracketParser.parse(text, BracketParser.Mode.STRICT);
        } catch (UnbalancedBracketsException e) {
            throw ProblemException.unprocessable("text", "unbalanced brackets: " + e.getMessage());
        }
    }

    private Reading readingOf(Negotiation negotiation, long readingId) {
        return negotiations.referencedReading(negotiation, readingId);
    }

    private ProvisionVersion parentOf(Reading reading, Long parentVersionId) {
        if (parentVersionId == null) {
            return null;
        }
        ProvisionVersion parent = versions.findFetched(parentVersionId)
                .orElseThrow(() -> ProblemException.unknownReference("parentVersionId", "provision version", parentVersionId));
        if (!parent.getReading().getId().equals(reading.getId())) {
            throw ProblemException.unprocessable("parentVersionId", "the parent must be a provision version of reading " + reading.getId());
        }
        return parent;
    }

    private static String eIdOrRefuse(ProvisionKind kind, ProvisionDto.Content content, ProvisionVersion parent) {
        try {
            return kind.eId(content.number(), content.title(), parent == null ? null : parent.getEId());
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("number", e.getMessage());
        }
    }

    private void requireFreeEId(Reading reading, String eId, ProvisionVersion self) {
        versions.findByEId(reading.getId(), eId).filter(other -> other != self).ifPresent(other -> {
            throw ProblemException.conflict("reading " + reading.getId() + " already has a provision '" + eId
                    + "' (version " + other.getId() + ")");
        });
    }
}
