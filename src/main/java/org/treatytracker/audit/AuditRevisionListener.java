package org.treatytracker.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.treatytracker.api.DataRevision;
import org.treatytracker.search.SearchIndexer;
import org.treatytracker.webhook.Outbox;

/**
 * Stamps each revision with the authenticated user, and advances the data revision that cached reads are
 * checked against (every write to public data touches an audited entity, so every such commit comes here once).
 * Envers creates the listener itself, so the identity is looked up from the container; writes outside a
 * request (the seed at start-up) are stamped "system". Every changed entity is also passed to the search index
 * and written to the webhook outbox, both in the same transaction (see {@link SearchIndexer} and {@link Outbox}).
 */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

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
        Outbox.recordInCurrentTransaction(entityClass, entityId, ChangeAction.of(revisionType), revision.getId(), revision.getTimestamp());
        SearchIndexer.entityChanged(entityClass, entityId, revisionType == RevisionType.DEL);
    }
}
