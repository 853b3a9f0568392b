package org.treatytracker.provision;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Provision versions, fetched with what their views show so that lists cost one statement. */
@ApplicationScoped
public class ProvisionVersionRepository implements PanacheRepository<ProvisionVersion> {

    static final String FETCHED = "from ProvisionVersion v join fetch v.provision p join fetch v.reading r"
            + " join fetch r.negotiation left join fetch v.parent pa";

    public Optional<ProvisionVersion> findFetched(long id) {
        return find(FETCHED + " where v.id = ?1", id).firstResultOptional();
    }

    public List<ProvisionVersion> listOfProvision(long provisionId) {
        return list(FETCHED + " where p.id = ?1 order by r.sequenceNumber, v.id", provisionId);
    }

    /**
     * Where a provision stands in its reading's outline (the versions that are not parts of another, in order): how
     * many come before it, or before the provision it is part of. Empty when the reading has no such eId. One statement.
     */
    public Optional<Long> outlineIndex(long readingId, String eId) {
        List<Long> index = getEntityManager().createQuery("select (select count(o) from ProvisionVersion o where o.reading.id = ?1"
                        + " and o.partOfParent = false and (o.ordinal < t.ordinal or o.ordinal = t.ordinal and o.id < t.id))"
                        + " from ProvisionVersion v left join v.parent pa left join pa.parent ppa join ProvisionVersion t on t.id ="
                        + " case when v.partOfParent = false then v.id when pa.partOfParent = false then pa.id else ppa.id end"
                        + " where v.reading.id = ?1 and v.eId = ?2", Long.class)
                .setParameter(1, readingId).setParameter(2, eId).setMaxResults(1).getResultList();
        return index.stream().findFirst();
    }

    /** The draft of a reading, in order. */
    public List<ProvisionVersion> listOfReading(long readingId) {
        return list(FETCHED + " where r.id = ?1 order by v.ordinal, v.id", readingId);
    }

    /** The draft of a reading, in order, as rows: one statement, no entity built. */
    public ReadingDraft draftOf(long readingId) {
        return new ReadingDraft(getEntityManager().createQuery(DraftRow.SELECT + " where fk(v.reading) = ?1 order by v.ordinal, v.id",
                Object[].class).setParameter(1, readingId).getResultList().stream().map(DraftRow::of).toList());
    }

    /** Every reading's draft of one negotiation, reading by reading, each in order (the site's chart of brackets). */
    public List<ProvisionVersion> listOfNegotiation(long negotiationId) {
        return list(FETCHED + " where r.negotiation.id = ?1 order by r.sequenceNumber, r.id, v.ordinal, v.id", negotiationId);
    }

    /** The paragraphs (or subparagraphs) whose text is a slice of this version's, in order: one statement. */
    public List<ProvisionVersion> listParts(long versionId) {
        return list(FETCHED + " where v.parent.id = ?1 and v.partOfParent = true order by v.ordinal, v.id", versionId);
    }

    public Optional<ProvisionVersion> findAt(long provisionId, long readingId) {
        return find(FETCHED + " where p.id = ?1 and r.id = ?2", provisionId, readingId).firstResultOptional();
    }

    /** A version named by its ids and eId, without its text: what a summary of its positions needs to say what it sums. */
    public record Located(long id, String eId, long readingId) {
    }

    /**
     * The provision's version at a reading or, when {@code readingId} is null, at the latest reading it has one: one
     * statement that reads no text (a summary used to load every version of the provision, text and all, to pick one).
     */
    public Optional<Located> locate(long provisionId, Long readingId) {
        var query = getEntityManager().createQuery("select v.id, v.eId, r.id from ProvisionVersion v join v.reading r where fk(v.provision) = ?1"
                + (readingId == null ? "" : " and r.id = ?2") + " order by r.sequenceNumber desc", Object[].class).setParameter(1, provisionId);
        if (readingId != null) {
            query.setParameter(2, readingId);
        }
        return query.setMaxResults(1).getResultList().stream().findFirst().map(row -> new Located((Long) row[0], (String) row[1], (Long) row[2]));
    }

    public Optional<ProvisionVersion> findByEId(long readingId, String eId) {
        return find(FETCHED + " where r.id = ?1 and v.eId = ?2", readingId, eId).firstResultOptional();
    }

    public int nextOrdinal(long readingId) {
        Integer max = getEntityManager()
                .createQuery("select max(v.ordinal) from ProvisionVersion v where v.reading.id = ?1", Integer.class)
                .setParameter(1, readingId).getSingleResult();
        return max == null ? 0 : max + 1;
    }
}
