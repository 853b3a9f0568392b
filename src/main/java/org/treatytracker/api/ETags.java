package org.treatytracker.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Entity tags from an aggregate's optimistic-lock version. A write that names a stale version in
 * {@code If-Match} is refused with 412 before anything is changed.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 412 when the request carries an {@code If-Match} that does not match the stored version. */
    public static void checkIfMatch(Request request, long currentVersion) {
        Response.ResponseBuilder failed = request.evaluatePreconditions(of(currentVersion));
        if (failed != null) {
            throw new ProblemException(412, "Precondition failed",
                    "the resource has changed since it was read (current ETag \"" + currentVersion + "\"); read it again", null);
        }
    }

    /** 200 with the body and its ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(of(version)).build();
    }
}
