package org.treatytracker.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Negotiations by slug. */
@ApplicationScoped
public class NegotiationRepository implements PanacheRepository<Negotiation> {

    public Optional<Negotiation> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
