package org.treatytracker.position;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Request;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatytracker.api.Dependents;
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
    public Page<StakeholderDto.View> list(StakeholderKind kind, PageRequest page) {
        String where = kind == null ? "" : " where s.kind = ?1";
        Object[] params = kind == null ? new Object[0] : new Object[] {kind};
        return page.of(stakeholders.find("from Stakeholder s" + where + page.orderBy(SORT, "name", "s.id"), params),
                stakeholders.count("from Stakeholder s" + where, params), s -> StakeholderDto.View.of(s, false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Stakeholder get(long id) {
        return stakeholders.findWithMembers(id).orElseThrow(() -> ProblemException.notFound("stakeholder", id));
    }

    /** A stakeholder named in a request body: 422 when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stakeholder referenced(String field, Long id) {
        if (id == null) {
            return null;
        }
        return stakeholders.findByIdOptional(id).orElseThrow(() -> ProblemException.unknownReference(field, "stakeholder", id));
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
                    .createQuery("select count(p) from Position p where p.onBehalfOf = :group", Long.class)
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
        Dependents.of(stakeholders.getEntityManager(), stakeholder)
                .check("positions", "select count(p) from Position p where p.stakeholder = :target or p.onBehalfOf = :target")
                .check("groups it is a member of", "select count(g) from Stakeholder g join g.members m where m = :target")
                .refuseIfAny("stakeholder " + id);
        stakeholder.getMembers().clear();
        stakeholders.delete(stakeholder);
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
        return stakeholder;
    }

    private static boolean isGroup(StakeholderDto.Request request) {
        return Boolean.TRUE.equals(request.group());
    }

    private void requireFreeName(String name, Stakeholder self) {
        stakeholders.findByName(name).filter(other -> other != self).ifPresent(other -> {
            throw ProblemException.conflict("a stakeholder named '" + name + "' already exists (id " + other.getId() + ")");
        });
    }
}
