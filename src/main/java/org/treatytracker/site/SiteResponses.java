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
        static native TemplateInstance error(Problem problem);
    }

    @ServerResponseFilter
    public void pageAnswers(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return;
        }
        response.getHeaders().putSingle("Content-Security-Policy", POLICY);
        if (response.getStatus() >= 400 && response.getEntity() instanceof Problem problem) {
            response.setEntity(Templates.error(problem).render(), response.getEntityAnnotations(),
                    MediaType.valueOf(MediaType.TEXT_HTML + ";charset=UTF-8"));
        }
    }
}
