package org.treatytracker.persistence;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * The data revision: a counter in the database that every committed write to public data advances, in the
 * write's own transaction. Reads compare it to tell whether what they cached is still current; since it lives
 * in the shared database, a write through one instance is seen by the next read through any other.
 *
 * <p>The increment takes the row's lock until commit, so increments are ordered as the commits are (a
 * sequence or max(id) would not be: a transaction that drew a lower number can commit later). It runs last in
 * the transaction, when Envers records the revision after the final flush, so it never waits while holding
 * other rows' locks another writer needs.
 */
@ApplicationScoped
public class DataRevision {

    static final String READ = "select revision from data_revision where id = 1";
    static final String ADVANCE = "update data_revision set revision = revision + 1 where id = 1";

    @Inject
    DataSource dataSource;

    /** The current revision, read with one primary-key lookup outside any transaction. */
    public long current() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(READ);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the data revision cannot be read", e);
        }
    }

    /** Advances the revision in the transaction of the current Hibernate session (the one being committed). */
    public static void advanceInCurrentTransaction() {
        Arc.container().instance(Session.class).get().doWork(DataRevision::advance);
    }

    /** Advances the revision on a connection whose transaction the caller commits (the backup's restore). */
    public static void advance(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ADVANCE)) {
            statement.executeUpdate();
        }
    }
}
