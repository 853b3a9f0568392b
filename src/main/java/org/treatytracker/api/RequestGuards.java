package org.treatytracker.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks made before a request reaches a resource: a body over the size limit is refused with 413 before it is
 * read, and a change to an existing resource must say which version it read, so that no update is lost.
 */
public class RequestGuards {

    /** The largest body accepted: a source document of 1,000,000 characters, with room for its JSON. */
    public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response limitBodySize(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
                    return ProblemMappers.respond(413, "Content too large", "the body has " + length.trim()
                            + " bytes; at most " + MAX_BODY_BYTES + " are accepted", request.getUriInfo(), null);
                }
            } catch (NumberFormatException malformed) {
                return ProblemMappers.respond(400, "Bad request", "Content-Length is not a number", request.getUriInfo(), null);
            }
        }
        return null;
    }

    @ServerRequestFilter
    public Response requireIfMatch(ContainerRequestContext request) {
        String method = request.getMethod();
        boolean change = "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
        String path = request.getUriInfo().getPath();
        if (change && path.startsWith("/api/") && !path.startsWith("/api/v1/users") && request.getHeaderString(HttpHeaders.IF_MATCH) == null) {
            return ProblemMappers.respond(428, "Precondition required", "send If-Match with the ETag of the version you read "
                    + "(GET it first), so that no one else's change is overwritten", request.getUriInfo(), null);
        }
        return null;
    }
}
