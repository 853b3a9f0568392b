package org.treatytracker.provision;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;

/** Provisions by id and wId. */
@ApplicationScoped
public class ProvisionRepository implements PanacheRepository<Provision> {

    public Optional<Provision> findWithNegotiation(long id) {
        return find("from Provision p join fetch p.negotiation where p.id = ?1", id).firstResultOptional();
    }

    /** Every wId given in the negotiation: one statement, for an import that names thousands of provisions. */
    public Set<String> wIdsOf(long negotiationId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select p.wId from Provision p where p.negotiation.id = ?1", String.class)
                .setParameter(1, negotiationId).getResultList());
    }

    public boolean existsByWId(long negotiationId, String wId) {
        return count("negotiation.id = ?1 and wId = ?2", negotiationId, wId) > 0;
    }
}
