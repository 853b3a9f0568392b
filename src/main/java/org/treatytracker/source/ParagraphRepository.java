package org.treatytracker.source;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Paragraphs, looked up with their source document. */
@ApplicationScoped
public class ParagraphRepository implements PanacheRepository<Paragraph> {

    static final String FETCHED = "from Paragraph pa join fetch pa.sourceDocument s join fetch s.negotiation";

    public Optional<Paragraph> findFetched(long id) {
        return find(FETCHED + " where pa.id = ?1", id).firstResultOptional();
    }

    public Optional<Paragraph> findByNumber(long sourceDocumentId, int number) {
        return find(FETCHED + " where s.id = ?1 and pa.number = ?2", sourceDocumentId, number).firstResultOptional();
    }
}
