package org.treatytracker.position;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Attendance counts of source documents. */
@ApplicationScoped
public class AttendanceRepository implements PanacheRepository<Attendance> {

    public List<Attendance> listOfSource(long sourceDocumentId) {
        return list("from Attendance a join fetch a.paragraph pa where pa.sourceDocument.id = ?1 order by a.id", sourceDocumentId);
    }
}
