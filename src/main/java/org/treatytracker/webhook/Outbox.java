package org.treatytracker.webhook;

import io.quarkus.arc.Arc;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.treatytracker.audit.AuditedChange;
import org.treatytracker.audit.ChangeAction;
import org.treatytracker.audit.EntityKind;

/**
 * The outbox of webhook events: one row per audited entity that a transaction changes, written on that
 * transaction's connection when the audit trail announces the change ({@link AuditedChange}), after the final flush. Every write path changes
 * audited entities, so none is forgotten; a rollback takes the row with it, and a committed change always has
 * its row, whatever happens to the process afterwards. The dispatcher turns the rows into deliveries.
 */
@Singleton
public final class Outbox {

    static final String RECORD = "insert into webhook_outbox (event_id, rev, entity, entity_id, action, occurred_at)"
            + " values (?, ?, ?, ?, ?, ?)";

    /** The changes this transaction has recorded (a resource of the transaction, gone with it). */
    private static final Object RECORDED = new Object();

    Outbox() {
    }

    /** Records a change in the transaction of the current Hibernate session (the one being committed); before the index. */
    void record(@Observes @Priority(1) AuditedChange change) {
        recordInCurrentTransaction(change.kind(), change.id(), change.action(), change.revision(), change.timestamp());
    }

    private static void recordInCurrentTransaction(EntityKind kind, Object id, ChangeAction action, int revision, long timestamp) {
        String name = kind.type();
        if (!(id instanceof Number number)) {
            return;
        }
        // Envers may report one entity twice in a revision (its row, then a collection it owns): the first report wins.
        TransactionSynchronizationRegistry transaction = Arc.container().instance(TransactionSynchronizationRegistry.class).get();
        @SuppressWarnings("unchecked")
        Set<String> recorded = (Set<String>) transaction.getResource(RECORDED);
        if (recorded == null) {
            recorded = new HashSet<>();
            transaction.putResource(RECORDED, recorded);
        }
        if (!recorded.add(revision + ":" + name + ":" + number.longValue())) {
            return;
        }
        Arc.container().instance(Session.class).get().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setInt(2, revision);
                insert.setString(3, name);
                insert.setLong(4, number.longValue());
                insert.setString(5, action.code());
                insert.setObject(6, OffsetDateTime.ofInstant(Instant.ofEpochMilli(timestamp), ZoneOffset.UTC));
                insert.executeUpdate();
            }
        });
    }
}
