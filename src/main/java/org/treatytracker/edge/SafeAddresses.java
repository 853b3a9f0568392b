package org.treatytracker.edge;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.treatytracker.api.Problem;
import org.treatytracker.api.ProblemMappers;
import org.treatytracker.api.SafeText;

/**
 * Refuses an address whose path or query holds text that a JSON body would not be allowed to hold ({@link SafeText}:
 * NUL and other control characters, bidirectional overrides): with a 400 naming the parameter, for the API and the
 * site alike. Without it a slug or filter with a NUL reaches the database, and PostgreSQL, which cannot store or
 * compare a NUL in text, fails the query: a 500 where the client sent a bad address.
 */
public class SafeAddresses {

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION + 1)
    public Response refuseUnsafeText(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String problem = SafeText.problemIn(path);
        if (problem != null) {
            return refuse("path", "the address contains " + problem + " of its decoded path", request);
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if ((problem = SafeText.problemIn(name)) != null) {
                return refuse("query", "a query parameter's name contains " + problem, request);
            }
            for (String value : parameter.getValue()) {
                if ((problem = SafeText.problemIn(value)) != null) {
                    return refuse(name, "query parameter '" + name + "' contains " + problem, request);
                }
            }
        }
        return null;
    }

    private static Response refuse(String field, String detail, ContainerRequestContext request) {
        return ProblemMappers.respond(400, "Invalid parameter", detail, request.getUriInfo(),
                List.of(new Problem.FieldError(field, detail)));
    }
}
