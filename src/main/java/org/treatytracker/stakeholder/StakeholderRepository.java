package org.treatytracker.stakeholder;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Stakeholders by id and name. */
@ApplicationScoped
public class StakeholderRepository implements PanacheRepository<Stakeholder> {

    public Optional<Stakeholder> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    /** One row by its key: not firstResult, whose row limit makes Hibernate fetch the members and page in memory. */
    public Optional<Stakeholder> findWithMembers(long id) {
        return find("from Stakeholder s left join fetch s.members where s.id = ?1", id).singleResultOptional();
    }
}
