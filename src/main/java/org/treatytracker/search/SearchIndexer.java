package org.treatytracker.search;

import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import java.sql.Types;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.treatytracker.api.FieldLimits;
import org.treatytracker.audit.AuditedChange;
import org.treatytracker.audit.ChangeAction;
import org.treatytracker.audit.EntityKind;
import org.treatytracker.config.TreatyConfig;

/**
 * Keeps the search index (tables search_document, search_text and search_posting) in step with the data, in the same
 * transaction as the change. One home for every write path: the audit trail already sees every change to an
 * entity, whichever service made it, so this observes its {@link AuditedChange} events: each changed reading,
 * provision version, paragraph, position (and source document) comes here, after the final flush, and the thing is analysed and
 * written again. Deletes need nothing: the index's foreign keys cascade, so bulk deletes are covered too. Writes
 * that bypass Hibernate (a backup's restore) call {@link #indexMissing}, as start-up does for data that predates
 * the index (an upgraded database, a generated data set).
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final int BATCH = 500;

    @Inject
    DataSource dataSource;

    @Inject
    TreatyConfig config;

    /** Indexes what has no document yet, in batches of their own transactions, before the server takes requests. */
    void onStart(@Observes StartupEvent event) {
        if (!config.search().indexAtStart()) {
            return;
        }
        long started = System.nanoTime();
        int indexed = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (SearchKind kind : SearchKind.values()) {
                long after = 0;
                while (true) {
                    long last;
                    try {
                        last = indexBatch(connection, kind, after);
                        connection.commit();
                    } catch (SQLException e) {
                        // Another instance starting on the same database is indexing the same rows: leave them to it.
                        connection.rollback();
                        LOG.infof("search index: %s left to another instance (%s)", kind, e.getMessage());
                        break;
                    }
                    if (last < 0) {
                        break;
                    }
                    indexed += BATCH;
                    after = last;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the search index could not be brought up to date", e);
        }
        if (indexed > 0) {
            LOG.infof("search index: things without a document indexed in %.1f s", (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Called for every audited entity that a transaction changed, in that transaction, after its final flush:
     * re-indexes the thing the entity is (a source document: its paragraphs, whose reading it gives).
     */
    void entityChanged(@Observes @Priority(2) AuditedChange change) {
        if (change.action() == ChangeAction.DELETED || !(change.id() instanceof Number number)) {
            return;  // the foreign keys' cascade has removed the document already
        }
        EntityKind entity = change.kind();
        SearchKind kind = SearchKind.ofEntity(entity);
        if (kind == null && entity != EntityKind.SOURCE_DOCUMENT) {
            return;
        }
        Arc.container().instance(Session.class).get().doWork(connection -> {
            if (kind != null) {
                reindex(connection, kind, number.longValue());
            } else {
                for (long paragraph : ids(connection, "select id from paragraph where source_document_id = ?", number.longValue())) {
                    reindex(connection, SearchKind.REPORT_PARAGRAPH, paragraph);
                }
            }
        });
    }

    /** Writes one thing's document again (or removes it, when the thing has no text to find, as a position without quote). */
    static void reindex(Connection connection, SearchKind kind, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from search_document where id = ?")) {
            delete.setLong(1, kind.documentId(id));
            delete.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(kind.rowsWhere("x.id = ?"))) {
            select.setLong(1, id);
            write(connection, kind, select);
        }
    }

    /** Indexes every thing that has no document (a restore's rows); in the caller's transaction. */
    public static int indexMissing(Connection connection) throws SQLException {
        int batches = 0;
        for (SearchKind kind : SearchKind.values()) {
            long after = 0;
            while ((after = indexBatch(connection, kind, after)) >= 0) {
                batches++;
            }
        }
        return batches;
    }

    /** Indexes up to one batch of things of a kind with ids above {@code after} and no document; the last id, or -1 when none. */
    private static long indexBatch(Connection connection, SearchKind kind, long after) throws SQLException {
        String sql = kind.rowsWhere("x.id > ? and not exists (select 1 from search_document d where d." + kind.reference
                + " = x.id)") + " order by x.id limit " + BATCH;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, after);
            return write(connection, kind, select);
        }
    }

    /** Analyses the selected rows and writes their documents and terms in two batches; the last id written, or -1. */
    private static long write(Connection connection, SearchKind kind, PreparedStatement select) throws SQLException {
        long last = -1;
        try (ResultSet rows = select.executeQuery();
             PreparedStatement document = connection.prepareStatement("insert into search_document (id, kind, negotiation_id,"
                     + " reading_id, " + kind.reference + ", term_count) values (?, ?, ?, ?, ?, ?)");
             PreparedStatement text = connection.prepareStatement("insert into search_text (document_id, body) values (?, ?)");
             PreparedStatement posting = connection.prepareStatement("insert into search_posting (document_id, pos, term)"
                     + " values (?, ?, ?)")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                long id = rows.getLong(1);
                List<String> parts = new ArrayList<>();
                for (int c = 4; c <= columns; c++) {
                    String part = rows.getString(c);
                    if (part != null && !part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
                String joined = String.join("\n", parts);
                // A provision of the largest text plus its title would not fit the column; the tail is not worth a 500.
                String body = joined.length() > FieldLimits.SEARCH_TEXT ? joined.substring(0, FieldLimits.SEARCH_TEXT) : joined;
                List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens(body);
                long documentId = kind.documentId(id);
                document.setLong(1, documentId);
                document.setString(2, kind.name());
                document.setLong(3, rows.getLong(2));
                long reading = rows.getLong(3);
                if (rows.wasNull()) {
                    document.setNull(4, Types.BIGINT);
                } else {
                    document.setLong(4, reading);
                }
                document.setLong(5, id);
                document.setInt(6, tokens.size());
                document.addBatch();
                text.setLong(1, documentId);
                text.setString(2, body);
                text.addBatch();
                for (SearchAnalyzer.Token token : tokens) {
                    posting.setLong(1, documentId);
                    posting.setInt(2, token.position());
                    posting.setString(3, token.term());
                    posting.addBatch();
                }
                last = id;
            }
            if (last >= 0) {
                document.executeBatch();
                text.executeBatch();
                posting.executeBatch();
            }
        }
        return last;
    }

    private static List<Long> ids(Connection connection, String sql, long parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
