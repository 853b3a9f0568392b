package org.treatytracker.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.api.Problem;
import org.treatytracker.api.ProblemMappers;

/**
 * Turns the CSRF filter's refusal into a problem page. quarkus-rest-csrf aborts a form post whose token is missing
 * or wrong with a bare 400; on an editor page that is a forged or stale form, so it is answered 403 with a page
 * saying what to do. Every other failure of the editor pages already carries a problem (made by the API's mappers),
 * shown here as a page too. A 401 (the API's mappers answer it with a Basic challenge) becomes a redirect to the
 * sign-in form.
 */
public class CsrfRefusals {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Problem problem);
    }

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = SignInPage.FAILED_PATH)
    String errorPage;

    @ServerResponseFilter(priority = 4000)
    public void pageAnswers(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!EditorResponses.isEditorPath(path)) {
            return;
        }
        if (response.getStatus() == 401) {
            // The API's mappers answer a missing or wrong credential with a Basic challenge; a person at a browser is
            // sent to the form instead (a wrong password to its error page, which the login throttle counts).
            boolean signInPost = path.equals(postLocation);
            response.setStatus(302);
            response.setEntity(null);
            response.getHeaders().remove("WWW-Authenticate");
            response.getHeaders().putSingle("Location", signInPost ? errorPage : SignInPage.PATH);
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
