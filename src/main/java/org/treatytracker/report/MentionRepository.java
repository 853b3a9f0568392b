package org.treatytracker.report;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Mentions of provisions in report paragraphs. */
@ApplicationScoped
public class MentionRepository implements PanacheRepository<Mention> {

    /** Every mention of any version of a provision, with its paragraph and source, oldest source first. */
    public List<Mention> listOfProvision(long provisionId) {
        return list("from Mention m join fetch m.paragraph pa join fetch pa.sourceDocument s join fetch m.provisionVersion v"
                + " where v.provision.id = ?1 order by s.publishedOn, s.id, pa.number, m.start", provisionId);
    }
}
