package org.treatytracker.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.event.Event;
import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.treatytracker.persistence.DataRevision;

/**
 * Stamps each revision with the authenticated user, and advances the data revision that cached reads are
 * checked against (every write to public data touches an audited entity, so every such commit comes here once).
 * Envers creates the listener itself, so the identity is looked up from the container; writes outside a
 * request (the seed at start-up) are stamped "system". Every changed entity of a known kind is also announced as an
 * {@link AuditedChange} event, in the same transaction: the search index and the webhook outbox observe it (the
 * audit trail depends on neither).
 */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

    /** Looked up once: Envers makes one listener, and the container's event resolves its observers once. */
    private volatile Event<AuditedChange> changes;

    @Override
    public void newRevision(Object revision) {
        String username = "system";
        var identity = Arc.container().instance(SecurityIdentity.class);
        if (identity.isAvailable() && Arc.container().requestContext().isActive()) {
            SecurityIdentity current = identity.get();
            if (!current.isAnonymous()) {
                username = current.getPrincipal().getName();
            }
        }
        ((AuditRevision) revision).setUsername(username);
        DataRevision.advanceInCurrentTransaction();
    }

    @Override
    public void entityChanged(Class entityClass, String entityName, Object entityId, RevisionType revisionType, Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        EntityKind kind = EntityKind.of(entityClass).orElse(null);
        if (kind == null) {
            return;
        }
        if (changes == null) {
            changes = Arc.container().beanManager().getEvent().select(AuditedChange.class);
        }
        changes.fire(new AuditedChange(kind, entityId, ChangeAction.of(revisionType), revision.getId(), revision.getTimestamp()));
    }
}
