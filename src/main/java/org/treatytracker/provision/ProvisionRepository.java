package org.treatytracker.provision;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Provisions by id and wId. */
@ApplicationScoped
public class ProvisionRepository implements PanacheRepository<Provision> {

    public Optional<Provision> findWithNegotiation(long id) {
        return find("from Provision p join fetch p.negotiation where p.id = ?1", id).firstResultOptional();
    }

    public boolean existsByWId(long negotiationId, String wId) {
        return count("negotiation.id = ?1 and wId = ?2", negotiationId, wId) > 0;
    }
}
