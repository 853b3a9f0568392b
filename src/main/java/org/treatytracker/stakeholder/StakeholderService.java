package org.treatytracker.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Request;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import org.treatytracker.api.ChangedSince;
import org.treatytracker.persistence.ForeignKeys;
import org.treatytracker.api.ETags;
import org.treatytracker.api.MergePatch;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;

/** Keeps the register of stakeholders, shared by all negotiations. */
@ApplicationScoped
@Transactional
public class StakeholderService {

    private static final Map<String, String> SORT = Map.of("name", "s.name", "kind", "s.kind", "isoCode", "s.isoCode");

    @Inject
    MergePatch mergePatch;

    @Inject
    StakeholderRepository stakeholders;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StakeholderDto.View> list(StakeholderKind kind, String changedSince, PageRequest page) {
        Long since = ChangedSince.parse(changedSince);
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (kind != null) {
            values.add(kind);
            conditions.add("s.kind = ?" + values.size());
        }
        if (since != null) {
            values.add(since);
            conditions.add(ChangedSince.condition("s.id", Stakeholder.class, values.size()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Object[] params = values.toArray();
        return page.of(stakeholders.find("from Stakeholder s" + where + page.orderBy(SORT, "name", "s.id"), params),
                stakeholders.count("from Stakeholder s" + where, params), s -> StakeholderDto.View.of(s, false));
    }

    /** Stakeholders whose name holds the words (case ignored) or whose ISO code they are, by name: the site's search. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StakeholderDto.Ref> named(String words, int max) {
        String needle = words.strip().toLowerCase(java.util.Locale.ROOT);
        String like = "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return stakeholders.find("from Stakeholder s where lower(s.name) like ?1 escape '!' or lower(s.isoCode) = ?2 order by s.name, s.id",
                like, needle).page(0, max).list().stream().map(StakeholderDto.Ref::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Stakeholder get(long id) {
        return stakeholders.findWithMembers(id).orElseThrow(() -> ProblemException.notFound("stakeholder", id));
    }

    /** The stakeholder with the id, if any (without its members: a register's look-up by name answers ids). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Stakeholder> find(long id) {
        return stakeholders.findByIdOptional(id);
    }

    /** A stakeholder named in a request body: 422 when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stakeholder referenced(String field, Long id) {
        if (id == null) {
            return null;
        }
        return stakeholders.findByIdOptional(id).orElseThrow(() -> ProblemException.unknownReference(field, "stakeholder", id));
    }

    /** The stakeholder a report's name for it stands for: its name or any alias, ignoring case and accents. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stakeholder lookup(String name) {
        return names().find(name).map(this::get)
                .orElseThrow(() -> new ProblemException(404, "Not found", "no stakeholder is named or known as '" + name + "'", null));
    }

    /** Every name and alias in the register, in two light queries (ids and strings, no entities). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StakeholderNames.Index<Long> names() {
        var em = stakeholders.getEntityManager();
        Map<Long, List<String>> aliases = new HashMap<>();
        for (Object[] row : em.createQuery("select s.id, a from Stakeholder s join s.aliases a order by s.id, a", Object[].class).getResultList()) {
            aliases.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        StakeholderNames.Index<Long> index = new StakeholderNames.Index<>();
        // Own names first, so that no alias can take a name away from the stakeholder that bears it.
        List<Object[]> named = em.createQuery("select s.id, s.name from Stakeholder s order by s.id", Object[].class).getResultList();
        named.forEach(row -> index.add((Long) row[0], (String) row[1], List.of()));
        named.forEach(row -> index.add((Long) row[0], (String) row[1], aliases.getOrDefault((Long) row[0], List.of())));
        return index;
    }

    public Stakeholder create(StakeholderDto.Request request) {
        requireFreeName(request.name(), null);
        Stakeholder stakeholder = describe(null, request);
        stakeholders.persist(stakeholder);
        return stakeholder;
    }

    /** Changes only the fields the JSON Merge Patch names; the rest stays as stored. */
    public Stakeholder patch(long id, JsonNode patch, Request preconditions) {
        Stakeholder stakeholder = get(id);
        ETags.checkIfMatch(preconditions, stakeholder.getVersion());
        return update(id, mergePatch.apply(StakeholderDto.Request.of(stakeholder), patch, StakeholderDto.Request.class),
                preconditions);
    }

    public Stakeholder update(long id, StakeholderDto.Request request, Request preconditions) {
        Stakeholder stakeholder = get(id);
        ETags.checkIfMatch(preconditions, stakeholder.getVersion());
        requireFreeName(request.name(), stakeholder);
        if (!isGroup(request) && stakeholder.isGroup()) {
            long spokenFor = stakeholders.getEntityManager()
                    .createQuery("select count(p) from Position p where p.attribution.onBehalfOf = :group", Long.class)
                    .setParameter("group", stakeholder).getSingleResult();
            if (spokenFor > 0) {
                throw ProblemException.conflict("stakeholder " + id + " stays a group: " + spokenFor + " positions are spoken on its behalf");
            }
        }
        describe(stakeholder, request);
        stakeholders.flush();
        return stakeholder;
    }

    public void delete(long id, Request preconditions) {
        Stakeholder stakeholder = get(id);
        ETags.checkIfMatch(preconditions, stakeholder.getVersion());
        ForeignKeys.delete(stakeholders.getEntityManager(), "stakeholder " + id, "stakeholder", id, () -> {
            stakeholder.getMembers().clear();
            stakeholders.delete(stakeholder);
        });
    }

    private Stakeholder describe(Stakeholder existing, StakeholderDto.Request request) {
        if (request.kind().isState() && !Stakeholder.isIsoCode(request.isoCode())) {
            throw ProblemException.unprocessable("isoCode", "a " + request.kind().label()
                    + " entry needs a valid ISO 3166-1 alpha-3 code, not " + request.isoCode());
        }
        if (!request.kind().isState() && request.isoCode() != null) {
            throw ProblemException.unprocessable("isoCode", "only States carry an ISO 3166 code");
        }
        List<Long> memberIds = request.memberIds() == null ? List.of() : request.memberIds();
        if (!isGroup(request) && !memberIds.isEmpty()) {
            throw ProblemException.unprocessable("memberIds", "only a group has members; set group to true");
        }
        Set<Stakeholder> members = new LinkedHashSet<>();
        for (Long memberId : memberIds) {
            Stakeholder member = referenced("memberIds", memberId);
            if (member == existing) {
                throw ProblemException.unprocessable("memberIds", "a group cannot be its own member");
            }
            members.add(member);
        }
        Stakeholder stakeholder = existing;
        if (stakeholder == null) {
            stakeholder = new Stakeholder(request.name(), request.kind(), request.isoCode(), isGroup(request));
        } else {
            stakeholder.describe(request.name(), request.kind(), request.isoCode(), isGroup(request));
        }
        stakeholder.replaceMembers(members);
        List<String> aliases = request.aliases() == null ? List.of() : request.aliases();
        requireFreeAliases(aliases, existing);
        stakeholder.replaceAliases(aliases);
        return stakeholder;
    }

    private static boolean isGroup(StakeholderDto.Request request) {
        return Boolean.TRUE.equals(request.group());
    }

    /** An alias names one stakeholder only, or a report's name for it could not be told apart. */
    private void requireFreeAliases(List<String> aliases, Stakeholder self) {
        if (aliases.isEmpty()) {
            return;
        }
        StakeholderNames.Index<Long> index = names();
        for (String alias : aliases) {
            index.find(alias).filter(id -> self == null || !id.equals(self.getId())).ifPresent(other -> {
                throw ProblemException.conflict("the alias '" + alias + "' already names stakeholder " + other);
            });
        }
    }

    private void requireFreeName(String name, Stakeholder self) {
        stakeholders.findByName(name).filter(other -> other != self).ifPresent(other -> {
            throw ProblemException.conflict("a stakeholder named '" + name + "' already exists (id " + other.getId() + ")");
        });
    }
}
