package org.treatytracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;
import org.hibernate.envers.AuditReader;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.position.Position;
import org.treatytracker.provision.Provision;
import org.treatytracker.provision.ProvisionVersion;

/** Reads the audit trail that Hibernate Envers writes with every change. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {

    @Inject
    EntityManager em;

    @Inject
    ChangeCounts counts;

    /** Every state of a provision and of its versions, oldest first. */
    public List<AuditDto.Revision> ofProvision(long provisionId) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<AuditDto.Revision> revisions = new ArrayList<>(revisionsOf(reader, Provision.class,
                reader.createQuery().forRevisionsOfEntity(Provision.class, false, true).add(AuditEntity.id().eq(provisionId))
                        .getResultList()));
        revisions.addAll(revisionsOf(reader, ProvisionVersion.class,
                reader.createQuery().forRevisionsOfEntity(ProvisionVersion.class, false, true)
                        .add(AuditEntity.relatedId("provision").eq(provisionId)).getResultList()));
        revisions.sort(Comparator.comparingInt(AuditDto.Revision::revision));
        return revisions;
    }

    /** Every state of a position, oldest first. */
    public List<AuditDto.Revision> ofPosition(long positionId) {
        AuditReader reader = AuditReaderFactory.get(em);
        return revisionsOf(reader, Position.class, reader.createQuery().forRevisionsOfEntity(Position.class, false, true)
                .add(AuditEntity.id().eq(positionId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList());
    }

    /**
     * Change sets newer than {@code since}, newest first, each with the entities it touched. Three statements: the
     * page, the kinds of entity it touched, and their audit rows, of every kind at once; and the count, once per data
     * revision ({@link ChangeCounts}).
     */
    public Page<AuditDto.Change> changes(Instant since, PageRequest page) {
        return changes(since, null, page);
    }

    /**
     * The same, limited to the change sets that touched a negotiation (it, its readings, provisions, sources,
     * paragraphs, positions or suggestions) when {@code negotiationId} is given. A change to a stakeholder belongs
     * to no negotiation. Still a constant number of statements: the filter is one semi-join per kind of entity.
     */
    public Page<AuditDto.Change> changes(Instant since, Long negotiationId, PageRequest page) {
        return changes(since, negotiationId, page, true);
    }

    /** The latest change sets of a negotiation, without counting them all (for a page that shows a few). */
    public List<AuditDto.Change> latest(long negotiationId, int count) {
        return changes(null, negotiationId, new PageRequest(0, count, null), false).items();
    }

    private Page<AuditDto.Change> changes(Instant since, Long negotiationId, PageRequest page, boolean counted) {
        // Without since there is no condition on the time: the newest change sets are then read backwards along the
        // primary key, 20 rows for a page of 20. With "timestamp > 0" H2 chose the timestamp's index instead, read and
        // sorted every change set, and spilled the sort to a temporary file: 17 req/s on the large data set.
        List<AuditRevision> revisions;
        long total;
        if (negotiationId == null) {
            String where = since == null ? "" : " where r.timestamp > :after";
            revisions = after(since, em.createQuery("from AuditRevision r" + where + " order by r.id desc", AuditRevision.class))
                    .setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
            total = counts.of(null, since, () -> after(since, em.createQuery("select count(r) from AuditRevision r" + where, Long.class))
                    .getSingleResult());
        } else {
            String where = " from revinfo r where (" + OF_NEGOTIATION + ")" + (since == null ? "" : " and r.revtstmp > :after");
            @SuppressWarnings("unchecked")
            List<Number> numbers = after(since, em.createNativeQuery("select r.rev" + where + " order by r.rev desc"))
                    .setParameter("negotiation", negotiationId).setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
            total = !counted ? numbers.size() : counts.of(negotiationId, since, () -> ((Number) after(since,
                    em.createNativeQuery("select count(*)" + where)).setParameter("negotiation", negotiationId).getSingleResult()).longValue());
            PageNumbers onPage = new PageNumbers(numbers.stream().map(Number::intValue).toList());
            revisions = numbers.isEmpty() ? List.of() : onPage.bind(em.createQuery("from AuditRevision r where " + onPage.condition("r.id")
                    + " order by r.id desc", AuditRevision.class)).getResultList().stream().filter(r -> onPage.has(r.getId())).toList();
        }
        Map<Integer, List<AuditDto.Changed>> touched = new LinkedHashMap<>();
        revisions.forEach(r -> touched.put(r.getId(), new ArrayList<>()));
        if (!revisions.isEmpty()) {
            PageNumbers numbers = new PageNumbers(List.copyOf(touched.keySet()));
            // With a range, kinds touched only by change sets outside the page may be named too: their rows are skipped.
            Set<String> kinds = new HashSet<>(numbers.bind(em.createQuery(
                    "select distinct n from AuditRevision r join r.modifiedEntityNames n where " + numbers.condition("r.id"), String.class))
                    .getResultList());
            String touchedBy = touchedBy(kinds, numbers.condition("rev"));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = touchedBy == null ? List.of() : numbers.bind(em.createNativeQuery(touchedBy)).getResultList();
            for (Object[] row : rows) {
                List<AuditDto.Changed> changed = touched.get(((Number) row[2]).intValue());
                if (changed == null) {
                    continue; // a change set inside the range but not on the page
                }
                EntityKind kind = EntityKind.values()[((Number) row[0]).intValue()];
                Object id = ((Number) row[1]).longValue();
                // A deletion keeps no slug (Envers stores no data at delete): no link then.
                Object key = kind == EntityKind.NEGOTIATION ? row[4] : id;
                String href = key == null ? null : kind.apiPath() + key;
                changed.add(new AuditDto.Changed(kind.type(), id,
                        ChangeAction.of(RevisionType.fromRepresentation(((Number) row[3]).byteValue())), href));
            }
        }
        List<AuditDto.Change> items = revisions.stream().map(r -> new AuditDto.Change(r.getId(), Instant.ofEpochMilli(r.getTimestamp()),
                r.getUsername(), touched.get(r.getId()))).toList();
        return new Page<>(items, page.page, page.size, total);
    }

    /**
     * Which of the things the digest names still exist ("Position 53"), so that a page links only to what is there:
     * a thing added and deleted since has no page. One statement per kind of thing, whatever their number.
     */
    public Set<String> stillThere(List<AuditDto.Change> changes) {
        Map<EntityKind, Set<Object>> byKind = new LinkedHashMap<>();
        for (AuditDto.Change change : changes) {
            for (ChangeDigest.Group group : ChangeDigest.of(change)) {
                EntityKind.ofType(group.type()).ifPresent(kind -> group.shown().forEach(e -> byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(e.id())));
            }
        }
        Set<String> there = new HashSet<>();
        byKind.forEach((kind, ids) -> em.createQuery("select e.id from " + kind.entity().getName() + " e where e.id in :ids", Object.class)
                .setParameter("ids", ids).getResultList().forEach(id -> there.add(kind.type() + " " + id)));
        return there;
    }

    /**
     * The change-set numbers of a page, as a condition whose query plan Hibernate keeps: Hibernate 7.2 translates a
     * query with a list parameter to SQL again on every request ({@code SqmInterpretationsKey.isCacheable}). A page of
     * the whole feed is consecutive numbers (a gap only where a transaction rolled back), so it is bound as a range, and
     * rows of change sets inside the range but not on the page are skipped. A sparse page (a negotiation's feed, whose
     * change sets may lie far apart) stays a list rather than read every change set between them.
     */
    private record PageNumbers(List<Integer> list, int low, int high) {

        PageNumbers(List<Integer> list) {
            this(list, list.stream().mapToInt(Integer::intValue).min().orElse(0), list.stream().mapToInt(Integer::intValue).max().orElse(-1));
        }

        boolean dense() {
            return (long) high - low + 1 <= 2L * list.size();
        }

        boolean has(int number) {
            return !dense() || (number >= low && number <= high && list.contains(number));
        }

        String condition(String column) {
            return dense() ? column + " between :low and :high" : column + " in :numbers";
        }

        <Q extends jakarta.persistence.Query> Q bind(Q query) {
            if (dense()) {
                query.setParameter("low", low).setParameter("high", high);
            } else {
                query.setParameter("numbers", list);
            }
            return query;
        }
    }

    /**
     * The audit rows (kind, id, rev, revtype, slug) of the touched kinds' tables in the change sets that meet the
     * condition on rev, in the order of the feed: by kind as {@link EntityKind} lists them, then by id. One statement
     * for all the kinds (each *_aud table's primary key begins with rev); it replaced one Envers query per kind: a
     * negotiation's feed, whose pages touch most kinds, went from 12 statements to 6 (598 → 720 req/s made afresh on
     * the large set), the whole feed from 5 to 4 (2,591 → 2,927). The kinds come from the change sets' list of the
     * entities they modified: a union over all nine tables, even of empty index ranges, made the whole feed slower
     * (2,054 against 2,251 req/s), whose pages usually touch one or two.
     * Null when none of the kinds is audited here.
     */
    private static String touchedBy(Set<String> kinds, String revCondition) {
        StringJoiner union = new StringJoiner(" union all ", "", " order by 1, 3, 2").setEmptyValue("");
        for (EntityKind kind : EntityKind.values()) {
            if (kinds.contains(kind.entity().getName())) {
                union.add("select " + kind.ordinal() + " as kind, id, rev, revtype, "
                        + (kind == EntityKind.NEGOTIATION ? "slug" : "cast(null as varchar(80))") + " as slug from "
                        + kind.auditTable() + " where " + revCondition);
            }
        }
        String sql = union.toString();
        return sql.isEmpty() ? null : sql;  // no audited kind: nothing to ask
    }

    /** The query with :after bound to since, when there is a since (the query then has that condition). */
    private static <Q extends jakarta.persistence.Query> Q after(Instant since, Q query) {
        if (since != null) {
            query.setParameter("after", since.toEpochMilli());
        }
        return query;
    }

    /** A change set touched the negotiation (:negotiation) when one of its audit rows belongs to it (revision r). */
    private static final String OF_NEGOTIATION = String.join(" or ",
            "exists (select 1 from negotiation_aud a where a.rev = r.rev and a.id = :negotiation)",
            "exists (select 1 from reading_aud a where a.rev = r.rev and a.negotiation_id = :negotiation)",
            "exists (select 1 from provision_aud a where a.rev = r.rev and a.negotiation_id = :negotiation)",
            "exists (select 1 from source_document_aud a where a.rev = r.rev and a.negotiation_id = :negotiation)",
            "exists (select 1 from provision_version_aud a join reading x on x.id = a.reading_id where a.rev = r.rev and x.negotiation_id = :negotiation)",
            "exists (select 1 from position_aud a join reading x on x.id = a.reading_id where a.rev = r.rev and x.negotiation_id = :negotiation)",
            "exists (select 1 from suggestion_aud a join reading x on x.id = a.reading_id where a.rev = r.rev and x.negotiation_id = :negotiation)",
            "exists (select 1 from paragraph_aud a join source_document x on x.id = a.source_document_id where a.rev = r.rev"
                    + " and x.negotiation_id = :negotiation)");

    private static List<AuditDto.Revision> revisionsOf(AuditReader reader, Class<?> type, List<?> rows) {
        List<AuditDto.Revision> revisions = new ArrayList<>();
        for (Object row : rows) {
            Object[] triple = (Object[]) row;
            AuditRevision revision = (AuditRevision) triple[1];
            revisions.add(new AuditDto.Revision(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(),
                    ChangeAction.of((RevisionType) triple[2]), type.getSimpleName(), idOf(triple[0]), stateOf(triple[0])));
        }
        return revisions;
    }

    /** The id of an entity snapshot, read from its field (snapshots are detached). */
    static Object idOf(Object entity) {
        return field(entity, "id");
    }

    /**
     * A snapshot's fields: plain values as they are, references to other entities by their id (the snapshot's
     * references are proxies, and their ids are known without loading them).
     */
    public static Map<String, Object> stateOf(Object entity) {
        Map<String, Object> state = new LinkedHashMap<>();
        putFields(entity.getClass(), entity, state);
        return state;
    }

    /**
     * The fields of an entity, or of a value embedded in it: an embedded value's fields are the entity's own columns,
     * so they are listed as the entity's (all null when Hibernate gives null for a value whose columns are all null).
     */
    private static void putFields(Class<?> type, Object owner, Map<String, Object> state) {
        for (Field field : type.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.getName().equals("version")
                    || field.getName().startsWith("$$")) {
                continue;
            }
            Object value = owner == null ? null : field(owner, field.getName());
            if (field.getType().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
                putFields(field.getType(), value, state);
                continue;
            }
            if (value instanceof Collection<?>) {
                continue;
            }
            if (value instanceof HibernateProxy proxy) {
                state.put(field.getName() + "Id", proxy.getHibernateLazyInitializer().getInternalIdentifier());
            } else if (value != null && EntityKind.ofInstance(value).isPresent()) {
                state.put(field.getName() + "Id", idOf(value));
            } else {
                state.put(field.getName(), value instanceof Enum<?> e ? e.name() : value);
            }
        }
    }

    private static Object field(Object entity, String name) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(entity);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
