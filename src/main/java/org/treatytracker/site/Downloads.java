package org.treatytracker.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.treatytracker.position.PositionCsv;
import org.treatytracker.position.PositionFilter;
import org.treatytracker.position.PositionService;
import org.treatytracker.position.StakeholderPositions;
import org.treatytracker.provision.AkomaNtoso;
import org.treatytracker.provision.AkomaNtosoExport;
import org.treatytracker.provision.ProvisionCsv;
import org.treatytracker.snapshot.SnapshotZip;
import org.treatytracker.source.SourceDocument;
import org.treatytracker.source.SourceService;

/**
 * The pages' download buttons: each file at an address a plain link can follow (the API picks CSV or zip by the
 * Accept header, which a link cannot set), saved under a name that says what it is. The same services as the API.
 */
@Path("/downloads")
public class Downloads {

    @Inject
    SnapshotZip zips;

    @Inject
    ProvisionCsv provisionCsv;

    @Inject
    PositionCsv positionCsv;

    @Inject
    PositionService positions;

    @Inject
    StakeholderPositions stakeholderPositions;

    @Inject
    AkomaNtosoExport akn;

    @Inject
    SourceService sources;

    @GET
    @Path("negotiations/{slug}.zip")
    public Response snapshot(@PathParam("slug") String slug) {
        return attachment(Response.ok(zips.of(slug, null), SnapshotZip.MEDIA_TYPE), slug + "-snapshot.zip");
    }

    @GET
    @Path("readings/{id}/provisions.csv")
    public Response provisions(@PathParam("id") long id) {
        return attachment(Response.ok(provisionCsv.all(id, null), "text/csv; charset=UTF-8"), "reading-" + id + "-provisions.csv");
    }

    @GET
    @Path("readings/{id}/akn.xml")
    public Response akomaNtoso(@PathParam("id") long id) {
        return attachment(Response.ok(akn.of(id), AkomaNtoso.MEDIA_TYPE + "; charset=UTF-8"), "reading-" + id + "-akn.xml");
    }

    @GET
    @Path("provisions/{id}/positions.csv")
    public Response provisionPositions(@PathParam("id") long id) {
        PositionFilter filter = new PositionFilter();
        positions.narrowToProvision(filter, id, true);
        return attachment(Response.ok(positionCsv.all(filter, " order by p.reading.sequenceNumber, pa.number, p.id"), "text/csv; charset=UTF-8"),
                "provision-" + id + "-positions.csv");
    }

    @GET
    @Path("stakeholders/{id}/positions.csv")
    public Response stakeholderPositions(@PathParam("id") long id) {
        stakeholderPositions.requireStakeholder(id);
        PositionFilter filter = new PositionFilter();
        filter.concerning = id;
        return attachment(Response.ok(positionCsv.all(filter, " order by p.reading.sequenceNumber, pa.number, p.id"), "text/csv; charset=UTF-8"),
                "stakeholder-" + id + "-positions.csv");
    }

    @GET
    @Path("reports/{id}/positions.csv")
    public Response reportPositions(@PathParam("id") long id) {
        sources.get(id);
        PositionFilter filter = new PositionFilter();
        filter.source = id;
        return attachment(Response.ok(positionCsv.all(filter, " order by pa.number, p.id"), "text/csv; charset=UTF-8"),
                "report-" + id + "-positions.csv");
    }

    /** The report's text as it was imported (the text its hash and citations are checked against). */
    @GET
    @Path("reports/{id}/text.txt")
    public Response reportText(@PathParam("id") long id) {
        SourceDocument source = sources.get(id);
        return attachment(Response.ok(source.getText() == null ? "" : source.getText(), "text/plain; charset=UTF-8"), "report-" + id + ".txt");
    }

    private static Response attachment(Response.ResponseBuilder answer, String name) {
        return answer.header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
