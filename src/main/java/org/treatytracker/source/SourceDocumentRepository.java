package org.treatytracker.source;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Source documents, looked up with their negotiation and reading. */
@ApplicationScoped
public class SourceDocumentRepository implements PanacheRepository<SourceDocument> {

    static final String FETCHED = "from SourceDocument s join fetch s.negotiation n left join fetch s.reading r";

    public Optional<SourceDocument> findFetched(long id) {
        return find(FETCHED + " where s.id = ?1", id).firstResultOptional();
    }

    /** The source of a negotiation with the text whose hash is given, with its negotiation and reading. */
    public Optional<SourceDocument> findFetchedByHash(long negotiationId, String sha256) {
        return find(FETCHED + " where n.id = ?1 and s.sha256 = ?2", negotiationId, sha256).firstResultOptional();
    }

    public Optional<SourceDocument> findByHash(long negotiationId, String sha256) {
        return find("negotiation.id = ?1 and sha256 = ?2", negotiationId, sha256).firstResultOptional();
    }
}
