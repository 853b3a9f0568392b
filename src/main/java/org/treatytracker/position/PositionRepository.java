package org.treatytracker.position;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Positions, always fetched with what their views show (target, speakers, citation), so that a list costs
 * one statement for the page and one for the count, whatever the page size.
 */
@ApplicationScoped
public class PositionRepository implements PanacheRepository<Position> {

    static final String FETCHED = "from Position p left join fetch p.attribution.provisionVersion v left join fetch v.provision"
            + " left join fetch p.attribution.stakeholder s left join fetch p.attribution.onBehalfOf left join fetch p.attribution.among join fetch p.paragraph pa"
            + " join fetch pa.sourceDocument";

    /*
     * Conditions name the position's own foreign keys as fk(p.paragraph), never p.paragraph.id or pa.id: both name
     * the joined paragraph's id, and H2 keeps the order of outer joins, so a condition on a left-joined table is
     * tested after reading every position (200,000 rows for a list of 17) where one on the key uses its index.
     * Hibernate cannot copy fk() into the count query it derives from a query, so pages count with countWhere.
     */
    static final String JOINED = "from Position p left join p.attribution.provisionVersion v left join p.attribution.stakeholder s join p.paragraph pa";

    /**
     * What a position's view shows, and nothing else, as columns on the aliases of {@link #JOINED} (and pr, o, am, d):
     * a page of views builds no entity and reads no text but the position's own. Building the eight entities of each
     * position of a page was a third of a fresh page's time.
     */
    static final String VIEWED = "select p.id, p.reading.id, v.id, pr.id, pr.kind, v.eId, v.number, v.title,"
            + " p.attribution.bracketSetIndex, p.attribution.alternativeIndex, s.id, s.name, s.kind, s.isoCode,"
            + " o.id, o.name, o.kind, o.isoCode, p.attribution.quantifier, am.id, am.name, am.kind, am.isoCode,"
            + " p.stance, p.summary, p.proposedText, p.preferredAlternative, pa.id, pa.number, pa.agendaItem, d.id, d.symbol, d.title,"
            + " p.quote, p.version"
            + " from Position p left join p.attribution.provisionVersion v left join v.provision pr left join p.attribution.stakeholder s"
            + " left join p.attribution.onBehalfOf o left join p.attribution.among am join p.paragraph pa join pa.sourceDocument d";

    /** The views of a page of positions: one statement. {@code where} and {@code orderBy} name the aliases of {@link #VIEWED}. */
    public List<PositionDto.View> views(String where, String orderBy, Object[] params, int offset, int size) {
        var query = getEntityManager().createQuery(VIEWED + where + orderBy, Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.setFirstResult(offset).setMaxResults(size).getResultList().stream().map(PositionDto.View::of).toList();
    }

    /** The positions on one alternative or another of a version's bracket sets, in set and alternative order. */
    public List<Position> listOnAlternatives(long provisionVersionId) {
        return list(FETCHED + " where fk(p.attribution.provisionVersion) = ?1 and p.attribution.alternativeIndex is not null order by p.attribution.bracketSetIndex, p.attribution.alternativeIndex, pa.number, p.id",
                provisionVersionId);
    }

    /** How many positions the conditions (on the aliases of {@link #JOINED}) select: one statement. */
    public long countWhere(String where, Object... params) {
        var query = getEntityManager().createQuery("select count(p) " + JOINED + where, Long.class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getSingleResult();
    }

    /**
     * The ids of a provision's versions (at one reading when {@code readingId} is given), and with {@code withParts} of
     * the paragraphs and subparagraphs that are slices of their text: two statements on the indexes of
     * provision_version (by provision, by parent).
     */
    public List<Long> versionsOfProvision(long provisionId, Long readingId, boolean withParts) {
        var em = getEntityManager();
        var versions = em.createQuery("select v.id from ProvisionVersion v where v.provision.id = ?1"
                + (readingId == null ? "" : " and v.reading.id = ?2"), Long.class).setParameter(1, provisionId);
        if (readingId != null) {
            versions.setParameter(2, readingId);
        }
        List<Long> ids = new ArrayList<>(versions.getResultList());
        if (withParts && !ids.isEmpty()) {
            ids.addAll(em.createQuery("select v.id from ProvisionVersion v where v.partOfParent = true and (fk(v.parent) in (?1)"
                            + " or fk(v.parent) in (select c.id from ProvisionVersion c where c.partOfParent = true and fk(c.parent) in (?1)))",
                    Long.class).setParameter(1, List.copyOf(ids)).getResultList());
        }
        return ids;
    }

    /**
     * What a summary counts of each position on a version, in paragraph order: stance, speaker (id, name, kind, ISO
     * code), quantifier, and the cited paragraph (id, number, agenda item, report id, symbol, title). One statement,
     * no entity built.
     */
    public List<Object[]> summaryRows(long provisionVersionId) {
        return getEntityManager().createQuery("select p.stance, s.id, s.name, s.kind, s.isoCode, p.attribution.quantifier,"
                + " pa.id, pa.number, pa.agendaItem, d.id, d.symbol, d.title " + JOINED + " join pa.sourceDocument d"
                + " where fk(p.attribution.provisionVersion) = ?1 order by pa.number, p.id", Object[].class)
                .setParameter(1, provisionVersionId).getResultList();
    }

    public Optional<Position> findFetched(long id) {
        return find(FETCHED + " where p.id = ?1", id).firstResultOptional();
    }

    public List<Position> listCiting(long paragraphId) {
        return list(FETCHED + " where fk(p.paragraph) = ?1 order by p.id", paragraphId);
    }
}
