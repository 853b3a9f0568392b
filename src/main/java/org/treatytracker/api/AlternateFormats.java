package org.treatytracker.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Links a JSON answer to the same resource in its other formats (RFC 8288 {@code rel="alternate"} with the
 * {@code type}): a client that finds {@code Link: </api/v1/positions?stance=SUPPORT>; rel="alternate";
 * type="text/csv"} gets the CSV by asking that address with that Accept. The formats are learnt from the
 * resource class itself: another GET method on the same path that produces something other than JSON.
 */
public class AlternateFormats {

    private static final Map<Method, List<String>> ALTERNATES = new ConcurrentHashMap<>();

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void linkAlternates(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        // A type left to negotiation is JSON here (as in ResponseCache): every such resource produces JSON.
        if (method == null || response.getStatus() != 200 || response.getMediaType() != null
                && !response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        List<String> types = ALTERNATES.computeIfAbsent(method, m -> alternatesOf(resource.getResourceClass(), m));
        URI uri = request.getUriInfo().getRequestUri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        for (String type : types) {
            response.getHeaders().add("Link", "<" + target + ">; rel=\"alternate\"; type=\"" + type + "\"");
        }
    }

    static List<String> alternatesOf(Class<?> resource, Method json) {
        Path path = json.getAnnotation(Path.class);
        if (path == null || !json.isAnnotationPresent(GET.class)) {
            return List.of();
        }
        return Stream.of(resource.getMethods())
                .filter(m -> m != json && m.isAnnotationPresent(GET.class) && m.getAnnotation(Path.class) != null
                        && m.getAnnotation(Path.class).value().equals(path.value()))
                .map(m -> m.getAnnotation(Produces.class)).filter(Objects::nonNull)
                .flatMap(p -> Stream.of(p.value())).map(type -> MediaType.valueOf(type))
                .filter(type -> !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .map(type -> type.getType() + "/" + type.getSubtype()).distinct().toList();
    }
}
