package org.treatytracker.negotiation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Readings of a negotiation, in sequence order. */
@ApplicationScoped
public class ReadingRepository implements PanacheRepository<Reading> {

    public Optional<Reading> findBySequence(Negotiation negotiation, int sequenceNumber) {
        return find("negotiation = ?1 and sequenceNumber = ?2", negotiation, sequenceNumber).firstResultOptional();
    }

    public Optional<Reading> findWithNegotiation(long id) {
        return find("from Reading r join fetch r.negotiation where r.id = ?1", id).firstResultOptional();
    }
}
