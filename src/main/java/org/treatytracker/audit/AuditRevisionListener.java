package org.treatytracker.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;
import org.treatytracker.api.DataRevision;

/**
 * Stamps each revision with the authenticated user, and advances the data revision that cached reads are
 * checked against (every write to public data touches an audited entity, so every such commit comes here once).
 * Envers creates the listener itself, so the identity is looked up from the container; writes outside a
 * request (the seed at start-up) are stamped "system".
 */
public class AuditRevisionListener implements RevisionListener {

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
}
