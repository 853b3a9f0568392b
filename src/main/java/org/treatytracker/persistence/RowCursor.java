package org.treatytracker.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the rows of a JPQL query of flat values with a forward-only cursor, a few hundred at a time, and hands
 * each to the caller as it comes: what streamed exports are made of. No entity is loaded, so the session keeps
 * nothing and memory does not grow with the number of rows. It runs in a read transaction of its own, started
 * when the body is written (after the resource method has returned), since PostgreSQL's driver only uses a
 * cursor inside a transaction.
 */
@ApplicationScoped
public class RowCursor {

    /** Rows fetched from the database per round trip. */
    public static final int FETCH_SIZE = 500;

    /**
     * How long an export's read transaction may last, in seconds. Hibernate gives each statement what is left of
     * its transaction's time, and the default (60 s) is shorter than sorting and sending every position of a
     * large data set on a small, busy server (measured: a 200,000-row export sorted by stakeholder on 2 shared cores).
     */
    public static final int EXPORT_TIMEOUT_SECONDS = 600;

    /** What is done with each row; may write to the response. */
    @FunctionalInterface
    public interface Row {
        void accept(Object[] values) throws IOException;
    }

    @Inject
    EntityManager entityManager;

    /** Each row of the query (positional parameters ?1, ?2…), from {@code first}, at most {@code max} of them. */
    public void forEach(String jpql, List<Object> params, int first, int max, Row row) {
        QuarkusTransaction.requiringNew().timeout(EXPORT_TIMEOUT_SECONDS).run(() -> {
            var query = entityManager.createQuery(jpql, Object[].class)
                    .setHint("org.hibernate.fetchSize", FETCH_SIZE).setHint("org.hibernate.readOnly", true)
                    .setFirstResult(first).setMaxResults(max);
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            try (Stream<Object[]> rows = query.getResultStream()) {
                rows.forEach(values -> {
                    try {
                        row.accept(values);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
    }
}
