package org.treatytracker.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.treatytracker.audit.ChangeAction;

/**
 * Turns outbox rows into deliveries, one per matching subscription. A row is claimed by deleting it, in the
 * transaction that inserts its deliveries: of two instances, the second waits for the first's commit and then
 * deletes nothing, so each event is fanned out once, and a crash before the commit leaves the row for the next
 * run. Rows no subscription could want are dropped with plain SQL, so an instance without subscriptions
 * never reads the audit trail.
 */
@ApplicationScoped
public class EventFanout {

    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(EventFanout.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    WebhookEvents events;

    /** Fans out the oldest outbox rows; answers how many rows it took (BATCH: call again). */
    int fanOutBatch() throws SQLException {
        List<WebhookEvents.Change> changes = new ArrayList<>();
        List<WebhookEvents.Subscription> subscriptions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("select id, event_id, rev, entity, entity_id, action, occurred_at from webhook_outbox"
                         + " order by id fetch first " + BATCH + " rows only")) {
                while (rows.next()) {
                    changes.add(new WebhookEvents.Change(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getString(4),
                            rows.getLong(5), ChangeAction.ofCode(rows.getString(6)), rows.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
            if (changes.isEmpty()) {
                return 0;
            }
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("select id, kinds, negotiation, provision, stakeholder_id, created_at from webhook"
                         + " where active = true")) {
                while (rows.next()) {
                    long stakeholder = rows.getLong(5);
                    Long stakeholderFilter = rows.wasNull() ? null : stakeholder;
                    subscriptions.add(new WebhookEvents.Subscription(rows.getLong(1), Arrays.asList(rows.getString(2).split(",")),
                            rows.getString(3), rows.getString(4), stakeholderFilter,
                            rows.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
            List<WebhookEvents.Change> unwanted = changes.stream().filter(c -> subscriptions.stream().noneMatch(s -> couldWant(s, c))).toList();
            if (!unwanted.isEmpty()) {
                try (Statement delete = connection.createStatement()) {
                    delete.executeUpdate("delete from webhook_outbox where id in ("
                            + unwanted.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining(",")) + ")");
                }
            }
        }
        for (WebhookEvents.Change change : changes) {
            if (subscriptions.stream().anyMatch(s -> couldWant(s, change))) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> fanOut(change, subscriptions));
                } catch (RuntimeException e) {
                    // The row stays for the next run (a subscription deleted meanwhile, say); the others go on meanwhile.
                    LOG.warnf("webhook event %s (%s %d) not fanned out yet: %s", change.eventId(), change.entity(), change.entityId(), e);
                }
            }
        }
        return changes.size();
    }

    /** Kind and time only: the other filters need the event, which is built only when some subscription may want it. */
    private static boolean couldWant(WebhookEvents.Subscription subscription, WebhookEvents.Change change) {
        return !subscription.createdAt().isAfter(change.occurredAt()) && EventKinds.matches(subscription.kinds(), change.kind());
    }

    private void fanOut(WebhookEvents.Change change, List<WebhookEvents.Subscription> subscriptions) {
        if (em.createNativeQuery("delete from webhook_outbox where id = ?1").setParameter(1, change.id()).executeUpdate() == 0) {
            return;  // another instance has it
        }
        WebhookEvents.Event event = events.build(change);
        Instant now = Instant.now();
        for (WebhookEvents.Subscription subscription : subscriptions) {
            if (WebhookEvents.matches(subscription, event, change.occurredAt())) {
                em.createNativeQuery("insert into webhook_delivery (webhook_id, event_id, kind, payload, status, attempts, next_attempt_at,"
                                + " created_at) values (?1, ?2, ?3, ?4, 'PENDING', 0, ?5, ?5)")
                        .setParameter(1, subscription.id()).setParameter(2, event.id()).setParameter(3, event.kind())
                        .setParameter(4, event.payload()).setParameter(5, now).executeUpdate();
            }
        }
    }
}
