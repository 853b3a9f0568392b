package org.treatytracker.edge;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.api.ProblemMappers;

/** Answers OPTIONS and completes 405 answers with the methods a path really has (see {@link AllowedMethods}). */
public class AllowHeaders {

    @Inject
    AllowedMethods allowed;

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Response options(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"OPTIONS".equals(request.getMethod()) || !path.startsWith("/api/")) {
            return null;
        }
        Set<String> methods = allowed.of(path);
        if (methods.isEmpty()) {
            return ProblemMappers.respond(404, "Not Found", "no resource at " + path, request.getUriInfo(), null);
        }
        return Response.noContent().header(HttpHeaders.ALLOW, String.join(", ", methods)).build();
    }

    @ServerResponseFilter
    public void allowOnMethodNotAllowed(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 405) {
            response.getHeaders().putSingle(HttpHeaders.ALLOW, String.join(", ", allowed.of(request.getUriInfo().getPath())));
        }
    }
}
