package org.treatytracker.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.NegotiationService;
import org.treatytracker.source.SourceService;

/** A negotiation's reports, the index of its evidence: each with its paragraphs and the positions taken from it. */
@Path("/negotiations/{slug}/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportsPage {

    /** What the page shows. */
    public record View(String slug, String title, Page<SourceService.Counted> reports, Pager pager, String json) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(View view);
    }

    @Inject
    NegotiationService negotiations;

    @Inject
    SourceService sources;

    @GET
    public TemplateInstance reports(@PathParam("slug") String slug, @QueryParam("page") @DefaultValue("0") int page) {
        Negotiation negotiation = negotiations.get(slug);
        Page<SourceService.Counted> found = sources.counted(negotiation, new PageRequest(Math.max(0, page), PageRequest.MAX_SIZE, null));
        return Templates.reports(new View(negotiation.getSlug(), negotiation.getTitle(), found,
                Pager.of(found, "/negotiations/" + negotiation.getSlug() + "/reports?"),
                "/api/v1/negotiations/" + negotiation.getSlug() + "/sources?size=" + PageRequest.MAX_SIZE + "&page=" + found.page()));
    }
}
