package org.treatytracker.edge;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.treatytracker.api.Problem;
import org.treatytracker.api.ProblemMappers;

/**
 * Refuses a query parameter that the matched operation does not declare, with a 400 that names it and the
 * allowed ones: a misspelt filter ({@code ?stanse=SUPPORT}) or an unsupported option ({@code ?format=csv})
 * would otherwise be ignored silently, and the client would take the unfiltered answer for the filtered one.
 */
public class KnownQueryParameters {

    /** The declared names per resource method, read once from its @QueryParam parameters and @BeanParam fields. */
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        List<String> unknown = new ArrayList<>(new TreeSet<>(request.getUriInfo().getQueryParameters().keySet()));
        unknown.removeAll(declared);
        if (unknown.isEmpty()) {
            return null;
        }
        String allowed = declared.isEmpty() ? "this operation takes no query parameters"
                : "allowed: " + String.join(", ", declared);
        List<Problem.FieldError> errors = unknown.stream()
                .map(name -> new Problem.FieldError(name, "unknown query parameter")).toList();
        return ProblemMappers.respond(400, "Unknown query parameter", (unknown.size() == 1 ? "unknown query parameter '"
                + unknown.get(0) + "'" : "unknown query parameters '" + String.join("', '", unknown) + "'") + "; " + allowed,
                request.getUriInfo(), errors);
    }

    static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                addFields(parameter.getType(), names);
            }
        }
        return names;
    }

    private static void addFields(Class<?> bean, Set<String> names) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
                if (field.isAnnotationPresent(BeanParam.class)) {
                    addFields(field.getType(), names);
                }
            }
        }
    }
}
