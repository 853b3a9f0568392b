package org.treatytracker.audit;

/**
 * A CDI event: one audited entity that a transaction changed, fired by the audit trail in that transaction after its
 * final flush. The packages that keep something in step with the data (the search index, the webhook outbox)
 * observe it, so the audit trail needs to know none of them.
 *
 * @param kind      the kind of entity
 * @param id        its id, as Envers reports it
 * @param action    what the change did to it
 * @param revision  the change set's revision number
 * @param timestamp the change set's time, in epoch milliseconds
 */
public record AuditedChange(EntityKind kind, Object id, ChangeAction action, int revision, long timestamp) {
}
