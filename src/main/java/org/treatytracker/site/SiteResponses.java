package org.treatytracker.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.api.Problem;

/**
 * What every page answer carries: a Content-Security-Policy for a site without scripts (styles and images from
 * the site itself only), and, for a failure, the problem the API mappers made shown as a page, with the same
 * status, so that a reader who follows a dead link gets a page and not JSON.
 */
public class SiteResponses {

    /** No script at all; the stylesheet and favicon from the site itself; forms only to the site. */
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Problem problem, String detail, String next);
    }

    @ServerResponseFilter
    public void pageAnswers(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", POLICY);
        if (response.getStatus() >= 400 && response.getEntity() instanceof Problem problem) {
            response.setEntity(Templates.error(problem, forReaders(problem.detail()), next(problem.status())).render(), response.getEntityAnnotations(),
                    MediaType.valueOf(MediaType.TEXT_HTML + ";charset=UTF-8"));
        }
    }

    /** The API's detail in a reader's words: a page has no "resource", and a reader has no OpenAPI document at hand. */
    static String forReaders(String detail) {
        if (detail == null) {
            return "";
        }
        return detail.replace("; see the OpenAPI document for the allowed values", ": check the address, or use the page's own form")
                .replace(" (text/plain or text/markdown where the OpenAPI document says so)", "")
                .replace("no resource at ", "there is no page at ");
    }

    /** What a reader can do next, by status. */
    static String next(int status) {
        return switch (status) {
            case 400, 422 -> "Check the address: a value in it is not one the page takes. The page's form offers the values it takes.";
            case 404 -> "The page may have moved, or the address was mistyped. Start again from the list of negotiations, or search.";
            case 401, 403 -> "This needs an editor's account. The public pages need none.";
            case 406, 415 -> "Ask for the page as HTML, or use the JSON address linked from the page.";
            case 429, 503 -> "The site is busy or unavailable: try again in a minute.";
            default -> "Try again later; if it goes on, tell the site's editors what you were doing.";
        };
    }
}
