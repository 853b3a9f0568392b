package org.treatytracker.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Suggested positions, fetched with what their views show. */
@ApplicationScoped
public class SuggestionRepository implements PanacheRepository<Suggestion> {

    static final String FETCHED = "from Suggestion g join fetch g.paragraph pa join fetch pa.sourceDocument"
            + " left join fetch g.attribution.provisionVersion v left join fetch v.provision left join fetch g.position"
            + " left join fetch g.attribution.stakeholder left join fetch g.attribution.onBehalfOf";

    public Optional<Suggestion> findFetched(long id) {
        return find(FETCHED + " where g.id = ?1", id).firstResultOptional();
    }
}
