package org.treatytracker.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.api.Problem;
import org.treatytracker.api.ProblemMappers;

/**
 * Turns the CSRF filter's refusal into a problem page. quarkus-rest-csrf aborts a form post whose token is missing
 * or wrong with a bare 400; on an editor page that is a forged or stale form, so it is answered 403 with a page
 * saying what to do. Every other failure of the editor pages already carries a problem (made by the API's mappers),
 * shown here as a page too.
 */
public class CsrfRefusals {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Problem problem);
    }

    @ServerResponseFilter(priority = 4000)
    public void pageAnswers(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!EditorResponses.isEditorPath(path)) {
            return;
        }
        Problem problem = null;
        if (response.getStatus() == 400 && !response.hasEntity() && !"GET".equals(request.getMethod())) {
            response.setStatus(403);
            problem = ProblemMappers.problem(403, "Forbidden", "the form did not carry this session's CSRF token (a form "
                    + "from another site, or one older than the token): open the page again and send it from there", path, null);
        } else if (response.getStatus() >= 400 && response.getEntity() instanceof Problem p) {
            problem = p;
        }
        if (problem != null) {
            response.setEntity(Templates.problem(problem).render(), response.getEntityAnnotations(),
                    MediaType.valueOf(MediaType.TEXT_HTML + ";charset=UTF-8"));
        }
    }
}
