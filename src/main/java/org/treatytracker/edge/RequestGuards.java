package org.treatytracker.edge;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.treatytracker.api.MediaTypes;
import org.treatytracker.api.ProblemMappers;

/**
 * Checks made before a request reaches a resource, in this order: a write must come from someone signed in
 * (401 before anything else, so an anonymous caller learns nothing about bodies or paths), a body must say that
 * it is UTF-8 JSON (or the text an import takes; or, for the draft import only, a PDF or Word file, which has no
 * charset) rather than leave the server to guess (its size is checked
 * earlier, by {@link HttpEdge}), and a change to an existing resource must say which version it
 * read, so that no update is lost.
 */
public class RequestGuards {

    /** The one endpoint that takes binary bodies (a PDF or Word draft). */
    private static final Pattern DRAFT_IMPORT = Pattern.compile("/api/v1/readings/[^/]+/import/?");

    @Inject
    CurrentIdentityAssociation identity;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> authenticateWrites(ContainerRequestContext request) {
        if (!isWrite(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity().onItemOrFailure().transform((user, failure) -> {
            if (failure == null && !user.isAnonymous()) {
                return null;
            }
            return ProblemMappers.unauthorized(failure == null ? ProblemMappers.NEEDS_CREDENTIALS : "the username or password is wrong",
                    request.getUriInfo());
        });
    }

    /**
     * Without this a body with no Content-Type, with a wildcard, or in another charset is read as UTF-8 JSON
     * anyway (Jakarta REST matches a missing type to any @Consumes), and what is stored is not what was meant.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.HEADER_DECORATOR)
    public Response requireDeclaredBody(ContainerRequestContext request) {
        if (!isWrite(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        if (!hasBody(request)) {
            // The API reads no forms, but the editor pages' CSRF filter checks every form-typed write for its token and
            // refuses it with a bare 400; a client that labels an empty body as a form (REST Assured does) means nothing.
            if (isForm(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
                request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            }
            return null;
        }
        if (isForm(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            return ProblemMappers.respond(415, "Unsupported media type", "the API takes JSON bodies, not forms (forms are the "
                    + "editor pages', under /edit); send application/json", request.getUriInfo(), null);
        }
        MediaType type;
        try {
            type = request.getMediaType();
        } catch (IllegalArgumentException malformed) {
            type = MediaType.WILDCARD_TYPE;
        }
        String detail = null;
        if (type == null) {
            detail = "the body has no Content-Type; send application/json (text/plain or text/markdown where the OpenAPI document says so)";
        } else if (type.isWildcardType() || type.isWildcardSubtype()) {
            detail = "Content-Type " + type + " does not say what the body is; send application/json";
        } else if (MediaTypes.isBinary(type.getType() + "/" + type.getSubtype())) {
            // A PDF or Word file is bytes, not text: no charset applies. Only the draft import takes one.
            if (!DRAFT_IMPORT.matcher(request.getUriInfo().getPath()).matches()) {
                detail = "Content-Type " + type.getType() + "/" + type.getSubtype() + " is only taken by the draft import "
                        + "(POST /api/v1/readings/{id}/import); send application/json";
            }
        } else if (type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)
                && !"utf-8".equalsIgnoreCase(type.getParameters().get(MediaType.CHARSET_PARAMETER))) {
            detail = "the body must be UTF-8, not " + type.getParameters().get(MediaType.CHARSET_PARAMETER);
        }
        return detail == null ? null : ProblemMappers.respond(415, "Unsupported media type", detail, request.getUriInfo(), null);
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

    private static boolean isWrite(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method) || "DELETE".equals(method);
    }

    private static boolean isForm(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT).strip();
        return type.startsWith(MediaType.APPLICATION_FORM_URLENCODED) || type.startsWith(MediaType.MULTIPART_FORM_DATA);
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !"0".equals(length.trim());
    }
}
