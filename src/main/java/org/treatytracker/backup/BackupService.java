package org.treatytracker.backup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.treatytracker.edge.HttpEdge;
import org.treatytracker.api.ProblemException;
import org.treatytracker.config.TreatyConfig;

/**
 * Backs up the whole database as one JSON document and restores such a document into an empty instance. Rows keep
 * their ids, so references and the audit trail stay intact; identity counters are moved past the restored ids. Plain
 * JDBC over the tables of {@link BackupTable#ALL}: the document is the data, not the entities, so it also carries the
 * audit trail and the users (password hashes only). Both directions stream: neither holds the document in memory.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    TreatyConfig config;

    /** Writes the backup to {@code out} from one read-only transaction, so that its tables agree with each other. */
    public void export(OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            if (connection.getMetaData().supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try (JsonGenerator generator = factory().createGenerator(out)) {
                BackupWriter.write(connection, generator);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            // The response has begun: all that is left is to cut it short, which the client sees as a broken download.
            LOG.error("backup export failed", e);
            throw new IOException("backup export failed");
        }
    }

    /**
     * Restores a backup into an instance that holds no negotiation, stakeholder or change yet: all or nothing, in one
     * transaction of its own. Not a JTA transaction: its 60 s timeout would cut a large restore short.
     */
    public int restore(InputStream body) throws IOException {
        long limit = config.backup().maxRestoreSize().asLongValue();
        try (Connection connection = dataSource.getConnection();
             JsonParser parser = factory().createParser(new RestoreLimit(body, limit))) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int restored = new BackupReader(connection, parser).restore();
                connection.commit();
                return restored;
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (RestoreLimit.Exceeded e) {
            throw new ProblemException(413, "Content too large", "the backup has more than " + limit + " bytes; at most "
                    + limit + " are accepted (" + HttpEdge.RESTORE_LIMIT_PROPERTY + ")", null);
        } catch (SQLException e) {
            LOG.error("backup restore failed", e);
            throw ProblemException.unprocessable("tables", "the backup could not be restored: a row does not fit this schema; nothing was restored");
        }
    }

    /** The application's JSON settings, minus closing the request and response streams, which the server owns. */
    private JsonFactory factory() {
        return json.getFactory().copy().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }
}
