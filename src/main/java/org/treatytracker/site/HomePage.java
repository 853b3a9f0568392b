package org.treatytracker.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.negotiation.NegotiationDto;
import org.treatytracker.negotiation.NegotiationService;

/** The home page: every negotiation the tracker follows. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page<NegotiationDto.View> negotiations, Pager pager, String json);
    }

    @Inject
    NegotiationService negotiations;

    @GET
    public TemplateInstance home(@QueryParam("page") @DefaultValue("0") int page) {
        Page<NegotiationDto.View> found = negotiations.list(null, new PageRequest(Math.max(0, page), PageRequest.MAX_SIZE, null));
        return Templates.home(found, Pager.of(found, "/?"), "/api/v1/negotiations?size=" + PageRequest.MAX_SIZE + "&page=" + found.page());
    }
}
