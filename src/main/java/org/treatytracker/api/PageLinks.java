package org.treatytracker.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Web links (RFC 8288) between the pages of a list: every answer that is a {@link Page} gets {@code Link}
 * headers to the first, previous, next and last pages, so a client walks a list without computing page
 * numbers. The same links are given to a paged CSV export ({@link #of}). Targets are relative references (the
 * request's path and query with another page), resolved against the request's URI: the Host header is
 * whatever the client sent, so it is never echoed back.
 */
public class PageLinks {

    /** Runs before edge/ResponseCache keeps the answer (response filters run from the highest priority down). */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void linkPages(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page) {
            for (String link : of(request.getUriInfo(), page.page(), page.size(), page.total())) {
                response.getHeaders().add("Link", link);
            }
        }
    }

    /** The Link header values for a page of {@code size} items out of {@code total}; the same query but the page. */
    public static List<String> of(UriInfo uri, int page, int size, long total) {
        long last = Math.max(0, (total + size - 1) / size - 1);
        List<String> links = new ArrayList<>(4);
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return links;
    }

    private static String link(UriInfo uri, long page, String rel) {
        URI request = uri.getRequestUri();
        URI target = UriBuilder.fromPath(request.getRawPath()).replaceQuery(request.getRawQuery())
                .replaceQueryParam("page", page).build();
        return "<" + target.toASCIIString() + ">; rel=\"" + rel + "\"";
    }
}
