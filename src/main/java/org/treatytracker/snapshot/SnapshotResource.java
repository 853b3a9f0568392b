package org.treatytracker.snapshot;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.ChangedSince;

/** Bulk download: a negotiation's public data in one streamed JSON document, instead of crawling the API. */
@Path("/api/v1")
@Tag(name = "Snapshots")
public class SnapshotResource {

    @Inject
    SnapshotService snapshots;

    @Inject
    SnapshotZip zips;

    @GET
    @Path("/negotiations/{slug}/snapshot")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything public about a negotiation, in one document",
            description = "The negotiation, its readings, every provision version (with text and bracket counts), the "
                    + "stakeholders its positions name, its sources with their text, their paragraphs, and every position; each "
                    + "item shaped as in the rest of the API. Streamed. With changedSince, only what changed after it.")
    @APIResponse(responseCode = "200", description = "The snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Snapshot.class)))
    public Response snapshot(@PathParam("slug") String slug,
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince) {
        return Response.ok(snapshots.of(slug, changedSince), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/negotiations/{slug}/snapshot")
    @Produces(SnapshotZip.MEDIA_TYPE)
    @Operation(summary = "Everything public about a negotiation, in one document",
            description = "As a zip (Accept: application/zip): snapshot.json (the JSON document), positions.csv (every position "
                    + "of the negotiation, the columns of the position lists' CSV) and provisions-reading-N.csv per reading (the "
                    + "columns of a reading's provisions as CSV). Streamed. With changedSince, only what changed after it.")
    @APIResponse(responseCode = "200", description = "The snapshot and the CSVs in one zip",
            content = @Content(mediaType = SnapshotZip.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response zip(@PathParam("slug") String slug,
            @QueryParam(ChangedSince.PARAMETER) @Parameter(description = ChangedSince.DESCRIPTION) String changedSince) {
        return Response.ok(zips.of(slug, changedSince), SnapshotZip.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-snapshot.zip\"").build();
    }
}
