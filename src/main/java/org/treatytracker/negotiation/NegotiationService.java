package org.treatytracker.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Request;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.persistence.ForeignKeys;
import org.treatytracker.api.ETags;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.text.StatusVocabulary;

/** Creates, changes and removes negotiations and their readings. */
@ApplicationScoped
@Transactional
public class NegotiationService {

    private static final Map<String, String> NEGOTIATION_SORT = Map.of("slug", "n.slug", "title", "n.title");
    private static final Map<String, String> READING_SORT = Map.of(
            "sequenceNumber", "r.sequenceNumber", "date", "r.date", "label", "r.label");

    @Inject
    NegotiationRepository negotiations;

    @Inject
    ReadingRepository readings;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NegotiationDto.View> list(String changedSince, PageRequest page) {
        Long since = ChangedSince.parse(changedSince);
        String where = since == null ? "" : " where " + ChangedSince.condition("n.id", Negotiation.class, 1);
        Object[] params = since == null ? new Object[0] : new Object[] {since};
        return page.of(negotiations.find("from Negotiation n" + where + page.orderBy(NEGOTIATION_SORT, "slug", "n.id"), params),
                negotiations.count("from Negotiation n" + where, params), NegotiationDto.View::of);
    }

    /** Negotiations whose title or slug holds the words (case ignored), by slug: the site's search. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NegotiationDto.View> named(String words, int max) {
        String like = "%" + words.strip().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return negotiations.find("from Negotiation n where lower(n.title) like ?1 escape '!' or lower(n.slug) like ?1 escape '!'"
                + " order by n.slug, n.id", like).page(0, max).list().stream().map(NegotiationDto.View::of).toList();
    }

    /** The negotiation with that slug, if any (for a filter, where an unknown one is a bad parameter, not a missing resource). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Negotiation> find(String slug) {
        return negotiations.findBySlug(slug);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Negotiation get(String slug) {
        return negotiations.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("negotiation", slug));
    }

    public Negotiation create(NegotiationDto.Request request) {
        if (negotiations.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict("a negotiation with slug '" + request.slug() + "' already exists");
        }
        Negotiation negotiation = new Negotiation(request.slug(), request.title(), request.description());
        negotiation.useStatusTerms(statusTerms(request));
        negotiations.persist(negotiation);
        return negotiation;
    }

    public Negotiation update(String slug, NegotiationDto.Request request, Request preconditions) {
        Negotiation negotiation = get(slug);
        ETags.checkIfMatch(preconditions, negotiation.getVersion());
        if (!slug.equals(request.slug())) {
            throw ProblemException.unprocessable("slug", "the slug of a negotiation cannot change (it is '" + slug + "')");
        }
        negotiation.rename(request.title(), request.description());
        negotiation.useStatusTerms(statusTerms(request));
        negotiations.flush();
        return negotiation;
    }

    /** The request's tag forms, each checked: a status in capitals and underscores, a note without one, no form twice. */
    private static List<StatusVocabulary.Term> statusTerms(NegotiationDto.Request request) {
        if (request.statusTerms() == null) {
            return List.of();
        }
        List<StatusVocabulary.Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.statusTerms().size(); i++) {
            NegotiationDto.StatusTerm t = request.statusTerms().get(i);
            String field = "statusTerms[" + i + "]";
            if (t.kind() == StatusVocabulary.Kind.NOTE && t.status() != null) {
                throw ProblemException.unprocessable(field + ".status", "a NOTE gives no status; leave status out");
            }
            if (t.words().indexOf('\t') >= 0 || t.words().indexOf('[') >= 0 || t.words().indexOf(']') >= 0) {
                throw ProblemException.unprocessable(field + ".words", "write the tag's words without brackets or tabs");
            }
            if (!seen.add(t.words().strip().toLowerCase(Locale.ROOT))) {
                throw ProblemException.unprocessable(field + ".words", "'" + t.words() + "' is given twice");
            }
            try {
                terms.add(new StatusVocabulary.Term(t.words().strip(), t.kind(), t.status()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.unprocessable(field + ".status", e.getMessage());
            }
        }
        return terms;
    }

    public void delete(String slug, Request preconditions) {
        Negotiation negotiation = get(slug);
        ETags.checkIfMatch(preconditions, negotiation.getVersion());
        ForeignKeys.delete(negotiations.getEntityManager(), "negotiation '" + slug + "'", "negotiation", negotiation.getId(),
                () -> negotiations.delete(negotiation));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReadingDto.View> listReadings(String slug, String changedSince, PageRequest page) {
        Negotiation negotiation = get(slug);
        Long since = ChangedSince.parse(changedSince);
        String where = " where r.negotiation = ?1" + (since == null ? "" : " and " + ChangedSince.condition("r.id", Reading.class, 2));
        Object[] params = since == null ? new Object[] {negotiation} : new Object[] {negotiation, since};
        return page.of(readings.find("from Reading r join fetch r.negotiation" + where
                        + page.orderBy(READING_SORT, "sequenceNumber", "r.id"), params),
                        readings.count("from Reading r" + where, params), ReadingDto.View::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reading getReading(long id) {
        return readings.findWithNegotiation(id).orElseThrow(() -> ProblemException.notFound("reading", id));
    }

    /**
     * A reading named in a request body ({@code readingId}): it must exist (else 422, not 404: the request
     * itself was found) and belong to the given negotiation.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reading referencedReading(Negotiation negotiation, long readingId) {
        Reading reading = referencedReading(readingId);
        if (!reading.getNegotiation().getId().equals(negotiation.getId())) {
            throw ProblemException.unprocessable("readingId", "reading " + readingId + " belongs to another negotiation");
        }
        return reading;
    }

    /** The negotiation's readings, the latest (highest sequence number) first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reading> readingsLatestFirst(Negotiation negotiation) {
        return readings.list("negotiation = ?1 order by sequenceNumber desc", negotiation);
    }

    /** A reading named in a request body: 422 when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reading referencedReading(long readingId) {
        return readings.findWithNegotiation(readingId)
                .orElseThrow(() -> ProblemException.unknownReference("readingId", "reading", readingId));
    }

    public Reading createReading(String slug, ReadingDto.Request request) {
        Negotiation negotiation = get(slug);
        requireFreeSequence(negotiation, request.sequenceNumber(), null);
        Reading reading = new Reading(negotiation, request.sequenceNumber(), request.label());
        describe(reading, request);
        readings.persist(reading);
        return reading;
    }

    public Reading updateReading(long id, ReadingDto.Request request, Request preconditions) {
        Reading reading = getReading(id);
        ETags.checkIfMatch(preconditions, reading.getVersion());
        requireFreeSequence(reading.getNegotiation(), request.sequenceNumber(), reading);
        describe(reading, request);
        readings.flush();
        return reading;
    }

    public void deleteReading(long id, Request preconditions) {
        Reading reading = getReading(id);
        ETags.checkIfMatch(preconditions, reading.getVersion());
        ForeignKeys.delete(readings.getEntityManager(), "reading " + id, "reading", id, () -> readings.delete(reading));
    }

    private void describe(Reading reading, ReadingDto.Request request) {
        reading.describe(request.sequenceNumber(), request.label(), request.documentSymbol(), request.date(),
                request.sessionLabel());
    }

    private void requireFreeSequence(Negotiation negotiation, int sequenceNumber, Reading self) {
        readings.findBySequence(negotiation, sequenceNumber)
                .filter(other -> other != self)
                .ifPresent(other -> {
                    throw ProblemException.conflict("reading " + sequenceNumber + " of '" + negotiation.getSlug()
                            + "' already exists (id " + other.getId() + ")");
                });
    }
}
