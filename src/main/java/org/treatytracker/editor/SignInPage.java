package org.treatytracker.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.annotation.FormAuthentication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.treatytracker.api.Roles;

/**
 * Signing in and out. The form posts to Quarkus' form authentication (quarkus.http.auth.form.*), which checks the
 * password against the same users as HTTP Basic and keeps the identity in an encrypted session cookie; a wrong
 * password comes back to {@link #FAILED_PATH}. The post is throttled as Basic credentials are (account/FormLoginThrottleFilter).
 */
@Path(SignInPage.PATH)
@Produces(MediaType.TEXT_HTML)
@FormAuthentication
public class SignInPage {

    static final String PATH = "/edit/sign-in";
    static final String FAILED_PATH = PATH + "/failed";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String postLocation, boolean failed, Long retryAfter, boolean signedOut, String timeout);
    }

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "30M")
    Duration timeout;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    public TemplateInstance signIn(@QueryParam("out") boolean signedOut) {
        return page(false, null, signedOut);
    }

    @GET
    @PermitAll
    @Path("/failed")
    public TemplateInstance failed() {
        return page(true, null, false);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @Path("/out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create(PATH + "?out=true")).build();
    }

    private TemplateInstance page(boolean failed, Long retryAfter, boolean signedOut) {
        return Templates.signIn(postLocation, failed, retryAfter, signedOut, timeout.toMinutes() + " minutes");
    }
}
