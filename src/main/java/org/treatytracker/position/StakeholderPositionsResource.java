package org.treatytracker.position;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.treatytracker.api.Csv;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;

/** Positions seen from a stakeholder: its own and its groups', a group's with the members that voiced them, alignment. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions")
public class StakeholderPositionsResource {

    @Inject
    StakeholderPositions service;

    @Inject
    PositionCsv csv;

    @GET
    @Path("/stakeholders/{id}/positions")
    @Operation(summary = "List a stakeholder's positions across provisions and readings",
            description = "With every filter of /positions. Its own positions (SPOKE), those it voiced for a group (SPOKE_FOR_GROUP), and those of the groups it belongs to "
                    + "(GROUP_POSITION, via the group). For a group: also those its members voiced on its behalf (VOICED_BY_MEMBER, via the "
                    + "member) and those of unnamed members (UNNAMED_MEMBERS). Sortable by reading, provision, paragraph, stance and id.")
    public Page<PositionDto.StakeholderPosition> positions(@PathParam("id") long id, @BeanParam PositionFilter filter,
                                                           @Valid @BeanParam PageRequest page) {
        return service.of(id, filter, page);
    }

    @GET
    @Path("/stakeholders/{id}/positions")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "List a stakeholder's positions across provisions and readings",
            description = "As CSV, the same positions as the JSON list (without the relation column): " + PositionResource.CSV)
    @APIResponse(responseCode = "200", description = "The positions as CSV, one row per position",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = PositionResource.CSV_COLUMNS)))
    public Response positionsCsv(@PathParam("id") long id, @BeanParam PositionFilter filter, @Valid @BeanParam PageRequest page,
                                 @Context UriInfo uri) {
        service.requireStakeholder(id);
        filter.concerning = id;
        return csv.answer(filter, page, StakeholderPositions.orderBy(page), uri);
    }

    @GET
    @Path("/stakeholders/{id}/alignment")
    @Operation(summary = "Compare two stakeholders' stances, provision by provision",
            description = "On how many provisions both took a position, and on how many they took the same stance, opposite ones (one "
                    + "SUPPORT or PREFER, the other OPPOSE, DELETE, RESERVE or BRACKET) or different ones. A stakeholder's positions are those it spoke or "
                    + "that were spoken on its behalf.")
    public PositionDto.Alignment alignment(@PathParam("id") long id,
                                           @QueryParam("with") @NotNull @Parameter(description = "The other stakeholder's id", required = true) Long with,
                                           @QueryParam("reading") @Parameter(description = "Only at this reading") Long reading) {
        return service.alignment(id, with, reading);
    }
}
