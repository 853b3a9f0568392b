package org.treatytracker.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.PositionService;
import org.treatytracker.provision.ProvisionService;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.source.Paragraph;
import org.treatytracker.source.SourceService;

/**
 * Short addresses for things shown inside another page (the changes page, the Atom feed and report mentions link to
 * them): each answers 303 See Other with the page that shows it. Not permanent: a position can be moved to another
 * provision, a provision version relinked.
 */
@Path("/")
public class SiteRedirects {

    @Inject
    ProvisionService provisions;

    @Inject
    SourceService sources;

    @Inject
    PositionService positions;

    @GET
    @Path("provision-versions/{id}")
    public Response provisionVersion(@PathParam("id") long id) {
        ProvisionVersion version = provisions.getVersion(id);
        return seeOther(SiteLinks.provision(version.getProvision().getId(), version.getReading().getId()));
    }

    @GET
    @Path("paragraphs/{id}")
    public Response paragraph(@PathParam("id") long id) {
        Paragraph paragraph = sources.getParagraph(id);
        return seeOther(ReportPage.paragraphHref(paragraph.getSourceDocument().getId(), paragraph.getNumber()));
    }

    @GET
    @Path("positions/{id}")
    public Response position(@PathParam("id") long id) {
        PositionDto.View position = PositionDto.View.of(positions.get(id));
        PositionDto.Target target = position.target();
        return seeOther(target.provisionId() == null
                ? ReportPage.paragraphHref(position.citation().sourceDocumentId(), position.citation().paragraphNumber())
                : SiteLinks.position(target.provisionId(), position.readingId(), id));
    }

    private Response seeOther(String path) {
        // A path alone (RFC 9110 allows a relative Location): no host to take from the request, and the browser stays
        // on the address it reached the site by. Response.seeOther would make it absolute from the request's Host.
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path).build();
    }
}
