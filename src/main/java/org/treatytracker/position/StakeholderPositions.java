package org.treatytracker.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashSet;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.stakeholder.Stakeholder;
import org.treatytracker.stakeholder.StakeholderDto;
import org.treatytracker.stakeholder.StakeholderService;

/**
 * The positions of one stakeholder across provisions and readings: its own, those it voiced for a group, and
 * those of the groups it belongs to (marked as such); for a group, also those its members voiced on its
 * behalf and those of unnamed members ("several LDCs"). And the alignment of two stakeholders.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StakeholderPositions {

    private static final Map<String, String> SORT = Map.of(
            "reading", "p.reading.sequenceNumber",
            "provision", "v.ordinal",
            "paragraph", "pa.number",
            "stance", "p.stance",
            "id", "p.id");

    /** The order of a stakeholder's positions, for its CSV as for its JSON list. */
    public static String orderBy(PageRequest page) {
        return page.orderBy(SORT, "reading,provision,paragraph", "p.id");
    }

    private static final Set<Stance> AGAINST = EnumSet.of(Stance.OPPOSE, Stance.DELETE, Stance.RESERVE, Stance.BRACKET);
    /** Preferring an alternative is being for it, as supporting it is. */
    private static final Set<Stance> FOR = EnumSet.of(Stance.SUPPORT, Stance.PREFER);

    @Inject
    PositionRepository positions;

    @Inject
    StakeholderService stakeholders;

    /** A stakeholder with how many positions of a negotiation it spoke (or that were spoken for it), on how many provisions. */
    public record Tally(StakeholderDto.Ref stakeholder, long positions, long provisions) {
    }

    /**
     * Who spoke in a negotiation, most positions first: named speakers, or, with {@code forGroups}, the groups that
     * positions were spoken on behalf of. Two statements: the page of tallies, grouped in SQL, and their count.
     */
    public Page<Tally> tallies(long negotiationId, boolean forGroups, PageRequest page) {
        String who = forGroups ? "p.attribution.onBehalfOf" : "p.attribution.stakeholder";
        String from = " from Position p join " + who + " s left join p.attribution.provisionVersion v where p.reading.negotiation.id = ?1";
        var em = positions.getEntityManager();
        List<Tally> items = em.createQuery("select s.id, s.name, s.kind, s.isoCode, count(p), count(distinct v.provision.id)" + from
                        + " group by s.id, s.name, s.kind, s.isoCode order by count(p) desc, s.name, s.id", Object[].class)
                .setParameter(1, negotiationId).setFirstResult(page.offset()).setMaxResults(page.size).getResultList().stream()
                .map(r -> new Tally(new StakeholderDto.Ref((Long) r[0], (String) r[1], (org.treatytracker.stakeholder.StakeholderKind) r[2],
                        (String) r[3]), ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
        long total = em.createQuery("select count(distinct s.id)" + from, Long.class).setParameter(1, negotiationId).getSingleResult();
        return new Page<>(items, page.page, page.size, total);
    }

    /** 404 unless the stakeholder exists, so that an empty export is never mistaken for "no positions". */
    public void requireStakeholder(long stakeholderId) {
        stakeholders.get(stakeholderId);
    }

    /** The stakeholder's positions under the filter's other conditions (reading, stance, source…). */
    public Page<PositionDto.StakeholderPosition> of(long stakeholderId, PositionFilter filter, PageRequest page) {
        Stakeholder stakeholder = stakeholders.get(stakeholderId);
        filter.concerning = stakeholder.getId();
        List<Object> params = new ArrayList<>();
        String where = filter.where(params, positions);
        return page.of(positions.find(PositionRepository.FETCHED + where + orderBy(page),
                        params.toArray()),
                positions.countWhere(where, params.toArray()),
                p -> PositionDto.StakeholderPosition.of(p, stakeholder.getId()));
    }

    /**
     * On how many provisions two stakeholders took the same stance, opposite stances (one for, the other
     * against: oppose, delete, reserve or bracket), or different ones. A stakeholder's positions here are those it spoke
     * or that were spoken on its behalf; a provision counts once across readings unless a reading is named.
     */
    public PositionDto.Alignment alignment(long stakeholderId, long otherId, Long readingId) {
        Stakeholder one = stakeholders.get(stakeholderId);
        Stakeholder other = stakeholders.get(otherId);
        if (one.getId().equals(other.getId())) {
            throw ProblemException.badRequest("with", "compare a stakeholder with another one");
        }
        // Distinct rows, grouped in SQL: a stakeholder's many positions on one provision come back once per stance.
        String query = "select v.provision.id, v.eId, r.sequenceNumber, s.id, g.id, p.stance, p.attribution.bracketSetIndex, p.attribution.alternativeIndex"
                + " from Position p join p.attribution.provisionVersion v join p.reading r left join p.attribution.stakeholder s left join p.attribution.onBehalfOf g"
                + " where (s.id in (?1, ?2) or g.id in (?1, ?2))" + (readingId == null ? "" : " and r.id = ?3")
                + " group by v.provision.id, v.eId, r.sequenceNumber, s.id, g.id, p.stance, p.attribution.bracketSetIndex, p.attribution.alternativeIndex";
        var q = positions.getEntityManager().createQuery(query, Object[].class).setParameter(1, one.getId()).setParameter(2, other.getId());
        if (readingId != null) {
            q.setParameter(3, readingId);
        }
        Map<Long, Claims> byProvision = new LinkedHashMap<>();
        for (Object[] row : q.getResultList()) {
            Claims claims = byProvision.computeIfAbsent((Long) row[0], id -> new Claims());
            int sequence = ((Number) row[2]).intValue();
            if (sequence >= claims.latestSequence) {
                claims.latestSequence = sequence;
                claims.eId = (String) row[1];
            }
            // An alternative is only comparable within one reading's sets; across readings the reading is part of the claim.
            Integer atReading = readingId == null && row[7] != null ? sequence : null;
            PositionDto.Claim claim = new PositionDto.Claim((Stance) row[5], (Integer) row[6], (Integer) row[7], atReading);
            // A position spoken by one stakeholder for the other (Sudan for the African Group) is both's.
            if (one.getId().equals(row[3]) || one.getId().equals(row[4])) {
                claims.one.add(claim);
            }
            if (other.getId().equals(row[3]) || other.getId().equals(row[4])) {
                claims.other.add(claim);
            }
        }
        List<PositionDto.AlignmentItem> items = new ArrayList<>();
        int same = 0;
        int opposite = 0;
        for (Map.Entry<Long, Claims> e : byProvision.entrySet()) {
            Claims c = e.getValue();
            if (c.one.isEmpty() || c.other.isEmpty()) {
                continue;
            }
            PositionDto.Agreement agreement = agreement(c.one, c.other);
            same += agreement == PositionDto.Agreement.SAME ? 1 : 0;
            opposite += agreement == PositionDto.Agreement.OPPOSITE ? 1 : 0;
            items.add(new PositionDto.AlignmentItem(e.getKey(), c.eId, List.copyOf(c.one), List.copyOf(c.other), agreement));
        }
        // Provisions are created in the draft's order at their first reading: close to reading order.
        items.sort(Comparator.comparingLong(PositionDto.AlignmentItem::provisionId));
        return new PositionDto.Alignment(StakeholderDto.Ref.of(one), StakeholderDto.Ref.of(other), readingId, items.size(), same, opposite,
                items.size() - same - opposite, items);
    }

    /**
     * The same claim made by both (a stance, on the same alternative or on none); else opposite: one supports
     * what the other opposes, deletes or reserves, or they support competing alternatives of one set; else
     * different.
     */
    static PositionDto.Agreement agreement(Set<PositionDto.Claim> one, Set<PositionDto.Claim> other) {
        if (one.stream().anyMatch(other::contains)) {
            return PositionDto.Agreement.SAME;
        }
        for (PositionDto.Claim a : one) {
            for (PositionDto.Claim b : other) {
                if (opposed(a, b) || opposed(b, a)) {
                    return PositionDto.Agreement.OPPOSITE;
                }
            }
        }
        return PositionDto.Agreement.DIFFERENT;
    }

    /** Whether {@code a} supports what {@code b} stands against, or an alternative competing with the one {@code b} supports. */
    private static boolean opposed(PositionDto.Claim a, PositionDto.Claim b) {
        if (!FOR.contains(a.stance()) || !Objects.equals(a.bracketSetIndex(), b.bracketSetIndex())
                || !Objects.equals(a.atReading(), b.atReading())) {
            return false;
        }
        boolean sameAlternative = Objects.equals(a.alternativeIndex(), b.alternativeIndex());
        return sameAlternative ? AGAINST.contains(b.stance())
                : FOR.contains(b.stance()) && a.alternativeIndex() != null && b.alternativeIndex() != null;
    }

    /** What each stakeholder said on one provision, and its eId at the latest reading either spoke at. */
    private static final class Claims {
        final Set<PositionDto.Claim> one = new LinkedHashSet<>();
        final Set<PositionDto.Claim> other = new LinkedHashSet<>();
        int latestSequence = Integer.MIN_VALUE;
        String eId;
    }
}
