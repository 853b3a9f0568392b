package org.treatytracker.editor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.annotation.FormAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.Roles;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationDto;
import org.treatytracker.negotiation.NegotiationService;

/** The editor's start page: the negotiations to work on, and a form to create one ({@code POST /api/v1/negotiations}). */
@Path(EditorResponses.PREFIX)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
@FormAuthentication
public class EditorHome {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String editor, List<NegotiationDto.View> negotiations);
    }

    @Inject
    NegotiationService negotiations;

    @Inject
    SecurityIdentity identity;

    @Inject
    Validator validator;

    @GET
    public TemplateInstance home() {
        return Templates.home(identity.getPrincipal().getName(),
                negotiations.list(null, new PageRequest(0, PageRequest.MAX_SIZE, null)).items());
    }

    @POST
    @Path("/negotiations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String slug, @RestForm String title, @RestForm String description) {
        NegotiationDto.Request request = Forms.valid(validator, new NegotiationDto.Request(Forms.blankToNull(slug),
                Forms.blankToNull(title), Forms.blankToNull(description), null));
        Negotiation created = negotiations.create(request);
        return Forms.seeOther(NegotiationEditor.PATH + "?slug=" + created.getSlug());
    }
}
